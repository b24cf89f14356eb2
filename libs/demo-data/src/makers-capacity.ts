import type { TrainingAudience, TrainingTopic } from '@makers/platforms';
import { makersPlatforms } from './makers-platforms';

/**
 * Trainings of young activists and municipal staff on the programme's topics, and volunteer hours on the platforms'
 * priorities, for the demo.
 */

export interface DemoTraining {
  readonly trainingId: string;
  readonly title: string;
  readonly topics: readonly TrainingTopic[];
  readonly audience: TrainingAudience;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly municipalityIds: readonly string[];
  readonly participants: readonly string[];
  readonly heldOn: string;
  readonly attended: readonly string[];
  readonly completed: readonly string[];
}

export interface DemoVolunteerHours {
  readonly entryId: string;
  readonly personId: string;
  readonly on: string;
  readonly minutes: number;
  readonly platformId: string;
  readonly activity: string;
  /** Verified by the platform's moderator, rejected with a reason, or left pending. */
  readonly outcome: 'verified' | { readonly rejected: string } | 'pending';
}

const platform = (platformId: string) => {
  const found = makersPlatforms.find((candidate) => candidate.platformId === platformId);
  if (!found) throw new Error(`No demo platform ${platformId}`);
  return found;
};

const roleHolders = (platformIds: readonly string[], role: string) =>
  platformIds.flatMap((id) => platform(id).members.filter((member) => member.role === role).map((member) => member.personId));

const everyPlatform = makersPlatforms.map((candidate) => candidate.platformId);
const activistsOf = (...ids: string[]) => roleHolders(ids, 'young-activist');

export const makersTrainings: readonly DemoTraining[] = (() => {
  const advocacy = activistsOf('novo-sarajevo-istocno-novo-sarajevo', 'centar-sarajevo', 'pale', 'trnovo-rs');
  const media = activistsOf('doboj-doboj-istok', 'brcko', 'bijeljina');
  const leadership = activistsOf('travnik-novi-travnik', 'bugojno', 'mostar', 'trebinje');
  const moderation = roleHolders(everyPlatform, 'municipal-staff');
  return [
    {
      trainingId: 'advocacy-leadership-sarajevo-2020',
      title: 'Zagovaranje i liderstvo mladih',
      topics: ['advocacy', 'leadership'],
      audience: 'young-activists',
      startsOn: '2020-10-16',
      endsOn: '2020-10-18',
      municipalityIds: ['centar-sarajevo', 'novo-sarajevo', 'istocno-novo-sarajevo', 'pale', 'trnovo-rs'],
      participants: advocacy,
      heldOn: '2020-10-16',
      attended: advocacy,
      completed: advocacy.slice(0, -1),
    },
    {
      trainingId: 'media-literacy-bijeljina-2021',
      title: 'Medijska i informacijska pismenost, kritičko mišljenje',
      topics: ['media-and-information-literacy', 'critical-thinking'],
      audience: 'young-activists',
      startsOn: '2021-04-09',
      endsOn: '2021-04-10',
      municipalityIds: ['doboj', 'doboj-istok', 'brcko', 'bijeljina'],
      participants: media,
      heldOn: '2021-04-09',
      attended: media,
      completed: media,
    },
    {
      trainingId: 'crowdfunding-sdgs-travnik-2021',
      title: 'Crowdfunding, ciljevi održivog razvoja i rodna ravnopravnost',
      topics: ['crowdfunding', 'sdgs', 'gender-equality'],
      audience: 'young-activists',
      startsOn: '2021-06-04',
      endsOn: '2021-06-05',
      municipalityIds: ['travnik', 'novi-travnik', 'bugojno', 'mostar', 'trebinje'],
      participants: leadership,
      heldOn: '2021-06-04',
      attended: leadership.slice(1),
      completed: leadership.slice(1),
    },
    {
      trainingId: 'platform-moderation-staff-2020',
      title: 'Vođenje i moderacija lokalnih dijaloških platformi',
      topics: ['platform-moderation', 'leadership'],
      audience: 'municipal-staff',
      startsOn: '2020-09-24',
      endsOn: '2020-09-25',
      municipalityIds: makersPlatforms.flatMap((candidate) => candidate.municipalityIds),
      participants: moderation,
      heldOn: '2020-09-24',
      attended: moderation,
      completed: moderation,
    },
  ];
})();

const activities = ['Čišćenje obale i parka', 'Priprema radionice za srednjoškolce', 'Pomoć starijima u nabavci', 'Organizacija turnira mladih'];

/** Two days of work per young activist in 2021, on their platform's priority; most verified, one rejected, some pending. */
export const makersVolunteerHours: readonly DemoVolunteerHours[] = makersPlatforms.flatMap((demo, index) =>
  demo.members
    .filter((member) => member.role === 'young-activist')
    .flatMap((member, position) =>
      [0, 1].map((day): DemoVolunteerHours => {
        const entryId = `${member.personId}-2021-${day + 1}`;
        const outcome: DemoVolunteerHours['outcome'] =
          index === 2 && position === 1 && day === 1 ? { rejected: 'Sati su već evidentirani na drugoj akciji istog dana.' } : day === 1 && index % 3 === 0 ? 'pending' : 'verified';
        return {
          entryId,
          personId: member.personId,
          on: `2021-${String(5 + day * 4).padStart(2, '0')}-${String(8 + index).padStart(2, '0')}`,
          minutes: 120 + 30 * ((index + position + day) % 5),
          platformId: demo.platformId,
          activity: activities[(index + day) % activities.length],
          outcome,
        };
      }),
    ),
);
