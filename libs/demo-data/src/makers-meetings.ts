import type { DecisionKind } from '@makers/platforms';
import { makersPlatforms, type DemoPlatform } from './makers-platforms';

/**
 * Meetings of the demo platforms, with their decisions: the local priorities the platforms identified (which calls for
 * proposals and co-financed initiatives reference), recommendations to the municipalities, one meeting that missed
 * quorum, one cancelled, and a decision superseded by a later one.
 */

export interface DemoDecision {
  readonly decisionId: string;
  readonly kind: DecisionKind;
  readonly title: string;
  readonly text: string;
  readonly votes: { readonly for: number; readonly against: number; readonly abstaining: number };
  readonly priority?: { readonly priorityId: string; readonly title: string; readonly description: string };
  readonly supersedes?: string;
}

export interface DemoMeeting {
  readonly meetingId: string;
  readonly platformId: string;
  readonly startsAt: string;
  readonly place: string;
  readonly agenda: readonly string[];
  readonly held?: { readonly heldAt: string; readonly attendance: readonly string[]; readonly guests: number; readonly minutes: string };
  readonly cancelled?: { readonly reason: string };
  readonly decisions: readonly DemoDecision[];
}

/** What each platform set out to change first, as its first meeting decided. */
const firstPriorities: Readonly<Record<string, { title: string; description: string }>> = {
  'novo-sarajevo-istocno-novo-sarajevo': {
    title: 'Zajednički omladinski centar na međuentitetskoj liniji',
    description: 'Obnova napuštenog prostora u Lukavici za zajedničke aktivnosti mladih iz obje općine.',
  },
  'doboj-doboj-istok': { title: 'Sigurne biciklističke staze Doboj – Doboj Istok', description: 'Označena staza i rasvjeta na putu kojim mladi svakodnevno prelaze između dvije općine.' },
  'travnik-novi-travnik': { title: 'Volonterski servis za starije osobe', description: 'Mladi volonteri iz Travnika i Novog Travnika pomažu starijima u nabavci i prijevozu.' },
  'centar-sarajevo': { title: 'Uređenje parka na Koševu za sve generacije', description: 'Klupe, rasvjeta i pristup za osobe s invaliditetom.' },
  pale: { title: 'Програм менторства за младе предузетнике', description: 'Локални привредници као ментори младима који покрећу посао.' },
  trebinje: { title: 'Kulturno ljeto na Platanima', description: 'Besplatni koncerti i radionice koje organizuju mladi volonteri.' },
  brcko: { title: 'Medijska pismenost u srednjim školama', description: 'Radionice o prepoznavanju dezinformacija za učenike svih škola Distrikta.' },
  bijeljina: { title: 'Дигитални кутак у Дому омладине', description: 'Рачунари и бесплатан интернет за младе из руралних насеља.' },
  mostar: { title: 'Zajednički sportski turnir mladih iz oba dijela grada', description: 'Godišnji turnir u košarci i odbojci s mješovitim ekipama.' },
  bugojno: { title: 'Čišćenje obala Vrbasa', description: 'Volonterske akcije i postavljanje kanti za otpad uz rijeku.' },
  'trnovo-rs': { title: 'Obnova planinarskog doma na Treskavici', description: 'Volonterski radovi i oprema za dom koji koriste mladi iz cijele regije.' },
};

const membersOf = (platform: DemoPlatform) => platform.members.map((member) => member.personId);

const meetingsOf = (platform: DemoPlatform, index: number): DemoMeeting[] => {
  const [activist, secondActivist, staff, moderator, citizen] = membersOf(platform);
  const id = platform.platformId;
  const month = String(3 + (index % 9)).padStart(2, '0');
  const priority = firstPriorities[id];
  const first: DemoMeeting = {
    meetingId: `${id}-2021-1`,
    platformId: id,
    startsAt: `2021-${month}-10T18:00:00+01:00`,
    place: index % 2 === 0 ? 'Općinska vijećnica' : 'Dom omladine',
    agenda: ['Izbor lokalnih prioriteta za 2021.', 'Plan volonterskih akcija'],
    held: {
      heldAt: `2021-${month}-10T18:05:00+01:00`,
      attendance: [activist, secondActivist, staff, moderator],
      guests: 3 + (index % 4),
      minutes: 'Platforma je raspravila prijedloge mladih i utvrdila prioritet zajednice.',
    },
    decisions: [
      {
        decisionId: `${id}-d1`,
        kind: 'local-priority',
        title: priority.title,
        text: priority.description,
        votes: { for: 4, against: 0, abstaining: 0 },
        priority: { priorityId: `${id}-p1`, ...priority },
      },
      {
        decisionId: `${id}-d2`,
        kind: 'recommendation',
        title: 'Preporuka općinskom vijeću',
        text: 'Platforma preporučuje da se prioritet uvrsti u redovni javni poziv općine za finansiranje projekata.',
        votes: { for: 3, against: 0, abstaining: 1 },
      },
    ],
  };
  // Half the platforms also met in the autumn: one missed quorum, the rest decided on.
  if (index % 2 === 1) return [first];
  const autumn = `2021-${String(9 + (index % 3)).padStart(2, '0')}-14`;
  const missedQuorum = index === 4;
  return [
    first,
    {
      meetingId: `${id}-2021-2`,
      platformId: id,
      startsAt: `${autumn}T17:30:00+02:00`,
      place: 'Dom omladine',
      agenda: ['Izvještaj o volonterskim akcijama', 'Prijedlozi za otvoreni poziv'],
      held: {
        heldAt: `${autumn}T17:40:00+02:00`,
        attendance: missedQuorum ? [activist, moderator] : [activist, secondActivist, staff, citizen],
        guests: 2,
        minutes: missedQuorum ? 'Sjednica nije imala kvorum; odluke su odgođene.' : 'Platforma je usvojila izvještaj i dopunila prioritet.',
      },
      decisions: missedQuorum
        ? []
        : [
            {
              decisionId: `${id}-d3`,
              kind: 'other',
              title: 'Izvještaj o volonterskim akcijama',
              text: 'Platforma je usvojila izvještaj o volonterskim akcijama u prvoj polovini godine.',
              votes: { for: 4, against: 0, abstaining: 0 },
            },
          ],
    },
    {
      meetingId: `${id}-2022-1`,
      platformId: id,
      startsAt: '2022-02-20T18:00:00+01:00',
      place: 'Općinska vijećnica',
      agenda: ['Plan rada za 2022.'],
      cancelled: { reason: 'Epidemiološke mjere: sjednica se odgađa.' },
      decisions: [],
    },
  ];
};

/** The inter-entity platform of Novo Sarajevo and Istočno Novo Sarajevo refined its recommendation a year later. */
const supersedingMeeting = (platform: DemoPlatform): DemoMeeting => {
  const [activist, secondActivist, staff, moderator, citizen] = membersOf(platform);
  return {
    meetingId: `${platform.platformId}-2022-2`,
    platformId: platform.platformId,
    startsAt: '2022-04-12T18:00:00+02:00',
    place: 'Lukavica, Dom kulture',
    agenda: ['Dopuna preporuke općinskim vijećima'],
    held: {
      heldAt: '2022-04-12T18:10:00+02:00',
      attendance: [activist, secondActivist, staff, moderator, citizen],
      guests: 6,
      minutes: 'Platforma je dopunila preporuku: oba vijeća da u redovnim javnim pozivima predvide sredstva za prioritet.',
    },
    decisions: [
      {
        decisionId: `${platform.platformId}-d4`,
        kind: 'recommendation',
        title: 'Dopunjena preporuka općinskim vijećima',
        text: 'Platforma preporučuje da oba općinska vijeća u redovnim javnim pozivima predvide sredstva za zajednički omladinski centar.',
        votes: { for: 5, against: 0, abstaining: 0 },
        supersedes: `${platform.platformId}-d2`,
      },
    ],
  };
};

export const makersMeetings: readonly DemoMeeting[] = [
  ...makersPlatforms.flatMap(meetingsOf),
  supersedingMeeting(makersPlatforms[0]),
];
