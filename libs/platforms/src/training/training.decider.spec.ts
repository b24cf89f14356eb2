import { given } from '@makers/kernel/testing';
import type { EnrolParticipant, RecordCompletion, RecordTrainingHeld, ScheduleTraining, TrainingPerson } from './training.commands';
import { trainingDecider } from './training.decider';
import type { ParticipantEnrolled, ParticipantsCompleted, TrainingEvent, TrainingHeld, TrainingScheduled } from './training.events';
import { trainingStreamName } from './training.stream-name';

// An advocacy and leadership training for the young activists of Travnik and Novi Travnik, in May 2021.
const scheduleTravnik: ScheduleTraining = {
  type: 'ScheduleTraining',
  data: {
    trainingId: 'travnik-advocacy-2021',
    title: 'Zagovaranje i liderstvo za mlade aktiviste',
    topics: ['advocacy', 'leadership'],
    audience: 'young-activists',
    startsOn: '2021-05-14',
    endsOn: '2021-05-15',
    municipalityIds: ['travnik', 'novi-travnik'],
  },
};
const travnikScheduled: TrainingScheduled = { type: 'TrainingScheduled', data: { ...scheduleTravnik.data } };
const scheduleWith = (data: Partial<Record<keyof ScheduleTraining['data'], unknown>>): ScheduleTraining =>
  ({ type: 'ScheduleTraining', data: { ...scheduleTravnik.data, ...data } }) as ScheduleTraining;
const scheduledWith = (data: Partial<TrainingScheduled['data']>): TrainingScheduled => ({ type: 'TrainingScheduled', data: { ...travnikScheduled.data, ...data } });

const lejla: TrainingPerson = { personId: 'lejla-begic', sex: 'female', birthYear: 2003 };
const marko: TrainingPerson = { personId: 'marko-jovanovic', sex: 'male', birthYear: 1988 };
const enrol = (person: TrainingPerson | null, personId = person?.personId ?? 'nobody'): EnrolParticipant => ({
  type: 'EnrolParticipant',
  data: { trainingId: 'travnik-advocacy-2021', personId, person },
});
const enrolled = (personId: string, sex: ParticipantEnrolled['data']['sex'], ageGroup: ParticipantEnrolled['data']['ageGroup']): ParticipantEnrolled => ({
  type: 'ParticipantEnrolled',
  data: { trainingId: 'travnik-advocacy-2021', personId, sex, ageGroup },
});
const lejlaEnrolled = enrolled('lejla-begic', 'female', '15-30');
const markoEnrolled = enrolled('marko-jovanovic', 'male', 'over-30');

const recordHeld = (attended: string[], heldOn = '2021-05-15'): RecordTrainingHeld => ({
  type: 'RecordTrainingHeld',
  data: { trainingId: 'travnik-advocacy-2021', heldOn, attended },
});
const held = (attended: string[], heldOn = '2021-05-15'): TrainingHeld => ({ type: 'TrainingHeld', data: { trainingId: 'travnik-advocacy-2021', heldOn, attended } });
const complete = (...personIds: string[]): RecordCompletion => ({ type: 'RecordCompletion', data: { trainingId: 'travnik-advocacy-2021', personIds } });
const completed = (...personIds: string[]): ParticipantsCompleted => ({ type: 'ParticipantsCompleted', data: { trainingId: 'travnik-advocacy-2021', personIds } });

const withBoth: TrainingEvent[] = [travnikScheduled, lejlaEnrolled, markoEnrolled];
const heldWithBoth: TrainingEvent[] = [...withBoth, held(['lejla-begic', 'marko-jovanovic'])];

describe('scheduling a training', () => {
  it('schedules an advocacy and leadership training for the young activists of Travnik and Novi Travnik', () =>
    given(trainingDecider).when(scheduleTravnik).then([travnikScheduled]));

  it('schedules a one-day moderation training for the municipal staff of Bijeljina', () =>
    given(trainingDecider)
      .when(
        scheduleWith({
          trainingId: 'bijeljina-moderation-2021',
          title: 'Moderacija lokalnih dijaloških platformi',
          topics: ['platform-moderation'],
          audience: 'municipal-staff',
          startsOn: '2021-09-20',
          endsOn: '2021-09-20',
          municipalityIds: ['bijeljina'],
        }),
      )
      .then([
        scheduledWith({
          trainingId: 'bijeljina-moderation-2021',
          title: 'Moderacija lokalnih dijaloških platformi',
          topics: ['platform-moderation'],
          audience: 'municipal-staff',
          startsOn: '2021-09-20',
          endsOn: '2021-09-20',
          municipalityIds: ['bijeljina'],
        }),
      ]));

  it('takes every topic the programme trains in, for a mixed audience', () =>
    given(trainingDecider)
      .when(
        scheduleWith({
          audience: 'mixed',
          topics: ['critical-thinking', 'media-and-information-literacy', 'crowdfunding', 'sdgs', 'gender-equality'],
        }),
      )
      .then([scheduledWith({ audience: 'mixed', topics: ['critical-thinking', 'media-and-information-literacy', 'crowdfunding', 'sdgs', 'gender-equality'] })]));

  it('keeps the title as written, diacritics and all, only trimmed', () =>
    given(trainingDecider).when(scheduleWith({ title: '  Kritičko mišljenje i medijska pismenost ' })).then([scheduledWith({ title: 'Kritičko mišljenje i medijska pismenost' })]));

  it('refuses a training that ends before it starts', () =>
    given(trainingDecider)
      .when(scheduleWith({ startsOn: '2021-05-15', endsOn: '2021-05-14' }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'TrainingEndsBeforeItStarts', field: 'endsOn' }));

  it('refuses a date that is not in the calendar', () =>
    given(trainingDecider).when(scheduleWith({ startsOn: '2021-02-29' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'startsOn' }));

  it('refuses a topic the programme does not train in', () =>
    given(trainingDecider).when(scheduleWith({ topics: ['advocacy', 'fundraising'] })).thenThrows({ rule: 'TrainingTopicUnknown', field: 'topics[1]' }));

  it('refuses a training without a topic', () =>
    given(trainingDecider).when(scheduleWith({ topics: [] })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'TrainingTopicsRequired', field: 'topics' }));

  it('refuses a topic listed twice', () =>
    given(trainingDecider).when(scheduleWith({ topics: ['sdgs', 'sdgs'] })).thenThrows({ rule: 'TrainingTopicListedTwice', field: 'topics[1]' }));

  it('is for young activists, municipal staff or both', () =>
    given(trainingDecider).when(scheduleWith({ audience: 'citizens' })).thenThrows({ rule: 'TrainingAudienceUnknown', field: 'audience' }));

  it('refuses a training for no municipality', () =>
    given(trainingDecider).when(scheduleWith({ municipalityIds: [] })).thenThrows({ rule: 'TrainingMunicipalitiesRequired', field: 'municipalityIds' }));

  it('refuses a municipality listed twice', () =>
    given(trainingDecider).when(scheduleWith({ municipalityIds: ['travnik', 'travnik'] })).thenThrows({ rule: 'MunicipalityListedTwice', field: 'municipalityIds[1]' }));

  it('needs a title', () => given(trainingDecider).when(scheduleWith({ title: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'title' }));

  it('needs an id that can name a stream', () =>
    given(trainingDecider).when(scheduleWith({ trainingId: 'travnik advocacy' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'trainingId' }));

  it('cannot be scheduled twice', () =>
    given(trainingDecider, [travnikScheduled]).when(scheduleTravnik).thenThrows({ code: 'CONFLICT', rule: 'TrainingAlreadyScheduled' }));

  it('lives in its own stream in the platforms context', () => expect(trainingStreamName('travnik-advocacy-2021')).toBe('platforms-training-travnik-advocacy-2021'));
});

describe('enrolling participants', () => {
  it('counts a participant born 2003 as 15-30 at a 2021 training, and records her sex', () =>
    given(trainingDecider, [travnikScheduled]).when(enrol(lejla)).then([lejlaEnrolled]));

  it('counts Marko Jovanović, born 1988, as over 30 at a 2021 training', () =>
    given(trainingDecider, [travnikScheduled]).when(enrol(marko)).then([markoEnrolled]));

  it('counts a participant born 2007 as under 15 at a 2021 training', () =>
    given(trainingDecider, [travnikScheduled])
      .when(enrol({ personId: 'amar-hodzic', sex: 'male', birthYear: 2007 }))
      .then([enrolled('amar-hodzic', 'male', 'under-15')]));

  it('counts a participant who turns 30 in the training’s year as youth', () =>
    given(trainingDecider, [travnikScheduled])
      .when(enrol({ personId: 'sanja-kovacevic', sex: 'female', birthYear: 1991 }))
      .then([enrolled('sanja-kovacevic', 'female', '15-30')]));

  it('takes the age group at the training, not on the day of enrolment', () =>
    given(trainingDecider, [travnikScheduled])
      .when(enrol(lejla), { now: new Date('2035-01-10T09:00:00Z') })
      .then([enrolled('lejla-begic', 'female', '15-30')]));

  it('takes the age group at the training’s start when it runs into the next year', () =>
    given(trainingDecider, [scheduledWith({ startsOn: '2020-12-30', endsOn: '2021-01-02' })])
      .when(enrol({ personId: 'sanja-kovacevic', sex: 'female', birthYear: 1990 }))
      .then([enrolled('sanja-kovacevic', 'female', '15-30')]));

  it('counts a participant whose year of birth is not known, or who has been forgotten, in the unknown age group', () =>
    given(trainingDecider, [travnikScheduled])
      .when(enrol({ personId: 'person-forgotten', sex: 'undisclosed', birthYear: null }))
      .then([enrolled('person-forgotten', 'undisclosed', 'unknown')]));

  it('enrols a participant only once', () =>
    given(trainingDecider, [travnikScheduled, lejlaEnrolled]).when(enrol(lejla)).thenThrows({ code: 'CONFLICT', rule: 'ParticipantAlreadyEnrolled' }));

  it('enrols only a registered person', () =>
    given(trainingDecider, [travnikScheduled]).when(enrol(null, 'nobody-known')).thenThrows({ code: 'NOT_FOUND', rule: 'PersonNotFound' }));

  it('does not find a training that was never scheduled', () =>
    given(trainingDecider).when(enrol(lejla)).thenThrows({ code: 'NOT_FOUND', rule: 'TrainingNotFound' }));

  it('closes enrolment once the training was held', () =>
    given(trainingDecider, heldWithBoth)
      .when(enrol({ personId: 'amar-hodzic', sex: 'male', birthYear: 2004 }))
      .thenThrows({ code: 'CONFLICT', rule: 'TrainingAlreadyHeld' }));

  it('refuses to enrol one person with another’s details: a wiring bug, not a user’s mistake', () =>
    expect(() =>
      trainingDecider.decide(enrol(marko, 'lejla-begic'), trainingDecider.evolve(trainingDecider.initialState, travnikScheduled), {
        now: new Date('2021-06-01T09:00:00Z'),
        actor: 'programme.manager@undp.org',
      }),
    ).toThrow(/marko-jovanovic/));
});

describe('recording that a training was held', () => {
  it('records the day and who of the enrolled came', () =>
    given(trainingDecider, withBoth).when(recordHeld(['lejla-begic'])).then([held(['lejla-begic'])]));

  it('records attendance only of enrolled participants', () =>
    given(trainingDecider, withBoth).when(recordHeld(['lejla-begic', 'amar-hodzic'])).thenThrows({ code: 'CONFLICT', rule: 'ParticipantNotEnrolled' }));

  it('refuses an attendee listed twice', () =>
    given(trainingDecider, withBoth).when(recordHeld(['lejla-begic', 'lejla-begic'])).thenThrows({ rule: 'AttendeeListedTwice', field: 'attended[1]' }));

  it('refuses a training held before it starts', () =>
    given(trainingDecider, withBoth).when(recordHeld(['lejla-begic'], '2021-05-13')).thenThrows({ rule: 'TrainingHeldBeforeItStarts', field: 'heldOn' }));

  it('refuses a training held on a day still to come', () =>
    given(trainingDecider, withBoth)
      .when(recordHeld(['lejla-begic']), { now: new Date('2021-05-14T12:00:00Z') })
      .thenThrows({ rule: 'TrainingHeldInTheFuture', field: 'heldOn' }));

  it('takes the day as it is in Travnik: just after midnight, the training that ended today was held', () =>
    given(trainingDecider, withBoth).when(recordHeld(['lejla-begic']), { now: new Date('2021-05-14T22:15:00Z') }).then([held(['lejla-begic'])]));

  it('records a training as held only once', () =>
    given(trainingDecider, heldWithBoth).when(recordHeld(['lejla-begic'])).thenThrows({ code: 'CONFLICT', rule: 'TrainingAlreadyHeld' }));

  it('does not find a training that was never scheduled', () =>
    given(trainingDecider).when(recordHeld([])).thenThrows({ code: 'NOT_FOUND', rule: 'TrainingNotFound' }));
});

describe('recording who completed a training', () => {
  it('records the participants who completed it', () =>
    given(trainingDecider, heldWithBoth).when(complete('lejla-begic', 'marko-jovanovic')).then([completed('lejla-begic', 'marko-jovanovic')]));

  it('records completion only after the training was held', () =>
    given(trainingDecider, withBoth).when(complete('lejla-begic')).thenThrows({ code: 'CONFLICT', rule: 'TrainingNotYetHeld' }));

  it('records completion only of enrolled participants', () =>
    given(trainingDecider, heldWithBoth).when(complete('lejla-begic', 'amar-hodzic')).thenThrows({ code: 'CONFLICT', rule: 'ParticipantNotEnrolled' }));

  it('records completions as they come in', () =>
    given(trainingDecider, [...heldWithBoth, completed('lejla-begic')]).when(complete('marko-jovanovic')).then([completed('marko-jovanovic')]));

  it('records a participant’s completion only once', () =>
    given(trainingDecider, [...heldWithBoth, completed('lejla-begic')])
      .when(complete('marko-jovanovic', 'lejla-begic'))
      .thenThrows({ code: 'CONFLICT', rule: 'ParticipantAlreadyCompleted' }));

  it('refuses a participant listed twice', () =>
    given(trainingDecider, heldWithBoth).when(complete('lejla-begic', 'lejla-begic')).thenThrows({ rule: 'ParticipantListedTwice', field: 'personIds[1]' }));

  it('needs at least one participant', () =>
    given(trainingDecider, heldWithBoth).when(complete()).thenThrows({ code: 'BAD_USER_INPUT', rule: 'CompletionWithoutParticipants' }));

  it('does not find a training that was never scheduled', () =>
    given(trainingDecider).when(complete('lejla-begic')).thenThrows({ code: 'NOT_FOUND', rule: 'TrainingNotFound' }));
});
