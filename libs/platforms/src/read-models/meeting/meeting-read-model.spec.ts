import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { Attendee, MeetingEvent, MeetingHeld, MeetingScheduled } from '../../meeting/meeting.events';
import { meetingStreamName } from '../../meeting/meeting.stream-name';
import { meetingProjection } from './meeting.projection';
import { getMeeting, getMeetingAttendance, listMeetingAttendees, listMeetings } from './meeting.queries';

const scheduled = (meetingId: string, startsAt: string, platformId = 'novo-sarajevo-platform'): MeetingScheduled => ({
  type: 'MeetingScheduled',
  data: {
    meetingId,
    platformId,
    municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
    startsAt,
    place: 'Dom mladih, Istočno Novo Sarajevo',
    agenda: ['Izbor prioriteta', 'Razno'],
  },
});

const attendee = (personId: string, sex: Attendee['sex'], ageGroup: Attendee['ageGroup'], role: Attendee['role'] = 'young-activist'): Attendee => ({ personId, role, sex, ageGroup });

const held = (meetingId: string, heldAt: string, attendees: Attendee[], quorumMet = true): MeetingHeld => ({
  type: 'MeetingHeld',
  data: {
    meetingId,
    platformId: 'novo-sarajevo-platform',
    heldAt,
    attendees,
    guests: 3,
    minutes: 'Usvojena su tri lokalna prioriteta.\nSljedeći sastanak u julu.',
    activeMembers: 7,
    quorumRequired: 4,
    quorumMet,
  },
});

const fourAttendees = [
  attendee('amra', 'female', '15-30'),
  attendee('dragan', 'male', 'over-30', 'municipal-staff'),
  attendee('lejla', 'female', '15-30'),
  attendee('nikola', 'male', 'unknown', 'citizen'),
];

describeOnDatabases('the meeting read model', (database) => {

  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => meetingProjection.apply(trx, event));
  };
  const recorded = (event: MeetingEvent, occurredAt = '2021-06-01T09:00:00.000Z') =>
    recordedEvent(event, meetingStreamName(event.data.meetingId), { actor: 'moderator@makers.ba', occurredAt });
  const project = (...events: MeetingEvent[]) => apply(...events.map((event) => recorded(event)));

  beforeEach(async () => {
    await meetingProjection.setup(database.db);
  });

  it('shows a scheduled meeting with its platform, time as written, place and agenda', async () => {
    await apply(recorded(scheduled('m-1', '2021-05-20T18:00:00+02:00'), '2021-05-01T08:00:00.000Z'));
    expect(await getMeeting(database.db, 'm-1')).toEqual({
      id: 'm-1',
      platformId: 'novo-sarajevo-platform',
      municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'],
      state: 'scheduled',
      startsAt: '2021-05-20T18:00:00+02:00',
      place: 'Dom mladih, Istočno Novo Sarajevo',
      agenda: ['Izbor prioriteta', 'Razno'],
      reschedules: [],
      cancellationReason: null,
      heldAt: null,
      attendeeCount: null,
      guests: null,
      minutes: null,
      activeMembers: null,
      quorumRequired: null,
      quorumMet: null,
      scheduledAt: '2021-05-01T08:00:00.000Z',
    });
    expect(await getMeetingAttendance(database.db, 'm-1')).toBeNull();
  });

  it('keeps every reschedule with its reason, oldest first, and shows the latest time and place', async () => {
    await project(
      scheduled('m-1', '2021-05-20T18:00:00+02:00'),
      { type: 'MeetingRescheduled', data: { meetingId: 'm-1', startsAt: '2021-05-27T18:00:00+02:00', place: 'Dom mladih, Istočno Novo Sarajevo', reason: 'Praznik' } },
      { type: 'MeetingRescheduled', data: { meetingId: 'm-1', startsAt: '2021-06-03T17:00:00+02:00', place: 'Općina Novo Sarajevo, sala 2', reason: 'Sala zauzeta' } },
    );
    const meeting = await getMeeting(database.db, 'm-1');
    expect(meeting).toMatchObject({ state: 'scheduled', startsAt: '2021-06-03T17:00:00+02:00', place: 'Općina Novo Sarajevo, sala 2' });
    expect(meeting?.reschedules.map(({ previousStartsAt, startsAt, previousPlace, place, reason }) => ({ previousStartsAt, startsAt, previousPlace, place, reason }))).toEqual([
      { previousStartsAt: '2021-05-20T18:00:00+02:00', startsAt: '2021-05-27T18:00:00+02:00', previousPlace: 'Dom mladih, Istočno Novo Sarajevo', place: 'Dom mladih, Istočno Novo Sarajevo', reason: 'Praznik' },
      { previousStartsAt: '2021-05-27T18:00:00+02:00', startsAt: '2021-06-03T17:00:00+02:00', previousPlace: 'Dom mladih, Istočno Novo Sarajevo', place: 'Općina Novo Sarajevo, sala 2', reason: 'Sala zauzeta' },
    ]);
  });

  it('shows a cancelled meeting with its reason', async () => {
    await project(scheduled('m-1', '2021-05-20T18:00:00+02:00'), { type: 'MeetingCancelled', data: { meetingId: 'm-1', reason: 'Poplave u regiji' } });
    expect(await getMeeting(database.db, 'm-1')).toMatchObject({ state: 'cancelled', cancellationReason: 'Poplave u regiji' });
  });

  it('shows a held meeting with its attendees, guests, minutes and quorum', async () => {
    await project(scheduled('m-1', '2021-05-20T18:00:00+02:00'), held('m-1', '2021-05-20T18:15:00+02:00', fourAttendees));
    expect(await getMeeting(database.db, 'm-1')).toMatchObject({
      state: 'held',
      heldAt: '2021-05-20T18:15:00+02:00',
      attendeeCount: 4,
      guests: 3,
      minutes: 'Usvojena su tri lokalna prioriteta.\nSljedeći sastanak u julu.',
      activeMembers: 7,
      quorumRequired: 4,
      quorumMet: true,
    });
    expect(await listMeetingAttendees(database.db, 'm-1')).toEqual(fourAttendees);
  });

  it('disaggregates attendance by sex and age group, every cell present, guests counted apart', async () => {
    await project(scheduled('m-1', '2021-05-20T18:00:00+02:00'), held('m-1', '2021-05-20T18:15:00+02:00', fourAttendees));
    const attendance = await getMeetingAttendance(database.db, 'm-1');
    expect(attendance).toMatchObject({
      members: 4,
      guests: 3,
      total: 7,
      youth: 2,
      bySex: [
        { sex: 'female', count: 2 },
        { sex: 'male', count: 2 },
        { sex: 'other', count: 0 },
        { sex: 'undisclosed', count: 0 },
      ],
      byAgeGroup: [
        { ageGroup: 'under-15', count: 0 },
        { ageGroup: '15-30', count: 2 },
        { ageGroup: 'over-30', count: 1 },
        { ageGroup: 'unknown', count: 1 },
      ],
    });
    expect(attendance?.bySexAndAgeGroup).toHaveLength(16);
    expect(attendance?.bySexAndAgeGroup.filter((cell) => cell.count > 0)).toEqual([
      { sex: 'female', ageGroup: '15-30', count: 2 },
      { sex: 'male', ageGroup: 'over-30', count: 1 },
      { sex: 'male', ageGroup: 'unknown', count: 1 },
    ]);
  });

  it('counts a meeting held with nobody from the platform as zeros, not as missing', async () => {
    await project(scheduled('m-1', '2021-05-20T18:00:00+02:00'), held('m-1', '2021-05-20T18:15:00+02:00', [], false));
    expect(await getMeetingAttendance(database.db, 'm-1')).toMatchObject({ members: 0, guests: 3, total: 3, youth: 0 });
  });

  it('lists meetings in time order across offsets, filtered by platform, state and period, a page at a time', async () => {
    await project(
      scheduled('late', '2021-09-01T10:00:00Z'),
      scheduled('early', '2021-03-01T18:00:00+01:00'),
      scheduled('other-platform', '2021-04-01T18:00:00+02:00', 'doboj-platform'),
      // 16:30 UTC, before 'early-utc-later' at 17:10 UTC though written with a later local hour.
      scheduled('middle', '2021-06-01T18:30:00+02:00'),
      scheduled('middle-utc-later', '2021-06-01T17:10:00Z'),
      held('early', '2021-03-01T18:05:00+01:00', fourAttendees),
    );
    const all = await listMeetings(database.db, { platformId: 'novo-sarajevo-platform', first: 2 });
    expect(all).toMatchObject({ totalCount: 4, hasNextPage: true });
    const rest = await listMeetings(database.db, { platformId: 'novo-sarajevo-platform', first: 2, after: all.endCursor });
    expect([...all.nodes, ...rest.nodes].map((meeting) => meeting.id)).toEqual(['early', 'middle', 'middle-utc-later', 'late']);
    expect(rest.hasNextPage).toBe(false);

    expect((await listMeetings(database.db, { state: 'held', first: 10 })).nodes.map((meeting) => meeting.id)).toEqual(['early']);
    const period = await listMeetings(database.db, { from: '2021-04-01T18:00:00+02:00', to: '2021-06-01T19:10:00+02:00', first: 10 });
    expect(period.nodes.map((meeting) => meeting.id)).toEqual(['other-platform', 'middle']);
    expect(period.totalCount).toBe(2);
  });

  it('leaves the same rows when an event is applied twice', async () => {
    const events = [
      recorded(scheduled('m-1', '2021-05-20T18:00:00+02:00')),
      recorded({ type: 'MeetingRescheduled', data: { meetingId: 'm-1', startsAt: '2021-05-27T18:00:00+02:00', place: 'Sala 2', reason: 'Praznik' } }),
      recorded(held('m-1', '2021-05-27T18:15:00+02:00', fourAttendees)),
    ];
    await apply(...events, ...events);
    const meeting = await getMeeting(database.db, 'm-1');
    expect(meeting?.reschedules).toHaveLength(1);
    expect(meeting?.reschedules[0]).toMatchObject({ previousStartsAt: '2021-05-20T18:00:00+02:00', startsAt: '2021-05-27T18:00:00+02:00' });
    expect((await getMeetingAttendance(database.db, 'm-1'))?.members).toBe(4);
  });

  it('refuses a cursor it did not give out, and a time without its offset', async () => {
    await expect(listMeetings(database.db, { first: 5, after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    await expect(listMeetings(database.db, { first: 5, from: '2021-05-20T18:00:00' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('is rebuilt from zero after a teardown', async () => {
    await project(scheduled('m-1', '2021-05-20T18:00:00+02:00'));
    await meetingProjection.teardown(database.db);
    await meetingProjection.setup(database.db);
    expect(await getMeeting(database.db, 'm-1')).toBeNull();
  });
});
