import { given } from '@makers/kernel/testing';
import { activeHistory, admitted, coChairsNamed, formingWithMembers, left, people, PLATFORM_ID, platformOf, type Someone } from '../platform/platform.fixtures';
import type { PlatformEvent } from '../platform/platform.events';
import type { AttendeeSnapshot, HoldMeeting, MeetingCommand, RescheduleMeeting, ScheduleMeeting } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { MeetingEvent, MeetingHeld, MeetingScheduled } from './meeting.events';
import { meetingStreamName } from './meeting.stream-name';

const activePlatform = platformOf(activeHistory);
const MEETING_ID = 'ns-ins-2021-05';

const schedule = (data: Partial<Record<keyof ScheduleMeeting['data'], unknown>> = {}): ScheduleMeeting =>
  ({
    type: 'ScheduleMeeting',
    data: {
      meetingId: MEETING_ID,
      platformId: PLATFORM_ID,
      startsAt: '2021-05-20T18:00:00+02:00',
      place: 'Dom mladih, Skenderija',
      agenda: ['Prioriteti zajednice za 2021.', 'Sigurne staze do škole u Lukavici'],
      platform: activePlatform,
      ...data,
    },
  }) as ScheduleMeeting;

const scheduled: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: MEETING_ID,
    platformId: PLATFORM_ID,
    municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
    startsAt: '2021-05-20T18:00:00+02:00',
    place: 'Dom mladih, Skenderija',
    agenda: ['Prioriteti zajednice za 2021.', 'Sigurne staze do škole u Lukavici'],
  },
};

const reschedule = (data: Partial<Record<keyof RescheduleMeeting['data'], unknown>> = {}): RescheduleMeeting =>
  ({ type: 'RescheduleMeeting', data: { meetingId: MEETING_ID, startsAt: '2021-05-27T18:00:00+02:00', reason: 'Bajram', platform: activePlatform, ...data } }) as RescheduleMeeting;

const cancel: MeetingCommand = { type: 'CancelMeeting', data: { meetingId: MEETING_ID, reason: 'The hall flooded' } };
const cancelled: MeetingEvent = { type: 'MeetingCancelled', data: { meetingId: MEETING_ID, reason: 'The hall flooded' } };

const birthYears: Record<string, number | null> = {
  'amra-hadzic': 1998,
  'nikola-savic': 1979,
  'ivana-kovac': 1991,
  'emir-mehmedovic': 2004,
  'jelena-petrovic': 1985,
  'dragan-jovic': 1960,
  'milica-stanic': null,
};
const snapshotOf = (person: Someone): AttendeeSnapshot => ({ personId: person.personId, sex: person.sex, birthYear: birthYears[person.personId] });

const hold = (present: Someone[], data: Partial<Record<keyof HoldMeeting['data'], unknown>> = {}): HoldMeeting =>
  ({
    type: 'HoldMeeting',
    data: {
      meetingId: MEETING_ID,
      heldAt: '2021-05-20T18:00:00+02:00',
      attendance: present.map((person) => person.personId),
      guests: 4,
      minutes: 'Dogovoreni prioriteti: rasvjeta na mostu, sigurne staze do škole.',
      platform: activePlatform,
      attendees: present.map(snapshotOf),
      ...data,
    },
  }) as HoldMeeting;

const held = (data: Partial<MeetingHeld['data']>): MeetingHeld => ({
  type: 'MeetingHeld',
  data: {
    meetingId: MEETING_ID,
    platformId: PLATFORM_ID,
    heldAt: '2021-05-20T18:00:00+02:00',
    attendees: [],
    guests: 4,
    minutes: 'Dogovoreni prioriteti: rasvjeta na mostu, sigurne staze do škole.',
    activeMembers: 3,
    quorumRequired: 2,
    quorumMet: true,
    ...data,
  },
});

const amraPresent = { personId: 'amra-hadzic', role: 'young-activist', sex: 'female', ageGroup: '15-30' } as const;
const nikolaPresent = { personId: 'nikola-savic', role: 'municipal-staff', sex: 'male', ageGroup: 'over-30' } as const;

/** Seven members from February 2021; Dragan and Milica left at the end of April. */
const sevenThenFive: PlatformEvent[] = [
  ...activeHistory,
  ...[people.emir, people.jelena, people.dragan, people.milica].map((person) => admitted(person, '2021-02-01')),
  left(people.dragan, '2021-04-30'),
  left(people.milica, '2021-04-30'),
];

describe('scheduling a meeting', () => {
  it('schedules a meeting of an active platform, with its time, place and agenda', () => given(meetingDecider).when(schedule()).then([scheduled]));

  it('may schedule a meeting that already took place, to record it afterwards', () =>
    given(meetingDecider)
      .when(schedule({ startsAt: '2021-03-04T17:00:00+01:00' }))
      .then([{ ...scheduled, data: { ...scheduled.data, startsAt: '2021-03-04T17:00:00+01:00' } }]));

  it('refuses a meeting of a platform still forming', () =>
    given(meetingDecider).when(schedule({ platform: platformOf(formingWithMembers) })).thenThrows({ code: 'CONFLICT', rule: 'PlatformNotActive' }));

  it('refuses a meeting of a dormant platform', () =>
    given(meetingDecider)
      .when(schedule({ platform: platformOf([...activeHistory, { type: 'PlatformWentDormant', data: { platformId: PLATFORM_ID, reason: 'Summer' } }]) }))
      .thenThrows({ rule: 'PlatformNotActive' }));

  it('refuses a meeting while a co-chair seat is vacant', () =>
    given(meetingDecider)
      .when(
        schedule({
          platform: platformOf([
            ...activeHistory,
            left(people.nikola, '2021-04-01'),
            { type: 'CoChairSeatVacated', data: { platformId: PLATFORM_ID, seat: 'municipal-staff', personId: 'nikola-savic', vacatedOn: '2021-04-01' } },
          ]),
        }),
      )
      .thenThrows({ code: 'CONFLICT', rule: 'CoChairsNotNamed' }));

  it('refuses a meeting of a platform that was never formed', () =>
    given(meetingDecider).when(schedule({ platform: { status: 'unformed' } })).thenThrows({ code: 'NOT_FOUND', rule: 'PlatformNotFound' }));

  it('refuses a start time without its offset', () =>
    given(meetingDecider).when(schedule({ startsAt: '2021-05-20T18:00:00' })).thenThrows({ rule: 'DateTimeInvalid', field: 'startsAt' }));

  it('refuses a start on a day that does not exist', () =>
    given(meetingDecider).when(schedule({ startsAt: '2021-02-29T18:00:00+01:00' })).thenThrows({ field: 'startsAt' }));

  it('refuses a meeting without an agenda', () => given(meetingDecider).when(schedule({ agenda: [] })).thenThrows({ rule: 'AgendaRequired', field: 'agenda' }));

  it('refuses a blank agenda item', () => given(meetingDecider).when(schedule({ agenda: ['Prioriteti', ' '] })).thenThrows({ field: 'agenda[1]' }));

  it('refuses a meeting without a place', () => given(meetingDecider).when(schedule({ place: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'place' }));

  it('does not schedule the same meeting twice', () =>
    given(meetingDecider, [scheduled]).when(schedule()).thenThrows({ code: 'CONFLICT', rule: 'MeetingAlreadyScheduled' }));

  it('lives in its own stream in the platforms context', () => expect(meetingStreamName(MEETING_ID)).toBe('platforms-meeting-ns-ins-2021-05'));
});

describe('rescheduling and cancelling', () => {
  it('moves a scheduled meeting to another time, keeping its place, saying why', () =>
    given(meetingDecider, [scheduled])
      .when(reschedule())
      .then([{ type: 'MeetingRescheduled', data: { meetingId: MEETING_ID, startsAt: '2021-05-27T18:00:00+02:00', place: 'Dom mladih, Skenderija', reason: 'Bajram' } }]));

  it('moves a scheduled meeting to another place', () =>
    given(meetingDecider, [scheduled])
      .when(reschedule({ place: 'Općina Istočno Novo Sarajevo, sala 2' }))
      .then([{ type: 'MeetingRescheduled', data: { meetingId: MEETING_ID, startsAt: '2021-05-27T18:00:00+02:00', place: 'Općina Istočno Novo Sarajevo, sala 2', reason: 'Bajram' } }]));

  it('needs a reason to reschedule', () => given(meetingDecider, [scheduled]).when(reschedule({ reason: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('refuses to reschedule a cancelled meeting', () =>
    given(meetingDecider, [scheduled, cancelled]).when(reschedule()).thenThrows({ code: 'CONFLICT', rule: 'MeetingNotScheduled' }));

  it('refuses to reschedule a meeting already held', () =>
    given(meetingDecider, [scheduled, held({})]).when(reschedule()).thenThrows({ rule: 'MeetingNotScheduled' }));

  it('refuses to reschedule a meeting that was never scheduled', () =>
    given(meetingDecider).when(reschedule()).thenThrows({ code: 'NOT_FOUND', rule: 'MeetingNotFound' }));

  it('cancels a scheduled meeting, saying why', () => given(meetingDecider, [scheduled]).when(cancel).then([cancelled]));

  it('refuses to cancel a meeting already held', () =>
    given(meetingDecider, [scheduled, held({})]).when(cancel).thenThrows({ code: 'CONFLICT', rule: 'MeetingNotScheduled' }));

  it('refuses to cancel a meeting twice', () => given(meetingDecider, [scheduled, cancelled]).when(cancel).thenThrows({ rule: 'MeetingNotScheduled' }));
});

describe('holding a meeting', () => {
  it("records who attended with their role, sex and age group, the guests, the minutes and whether quorum was met", () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.nikola]))
      .then([held({ attendees: [amraPresent, nikolaPresent], activeMembers: 3, quorumRequired: 2, quorumMet: true })]));

  it('refuses a meeting held in the future', () =>
    given(meetingDecider, [scheduled]).when(hold([people.amra], { heldAt: '2021-06-01T11:30:00+02:00' })).thenThrows({ rule: 'MeetingHeldInTheFuture', field: 'heldAt' }));

  it('accepts a meeting that ended just now, in local time', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.nikola], { heldAt: '2021-06-01T11:00:00+02:00' }))
      .then([held({ heldAt: '2021-06-01T11:00:00+02:00', attendees: [amraPresent, nikolaPresent] })]));

  it('refuses to hold a meeting before both co-chairs are named', () =>
    given(meetingDecider, [scheduled]).when(hold([people.amra, people.nikola], { heldAt: '2021-01-25T18:00:00+01:00' })).thenThrows({ code: 'CONFLICT', rule: 'CoChairsNotNamed' }));

  it('refuses to hold a meeting after a co-chair left, though the meeting was scheduled before', () =>
    given(meetingDecider, [scheduled])
      .when(
        hold([people.amra], {
          platform: platformOf([
            ...activeHistory,
            left(people.nikola, '2021-05-10'),
            { type: 'CoChairSeatVacated', data: { platformId: PLATFORM_ID, seat: 'municipal-staff', personId: 'nikola-savic', vacatedOn: '2021-05-10' } },
          ]),
        }),
      )
      .thenThrows({ rule: 'CoChairsNotNamed' }));

  it('holds a meeting chaired by the co-chairs of its date, before new ones were named', () =>
    given(meetingDecider, [scheduled])
      .when(
        hold([people.amra, people.nikola], {
          platform: platformOf([...activeHistory, admitted(people.jelena, '2021-05-25'), coChairsNamed(people.amra, people.jelena, '2021-05-25')]),
        }),
      )
      .then([held({ attendees: [amraPresent, nikolaPresent], activeMembers: 3, quorumRequired: 2 })]));

  it('refuses attendance by someone who is not a member on that date', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.emir], { platform: platformOf([...activeHistory, admitted(people.emir, '2021-05-21')]) }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'AttendeeNotAMember', field: 'attendance[1]' }));

  it('refuses attendance by a member who had left by that date', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.nikola, people.ivana], { platform: platformOf([...activeHistory, left(people.ivana, '2021-05-19')]) }))
      .thenThrows({ rule: 'AttendeeNotAMember', field: 'attendance[2]' }));

  it('counts a member on the day they left', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.ivana, people.amra], { platform: platformOf([...activeHistory, left(people.ivana, '2021-05-20')]) }))
      .then([
        held({
          attendees: [{ personId: 'ivana-kovac', role: 'moderator', sex: 'female', ageGroup: '15-30' }, amraPresent],
          activeMembers: 3,
          quorumRequired: 2,
        }),
      ]));

  it('refuses someone listed twice', () =>
    given(meetingDecider, [scheduled]).when(hold([people.amra, people.amra])).thenThrows({ rule: 'AttendeeListedTwice', field: 'attendance[1]' }));

  it('refuses a negative number of guests', () => given(meetingDecider, [scheduled]).when(hold([people.amra], { guests: -1 })).thenThrows({ rule: 'GuestsInvalid', field: 'guests' }));

  it('refuses half a guest', () => given(meetingDecider, [scheduled]).when(hold([people.amra], { guests: 1.5 })).thenThrows({ rule: 'GuestsInvalid' }));

  it('records a meeting with no guests', () =>
    given(meetingDecider, [scheduled]).when(hold([people.amra, people.nikola], { guests: 0 })).then([held({ guests: 0, attendees: [amraPresent, nikolaPresent] })]));

  it('needs minutes', () => given(meetingDecider, [scheduled]).when(hold([people.amra], { minutes: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'minutes' }));

  it('refuses to hold a cancelled meeting', () =>
    given(meetingDecider, [scheduled, cancelled]).when(hold([people.amra])).thenThrows({ code: 'CONFLICT', rule: 'MeetingCancelled' }));

  it('refuses to hold a meeting twice', () =>
    given(meetingDecider, [scheduled, held({})]).when(hold([people.amra])).thenThrows({ code: 'CONFLICT', rule: 'MeetingAlreadyHeld' }));

  it('refuses to hold a meeting never scheduled', () => given(meetingDecider).when(hold([people.amra])).thenThrows({ code: 'NOT_FOUND', rule: 'MeetingNotFound' }));

  it('refuses a meeting of a closed platform', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra], { platform: platformOf([...activeHistory, { type: 'PlatformClosed', data: { platformId: PLATFORM_ID, reason: 'Merged' } }]) }))
      .thenThrows({ rule: 'PlatformClosed' }));

  it('records a meeting that missed quorum, as missed', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.nikola], { platform: platformOf(sevenThenFive) }))
      .then([held({ attendees: [amraPresent, nikolaPresent], activeMembers: 5, quorumRequired: 3, quorumMet: false })]));

  it('computes quorum from members active on the meeting date, not today', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.nikola, people.emir], { heldAt: '2021-04-20T18:00:00+02:00', platform: platformOf(sevenThenFive) }))
      .then([
        held({
          heldAt: '2021-04-20T18:00:00+02:00',
          attendees: [amraPresent, nikolaPresent, { personId: 'emir-mehmedovic', role: 'young-activist', sex: 'male', ageGroup: '15-30' }],
          activeMembers: 7,
          quorumRequired: 4,
          quorumMet: false,
        }),
      ]));

  it("uses the platform's own quorum rule", () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra, people.nikola], { platform: platformOf([...sevenThenFive, { type: 'QuorumRuleSet', data: { platformId: PLATFORM_ID, quorum: { kind: 'minimum', members: 2 } } }]) }))
      .then([held({ attendees: [amraPresent, nikolaPresent], activeMembers: 5, quorumRequired: 2, quorumMet: true })]));

  it('does not count guests towards quorum', () =>
    given(meetingDecider, [scheduled])
      .when(hold([people.amra], { guests: 30 }))
      .then([held({ attendees: [amraPresent], guests: 30, quorumMet: false })]));

  it('counts a 30-year-old as youth at a 2021 meeting and as over 30 at a 2022 one', () => {
    const ivanaAt = (heldAt: string) =>
      hold([people.amra, people.ivana], { heldAt, attendees: [snapshotOf(people.amra), snapshotOf(people.ivana)] });
    const ivanaAged = (heldAt: string) =>
      (meetingDecider.decide(ivanaAt(heldAt), meetingDecider.evolve(meetingDecider.initialState, scheduled), { now: new Date('2022-02-01T09:00:00Z'), actor: 'pm' })[0] as MeetingHeld).data.attendees[1].ageGroup;
    expect(ivanaAged('2021-12-10T18:00:00+01:00')).toBe('15-30');
    expect(ivanaAged('2022-01-20T18:00:00+01:00')).toBe('over-30');
  });

  it('puts an attendee who was forgotten, or never gave a year of birth, in the unknown age group', () =>
    given(meetingDecider, [scheduled])
      .when(
        hold([people.amra, people.milica], {
          platform: platformOf([...activeHistory, admitted(people.milica, '2021-03-01')]),
        }),
      )
      .then([
        held({
          attendees: [amraPresent, { personId: 'milica-stanic', role: 'citizen', sex: 'female', ageGroup: 'unknown' }],
          activeMembers: 4,
          quorumRequired: 3,
          quorumMet: false,
        }),
      ]));
});
