import { fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import { meetingDecider, type Meeting } from '../meeting/meeting.decider';
import type { MeetingEvent, MeetingHeld, MeetingScheduled } from '../meeting/meeting.events';
import { PLATFORM_ID } from '../platform/platform.fixtures';
import type { RecordDecision } from './decision-register.commands';
import { decisionRegisterDecider, isStanding, priorityStanding } from './decision-register.decider';
import type { DecisionRecorded, DecisionRegisterEvent } from './decision-register.events';
import { decisionRegisterStreamName } from './decision-register.stream-name';

const scheduledOn = (meetingId: string, platformId = PLATFORM_ID): MeetingScheduled => ({
  type: 'MeetingScheduled',
  data: { meetingId, platformId, municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'], startsAt: '2021-05-20T18:00:00+02:00', place: 'Dom mladih, Skenderija', agenda: ['Prioriteti'] },
});

const heldWith = (meetingId: string, heldAt: string, present: number, quorumRequired: number): MeetingHeld => ({
  type: 'MeetingHeld',
  data: {
    meetingId,
    platformId: PLATFORM_ID,
    heldAt,
    attendees: Array.from({ length: present }, (_, index) => ({ personId: `member-${index + 1}`, role: 'young-activist', sex: 'female', ageGroup: '15-30' })),
    guests: 2,
    minutes: 'Zapisnik',
    activeMembers: 7,
    quorumRequired,
    quorumMet: present >= quorumRequired,
  },
});

const meetingOf = (...events: MeetingEvent[]): Meeting => fold(meetingDecider, events);
/** May 2021: 5 of 7 members present, quorum 4. */
const mayMeeting = meetingOf(scheduledOn('may-2021'), heldWith('may-2021', '2021-05-20T18:00:00+02:00', 5, 4));
/** September 2021: 4 of 7 present. */
const septemberMeeting = meetingOf(scheduledOn('sep-2021'), heldWith('sep-2021', '2021-09-16T18:00:00+02:00', 4, 4));

const decide = (data: Partial<Record<keyof RecordDecision['data'], unknown>> = {}): RecordDecision =>
  ({
    type: 'RecordDecision',
    data: {
      platformId: PLATFORM_ID,
      decisionId: 'odluka-2021-01',
      meetingId: 'may-2021',
      kind: 'local-priority',
      title: 'Rasvjeta na pješačkom mostu Grbavica – Lukavica',
      text: 'Platforma utvrđuje rasvjetu na mostu kao prioritet zajednice za 2021.',
      votes: { for: 4, against: 0, abstaining: 1 },
      priority: { priorityId: 'prioritet-rasvjeta-most', title: 'Rasvjeta na mostu', description: 'Sigurniji prelaz između dvije općine.' },
      meeting: mayMeeting,
      ...data,
    },
  }) as RecordDecision;

const recorded = (data: Partial<DecisionRecorded['data']> = {}): DecisionRecorded => ({
  type: 'DecisionRecorded',
  data: {
    platformId: PLATFORM_ID,
    decisionId: 'odluka-2021-01',
    meetingId: 'may-2021',
    heldAt: '2021-05-20T18:00:00+02:00',
    kind: 'local-priority',
    title: 'Rasvjeta na pješačkom mostu Grbavica – Lukavica',
    text: 'Platforma utvrđuje rasvjetu na mostu kao prioritet zajednice za 2021.',
    votes: { for: 4, against: 0, abstaining: 1 },
    supersedes: null,
    rescinds: null,
    ...data,
  },
});
const priorityIdentified: DecisionRegisterEvent = {
  type: 'PriorityIdentified',
  data: { platformId: PLATFORM_ID, priorityId: 'prioritet-rasvjeta-most', decisionId: 'odluka-2021-01', title: 'Rasvjeta na mostu', description: 'Sigurniji prelaz između dvije općine.' },
};
const firstDecision = [recorded(), priorityIdentified];

const recommendation = (data: Partial<Record<keyof RecordDecision['data'], unknown>> = {}) =>
  decide({ decisionId: 'odluka-2021-02', meetingId: 'sep-2021', meeting: septemberMeeting, kind: 'recommendation', title: 'Preporuka općinama', text: 'Zajednički javni poziv.', votes: { for: 3, against: 1, abstaining: 0 }, priority: null, ...data });
const recommended = (data: Partial<DecisionRecorded['data']> = {}) =>
  recorded({ decisionId: 'odluka-2021-02', meetingId: 'sep-2021', heldAt: '2021-09-16T18:00:00+02:00', kind: 'recommendation', title: 'Preporuka općinama', text: 'Zajednički javni poziv.', votes: { for: 3, against: 1, abstaining: 0 }, ...data });

describe('recording decisions', () => {
  it('a priority identified by a decision gets its id', () => given(decisionRegisterDecider).when(decide()).then(firstDecision));

  it('records a recommendation to the municipalities, which identifies no priority', () =>
    given(decisionRegisterDecider, firstDecision).when(recommendation()).then([recommended()]));

  it('refuses a decision at a meeting that missed quorum', () =>
    given(decisionRegisterDecider)
      .when(decide({ meeting: meetingOf(scheduledOn('may-2021'), heldWith('may-2021', '2021-05-20T18:00:00+02:00', 2, 4)), votes: { for: 2, against: 0, abstaining: 0 } }))
      .thenThrows({ code: 'CONFLICT', rule: 'QuorumNotMet' }));

  it('refuses a decision at a meeting not yet held', () =>
    given(decisionRegisterDecider).when(decide({ meeting: meetingOf(scheduledOn('may-2021')) })).thenThrows({ code: 'CONFLICT', rule: 'MeetingNotHeld' }));

  it('refuses a decision at a cancelled meeting', () =>
    given(decisionRegisterDecider)
      .when(decide({ meeting: meetingOf(scheduledOn('may-2021'), { type: 'MeetingCancelled', data: { meetingId: 'may-2021', reason: 'Poplava' } }) }))
      .thenThrows({ rule: 'MeetingNotHeld' }));

  it('refuses a decision at a meeting that was never scheduled', () =>
    given(decisionRegisterDecider).when(decide({ meeting: meetingDecider.initialState })).thenThrows({ code: 'NOT_FOUND', rule: 'MeetingNotFound' }));

  it('refuses a decision at a meeting of another platform', () =>
    given(decisionRegisterDecider).when(decide({ platformId: 'doboj-doboj-istok' })).thenThrows({ rule: 'MeetingOfAnotherPlatform', field: 'meetingId' }));

  it('refuses more votes than members present', () =>
    given(decisionRegisterDecider).when(decide({ votes: { for: 4, against: 1, abstaining: 1 } })).thenThrows({ rule: 'MoreVotesThanAttendees', field: 'votes' }));

  it('does not count guests as voters', () =>
    given(decisionRegisterDecider).when(decide({ votes: { for: 7, against: 0, abstaining: 0 } })).thenThrows({ rule: 'MoreVotesThanAttendees' }));

  it('refuses negative votes', () =>
    given(decisionRegisterDecider).when(decide({ votes: { for: 4, against: -1, abstaining: 0 } })).thenThrows({ rule: 'VotesInvalid', field: 'votes.against' }));

  it('refuses votes in fractions', () =>
    given(decisionRegisterDecider).when(decide({ votes: { for: 2.5, against: 0, abstaining: 0 } })).thenThrows({ rule: 'VotesInvalid', field: 'votes.for' }));

  it('refuses a kind of decision it does not know', () =>
    given(decisionRegisterDecider).when(decide({ kind: 'resolution' })).thenThrows({ rule: 'DecisionKindUnknown', field: 'kind' }));

  it('refuses a local-priority decision that names no priority', () =>
    given(decisionRegisterDecider).when(decide({ priority: undefined })).thenThrows({ rule: 'PriorityRequired', field: 'priority' }));

  it('refuses a priority on a recommendation', () =>
    given(decisionRegisterDecider).when(decide({ kind: 'recommendation' })).thenThrows({ rule: 'PriorityNotExpected', field: 'priority' }));

  it('refuses a priority id already identified', () =>
    given(decisionRegisterDecider, firstDecision).when(decide({ decisionId: 'odluka-2021-03' })).thenThrows({ code: 'CONFLICT', rule: 'PriorityAlreadyIdentified' }));

  it('never records the same decision twice: a decision is never edited', () =>
    given(decisionRegisterDecider, firstDecision).when(decide({ title: 'Ispravljeni naslov' })).thenThrows({ code: 'CONFLICT', rule: 'DecisionAlreadyRecorded' }));

  it('needs a title', () => given(decisionRegisterDecider).when(decide({ title: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'title' }));

  it('lives in one register per platform', () => expect(decisionRegisterStreamName(PLATFORM_ID)).toBe('platforms-decisions-novo-sarajevo-istocno-novo-sarajevo'));
});

describe('superseding and rescinding', () => {
  it('a later decision supersedes an earlier one and both stay in the history', () => {
    given(decisionRegisterDecider, firstDecision)
      .when(recommendation({ supersedes: 'odluka-2021-01' }))
      .then([recommended({ supersedes: 'odluka-2021-01' }), { type: 'DecisionSuperseded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } }]);
    const register = fold(decisionRegisterDecider, [
      ...firstDecision,
      recommended({ supersedes: 'odluka-2021-01' }),
      { type: 'DecisionSuperseded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } },
    ]);
    expect(register.status === 'keeping' && [...register.decisions.keys()]).toEqual(['odluka-2021-01', 'odluka-2021-02']);
    expect(isStanding(register, 'odluka-2021-01')).toBe(false);
    expect(isStanding(register, 'odluka-2021-02')).toBe(true);
  });

  it('rescinds an earlier decision by a later one', () =>
    given(decisionRegisterDecider, firstDecision)
      .when(recommendation({ kind: 'other', rescinds: 'odluka-2021-01' }))
      .then([recommended({ kind: 'other', rescinds: 'odluka-2021-01' }), { type: 'DecisionRescinded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } }]));

  it('refuses to rescind a decision already rescinded', () =>
    given(decisionRegisterDecider, [
      ...firstDecision,
      recommended({ rescinds: 'odluka-2021-01' }),
      { type: 'DecisionRescinded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } },
    ])
      .when(recommendation({ decisionId: 'odluka-2021-03', rescinds: 'odluka-2021-01' }))
      .thenThrows({ code: 'CONFLICT', rule: 'DecisionNotStanding' }));

  it('refuses to supersede a decision already superseded', () =>
    given(decisionRegisterDecider, [
      ...firstDecision,
      recommended({ supersedes: 'odluka-2021-01' }),
      { type: 'DecisionSuperseded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } },
    ])
      .when(recommendation({ decisionId: 'odluka-2021-03', supersedes: 'odluka-2021-01' }))
      .thenThrows({ rule: 'DecisionNotStanding' }));

  it('refuses to supersede a decision that is not in the register', () =>
    given(decisionRegisterDecider, firstDecision).when(recommendation({ supersedes: 'odluka-2019-07' })).thenThrows({ code: 'NOT_FOUND', rule: 'DecisionNotFound' }));

  it('refuses to supersede a later decision by one taken earlier', () =>
    given(decisionRegisterDecider, [recommended()])
      .when(decide({ supersedes: 'odluka-2021-02' }))
      .thenThrows({ code: 'CONFLICT', rule: 'DecisionPredatesTarget' }));

  it('refuses to supersede and rescind the same decision at once', () =>
    given(decisionRegisterDecider, firstDecision)
      .when(recommendation({ supersedes: 'odluka-2021-01', rescinds: 'odluka-2021-01' }))
      .thenThrows({ rule: 'SupersedesAndRescindsTheSame' }));

  it('refuses a decision that rescinds itself', () =>
    given(decisionRegisterDecider, firstDecision).when(recommendation({ rescinds: 'odluka-2021-02' })).thenThrows({ rule: 'DecisionReplacesItself', field: 'rescinds' }));
});

describe('whether a priority stands', () => {
  const superseded: DecisionRegisterEvent = { type: 'DecisionSuperseded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } };
  const rescinded: DecisionRegisterEvent = { type: 'DecisionRescinded', data: { platformId: PLATFORM_ID, decisionId: 'odluka-2021-01', by: 'odluka-2021-02' } };

  it('stands while the decision that identified it stands', () =>
    expect(priorityStanding(fold(decisionRegisterDecider, [...firstDecision, recommended()]), 'prioritet-rasvjeta-most')).toBe(true));

  it('stands no more once that decision is superseded', () =>
    expect(priorityStanding(fold(decisionRegisterDecider, [...firstDecision, recommended({ supersedes: 'odluka-2021-01' }), superseded]), 'prioritet-rasvjeta-most')).toBe(false));

  it('stands no more once that decision is rescinded', () =>
    expect(priorityStanding(fold(decisionRegisterDecider, [...firstDecision, recommended({ rescinds: 'odluka-2021-01' }), rescinded]), 'prioritet-rasvjeta-most')).toBe(false));

  it('is unknown for a priority the register never identified', () =>
    expect(priorityStanding(fold(decisionRegisterDecider, firstDecision), 'prioritet-park')).toBeNull());

  it('is unknown in a register that recorded nothing', () => expect(priorityStanding(decisionRegisterDecider.initialState, 'prioritet-rasvjeta-most')).toBeNull());
});
