import { identity } from '@makers/kernel';
import { FORGET_PERSON, REGISTER_PERSON, registerPersonInput } from '../people/people.mutation-examples';
import { ADMIT_MEMBER, preparePlatform, type PreparedPlatform } from '../platforms/platforms.mutation-examples';
import { errorCodes, startApi, type ApiHarness, type Caller, type ReadModelKind } from '../testing/api-harness';
import { setUp } from '../testing/mutation-examples';

const SCHEDULE = /* GraphQL */ `
  mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id platformId municipalityIds state startsAt place agenda reschedules { reason } heldAt } }`;
const RESCHEDULE = /* GraphQL */ `
  mutation ($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { id state startsAt place reschedules { previousStartsAt startsAt previousPlace place reason } }
  }`;
const CANCEL = /* GraphQL */ `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id state cancellationReason } }`;
const HOLD = /* GraphQL */ `
  mutation ($input: HoldMeetingInput!) { holdMeeting(input: $input) { id state heldAt guests minutes activeMembers quorumRequired quorumMet } }`;
const RECORD_DECISION = /* GraphQL */ `
  mutation ($input: RecordDecisionInput!) {
    recordDecision(input: $input) { id kind status votes { for against abstaining } supersedes priorityId priority { id title decisionId meetingId standing } }
  }`;
const MEETING = /* GraphQL */ `
  query ($id: ID!) {
    meeting(id: $id) {
      id state quorumRequired quorumMet
      attendance { members guests total youth bySex { sex count } byAgeGroup { ageGroup count } bySexAndAgeGroup { sex ageGroup count } }
      attendees { personId role sex ageGroup name erased }
    }
  }`;
const MEETINGS = /* GraphQL */ `
  query ($platformId: ID, $state: MeetingState, $from: String, $to: String, $first: Int!, $after: String) {
    meetings(platformId: $platformId, state: $state, from: $from, to: $to, first: $first, after: $after) { nodes { id state } pageInfo { endCursor hasNextPage } totalCount }
  }`;
const DECISIONS = /* GraphQL */ `
  query ($platformId: ID!, $kind: DecisionKind, $standing: Boolean) {
    decisions(platformId: $platformId, kind: $kind, standing: $standing, first: 50) { nodes { id kind status supersededBy supersedes } totalCount }
  }`;
const PRIORITIES = /* GraphQL */ `
  query ($platformId: ID, $municipalityId: ID) {
    priorities(platformId: $platformId, municipalityId: $municipalityId, first: 50) { nodes { id platformId municipalityIds title decisionId meetingId standing } totalCount }
  }`;

const agenda = ['Izbor lokalnih prioriteta', 'Razno'];
const place = 'Dom mladih, Istočno Novo Sarajevo';

describe.each<ReadModelKind>(['sqlite', 'postgres'])('meetings and the decision register over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let platform: PreparedPlatform;
  /** Members from 2021-03-01: the two co-chairs, Lejla (born 1995) and Emir (no year of birth); quorum 3 of 4. */
  const lejla = 'lejla-ns';
  const emir = 'emir-ns';
  const outsider = 'outsider-ns';

  beforeAll(async () => {
    api = await startApi(readModels);
    platform = await preparePlatform(api, 'ns', 'active');
    await setUp(api, REGISTER_PERSON, { ...registerPersonInput(lejla), name: 'Lejla Begić', sex: 'FEMALE', yearOfBirth: 1995 });
    await setUp(api, REGISTER_PERSON, { id: emir, name: 'Emir Kovačević', sex: 'MALE' });
    await setUp(api, REGISTER_PERSON, { ...registerPersonInput(outsider), name: 'Marko Marić', sex: 'MALE', yearOfBirth: 2000 });
    await setUp(api, ADMIT_MEMBER, { platformId: platform.platformId, personId: lejla, role: 'YOUNG_ACTIVIST', joinedOn: '2021-03-01' });
    await setUp(api, ADMIT_MEMBER, { platformId: platform.platformId, personId: emir, role: 'CITIZEN', joinedOn: '2021-03-01' });
  });
  afterAll(() => api.close());

  const call = async (document: string, input: Record<string, unknown>, as: Caller = 'programme-manager') => {
    const response = await api.graphql(document, { input }, { as });
    expect(errorCodes(response)).toEqual([]);
    return response.data;
  };
  const schedule = (id: string, startsAt = '2021-05-20T18:00:00+02:00') => call(SCHEDULE, { id, platformId: platform.platformId, startsAt, place, agenda });
  const hold = (meetingId: string, attendance: string[], heldAt = '2021-05-20T18:10:00+02:00') =>
    call(HOLD, { meetingId, heldAt, attendance, guests: 4, minutes: 'Utvrđen je prioritet: sigurni prostori za mlade.' });
  const everyone = () => [platform.youngActivistId, platform.municipalStaffId, lejla, emir];

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (document: string, input: Record<string, unknown>, as: Caller = 'programme-manager') => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(document, { input }, { as });
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };

  it('schedules a meeting and answers it from the read model, with the platform\u2019s municipalities', async () => {
    const data = await schedule('m-scheduled');
    expect(data?.scheduleMeeting).toEqual({
      id: 'm-scheduled',
      platformId: platform.platformId,
      municipalityIds: [...platform.municipalityIds],
      state: 'SCHEDULED',
      startsAt: '2021-05-20T18:00:00+02:00',
      place,
      agenda,
      reschedules: [],
      heldAt: null,
    });
  });

  it('reschedules a meeting with its reason, keeping each earlier time, and cancels one with its reason', async () => {
    await schedule('m-moved');
    await call(RESCHEDULE, { meetingId: 'm-moved', startsAt: '2021-05-27T18:00:00+02:00', reason: 'Praznik' });
    const moved = await call(RESCHEDULE, { meetingId: 'm-moved', startsAt: '2021-06-03T17:00:00+02:00', place: 'Općina Novo Sarajevo, sala 2', reason: 'Sala zauzeta' });
    expect(moved?.rescheduleMeeting).toEqual({
      id: 'm-moved',
      state: 'SCHEDULED',
      startsAt: '2021-06-03T17:00:00+02:00',
      place: 'Općina Novo Sarajevo, sala 2',
      reschedules: [
        { previousStartsAt: '2021-05-20T18:00:00+02:00', startsAt: '2021-05-27T18:00:00+02:00', previousPlace: place, place, reason: 'Praznik' },
        { previousStartsAt: '2021-05-27T18:00:00+02:00', startsAt: '2021-06-03T17:00:00+02:00', previousPlace: place, place: 'Općina Novo Sarajevo, sala 2', reason: 'Sala zauzeta' },
      ],
    });

    await schedule('m-cancelled');
    const cancelled = await call(CANCEL, { meetingId: 'm-cancelled', reason: 'Poplave u regiji' });
    expect(cancelled?.cancelMeeting).toEqual({ id: 'm-cancelled', state: 'CANCELLED', cancellationReason: 'Poplave u regiji' });
    const again = await refused(RESCHEDULE, { meetingId: 'm-cancelled', startsAt: '2021-06-10T18:00:00+02:00', reason: 'Ipak' });
    expect(again[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'MeetingNotScheduled' });
  });

  it('refuses a meeting held in the future (relative to the request), appending nothing', async () => {
    await schedule('m-future');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    const errors = await refused(HOLD, { meetingId: 'm-future', heldAt: tomorrow, attendance: everyone(), guests: 0, minutes: 'Još nije održan.' });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'MeetingHeldInTheFuture', field: 'heldAt' });
    expect((await api.graphql(MEETING, { id: 'm-future' })).data?.meeting).toMatchObject({ state: 'SCHEDULED', attendance: null, attendees: null });
  });

  it('refuses attendance by someone who is not a member of the platform, appending nothing', async () => {
    await schedule('m-outsider');
    const errors = await refused(HOLD, { meetingId: 'm-outsider', heldAt: '2021-05-20T18:10:00+02:00', attendance: [lejla, outsider], guests: 0, minutes: 'Zapisnik.' });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'AttendeeNotAMember' });
    expect(errors[0].message).toContain(outsider);
  });

  it('reports a held meeting\u2019s attendance by sex and age group at the meeting\u2019s date (born 1995: 15-30 in 2021)', async () => {
    await schedule('m-held');
    const held = await hold('m-held', everyone());
    expect(held?.holdMeeting).toEqual({
      id: 'm-held',
      state: 'HELD',
      heldAt: '2021-05-20T18:10:00+02:00',
      guests: 4,
      minutes: 'Utvrđen je prioritet: sigurni prostori za mlade.',
      activeMembers: 4,
      quorumRequired: 3,
      quorumMet: true,
    });
    const meeting = (await api.graphql(MEETING, { id: 'm-held' })).data?.meeting;
    expect(meeting.attendance).toMatchObject({
      members: 4,
      guests: 4,
      total: 8,
      youth: 2,
      bySex: [
        { sex: 'FEMALE', count: 2 },
        { sex: 'MALE', count: 2 },
        { sex: 'OTHER', count: 0 },
        { sex: 'UNDISCLOSED', count: 0 },
      ],
      byAgeGroup: [
        { ageGroup: 'UNDER_15', count: 0 },
        { ageGroup: 'FROM_15_TO_30', count: 2 },
        { ageGroup: 'OVER_30', count: 1 },
        { ageGroup: 'UNKNOWN', count: 1 },
      ],
    });
    expect(meeting.attendance.bySexAndAgeGroup.filter((cell: { count: number }) => cell.count > 0)).toEqual([
      { sex: 'FEMALE', ageGroup: 'FROM_15_TO_30', count: 2 },
      { sex: 'MALE', ageGroup: 'OVER_30', count: 1 },
      { sex: 'MALE', ageGroup: 'UNKNOWN', count: 1 },
    ]);
    expect(meeting.attendees.find((attendee: { personId: string }) => attendee.personId === lejla)).toEqual({
      personId: lejla,
      role: 'YOUNG_ACTIVIST',
      sex: 'FEMALE',
      ageGroup: 'FROM_15_TO_30',
      name: 'Lejla Begić',
      erased: false,
    });
  });

  it('names attendees only to those who keep the platform\u2019s records; every reader gets the figures', async () => {
    const moderator = identity('moderator-ns', ['platform-moderator'], { platformIds: [platform.platformId] });
    const officer = identity('officer-ins', ['municipal-officer'], { municipalityIds: [platform.municipalityIds[1]] });
    const elsewhere = identity('officer-elsewhere', ['municipal-officer'], { municipalityIds: ['doboj'] });
    for (const [caller, named] of [
      [moderator, true],
      [officer, true],
      ['administrator', true],
      [elsewhere, false],
      ['applicant', false],
      ['platform-member', false],
      ['donor-auditor', false],
    ] as const) {
      const meeting = (await api.graphql(MEETING, { id: 'm-held' }, { as: caller })).data?.meeting;
      expect({ caller, members: meeting.attendance.members, named: meeting.attendees !== null }).toEqual({ caller, members: 4, named });
    }
  });

  it('keeps the attendance figures when an attendee is later forgotten, and shows them as erased', async () => {
    const before = (await api.graphql(MEETING, { id: 'm-held' })).data?.meeting.attendance;
    await call(FORGET_PERSON, { personId: emir, reason: 'Asked to be forgotten' });
    const meeting = (await api.graphql(MEETING, { id: 'm-held' })).data?.meeting;
    expect(meeting.attendance).toEqual(before);
    expect(meeting.attendees.find((attendee: { personId: string }) => attendee.personId === emir)).toMatchObject({ name: null, erased: true, sex: 'MALE', ageGroup: 'UNKNOWN' });
  });

  it('lists meetings in time order, filtered by platform, state and period, a page at a time', async () => {
    const held = await api.graphql(MEETINGS, { platformId: platform.platformId, state: 'HELD', first: 10 });
    expect(held.data?.meetings.nodes.map((node: { id: string }) => node.id)).toEqual(['m-held']);
    const june = await api.graphql(MEETINGS, { platformId: platform.platformId, from: '2021-06-01T00:00:00+02:00', to: '2021-07-01T00:00:00+02:00', first: 10 });
    expect(june.data?.meetings.nodes.map((node: { id: string }) => node.id)).toEqual(['m-moved']);
    const first = await api.graphql(MEETINGS, { platformId: platform.platformId, first: 2 });
    expect(first.data?.meetings.pageInfo.hasNextPage).toBe(true);
    const rest = await api.graphql(MEETINGS, { platformId: platform.platformId, first: 50, after: first.data?.meetings.pageInfo.endCursor });
    expect(first.data?.meetings.nodes.length + rest.data?.meetings.nodes.length).toBe(first.data?.meetings.totalCount);
    expect(errorCodes(await api.graphql(MEETINGS, { from: '2021-06-01', first: 10 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a decision at a meeting that missed quorum, with its rule, appending nothing', async () => {
    await schedule('m-thin', '2021-06-10T18:00:00+02:00');
    const thin = await hold('m-thin', [lejla], '2021-06-10T18:10:00+02:00');
    expect(thin?.holdMeeting).toMatchObject({ quorumRequired: 3, quorumMet: false });
    const errors = await refused(RECORD_DECISION, {
      platformId: platform.platformId,
      meetingId: 'm-thin',
      kind: 'RECOMMENDATION',
      title: 'Preporuka',
      text: 'Preporuka općini.',
      votes: { for: 1, against: 0, abstaining: 0 },
    });
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'QuorumNotMet' });
  });

  it('gives an identified priority its id and lists it by platform and by municipality', async () => {
    const data = await call(RECORD_DECISION, {
      id: 'd-priority',
      platformId: platform.platformId,
      meetingId: 'm-held',
      kind: 'LOCAL_PRIORITY',
      title: 'Sigurni prostori za mlade',
      text: 'Platforma utvrđuje lokalni prioritet: sigurni prostori za mlade u obje općine.',
      votes: { for: 3, against: 0, abstaining: 1 },
      priority: { id: 'safe-spaces', title: 'Sigurni prostori za mlade', description: 'Prostori u kojima se mladi iz obje općine sastaju.' },
    });
    expect(data?.recordDecision).toEqual({
      id: 'd-priority',
      kind: 'LOCAL_PRIORITY',
      status: 'STANDING',
      votes: { for: 3, against: 0, abstaining: 1 },
      supersedes: null,
      priorityId: 'safe-spaces',
      priority: { id: 'safe-spaces', title: 'Sigurni prostori za mlade', decisionId: 'd-priority', meetingId: 'm-held', standing: true },
    });
    const ofPlatform = await api.graphql(PRIORITIES, { platformId: platform.platformId }, { as: 'applicant' });
    expect(ofPlatform.data?.priorities).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: 'safe-spaces',
          platformId: platform.platformId,
          municipalityIds: [...platform.municipalityIds].sort(),
          title: 'Sigurni prostori za mlade',
          decisionId: 'd-priority',
          meetingId: 'm-held',
          standing: true,
        },
      ],
    });
    const ofMunicipality = await api.graphql(PRIORITIES, { municipalityId: platform.municipalityIds[1] });
    expect(ofMunicipality.data?.priorities.nodes.map((node: { id: string }) => node.id)).toEqual(['safe-spaces']);
    expect((await api.graphql(PRIORITIES, { municipalityId: 'doboj' })).data?.priorities.totalCount).toBe(0);
  });

  it('lets a later decision supersede an earlier one, and lists both', async () => {
    await schedule('m-autumn', '2021-09-10T18:00:00+02:00');
    await hold('m-autumn', everyone(), '2021-09-10T18:05:00+02:00');
    const data = await call(RECORD_DECISION, {
      id: 'd-revised',
      platformId: platform.platformId,
      meetingId: 'm-autumn',
      kind: 'RECOMMENDATION',
      title: 'Sigurni prostori, dopunjeno',
      text: 'Preporuka općinama: prostori i u mjesnim zajednicama.',
      votes: { for: 4, against: 0, abstaining: 0 },
      supersedes: 'd-priority',
    });
    expect(data?.recordDecision).toMatchObject({ id: 'd-revised', status: 'STANDING', supersedes: 'd-priority' });
    const all = await api.graphql(DECISIONS, { platformId: platform.platformId }, { as: 'donor-auditor' });
    expect(all.data?.decisions).toEqual({
      totalCount: 2,
      nodes: [
        { id: 'd-priority', kind: 'LOCAL_PRIORITY', status: 'SUPERSEDED', supersededBy: 'd-revised', supersedes: null },
        { id: 'd-revised', kind: 'RECOMMENDATION', status: 'STANDING', supersededBy: null, supersedes: 'd-priority' },
      ],
    });
    const standing = await api.graphql(DECISIONS, { platformId: platform.platformId, standing: true });
    expect(standing.data?.decisions.nodes.map((node: { id: string }) => node.id)).toEqual(['d-revised']);
    const priorities = await api.graphql(PRIORITIES, { platformId: platform.platformId });
    expect(priorities.data?.priorities.nodes).toMatchObject([{ id: 'safe-spaces', standing: false }]);

    const twice = await refused(RECORD_DECISION, {
      platformId: platform.platformId,
      meetingId: 'm-autumn',
      kind: 'OTHER',
      title: 'Još jednom',
      text: 'Ponovo.',
      votes: { for: 4, against: 0, abstaining: 0 },
      supersedes: 'd-priority',
    });
    expect(twice[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'DecisionNotStanding' });
  });

  describe('refuses bad input with BAD_USER_INPUT naming the field, appending nothing', () => {
    const decision = (votes: Record<string, unknown>) => ({
      platformId: platform.platformId,
      meetingId: 'm-autumn',
      kind: 'OTHER',
      title: 'Glasanje',
      text: 'Tekst.',
      votes,
    });

    it('negative votes, and more votes than members present', async () => {
      const negative = await refused(RECORD_DECISION, decision({ for: -1, against: 0, abstaining: 0 }));
      expect(negative[0].extensions?.fields?.map((field) => field.field)).toEqual(['votes.for']);
      const tooMany = await refused(RECORD_DECISION, decision({ for: 4, against: 1, abstaining: 0 }));
      expect(tooMany[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'MoreVotesThanAttendees' });
    });

    it('a local priority without its priority, and a date-time without its offset', async () => {
      const noPriority = await refused(RECORD_DECISION, { ...decision({ for: 1, against: 0, abstaining: 0 }), kind: 'LOCAL_PRIORITY' });
      expect(noPriority[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priority' });
      const noOffset = await refused(SCHEDULE, { platformId: platform.platformId, startsAt: '2021-05-20T18:00:00', place, agenda });
      expect(noOffset[0].extensions?.fields?.map((field) => field.field)).toEqual(['startsAt']);
    });

    it('negative guests, an attendee listed twice, an empty agenda', async () => {
      await schedule('m-bad');
      const base = { meetingId: 'm-bad', heldAt: '2021-05-20T18:10:00+02:00', minutes: 'Zapisnik.' };
      const guests = await refused(HOLD, { ...base, attendance: everyone(), guests: -1 });
      expect(guests[0].extensions?.fields?.map((field) => field.field)).toEqual(['guests']);
      const twice = await refused(HOLD, { ...base, attendance: [lejla, lejla], guests: 0 });
      expect(twice[0].extensions?.fields?.map((field) => field.field)).toEqual(['attendance']);
      const empty = await refused(SCHEDULE, { platformId: platform.platformId, startsAt: '2021-05-20T18:00:00+02:00', place, agenda: [] });
      expect(empty[0].extensions?.fields?.map((field) => field.field)).toEqual(['agenda']);
    });
  });

  it('refuses a meeting of another municipality\u2019s officer: FORBIDDEN, nothing appended', async () => {
    const elsewhere = identity('officer-elsewhere', ['municipal-officer'], { municipalityIds: ['doboj'] });
    const errors = await refused(SCHEDULE, { platformId: platform.platformId, startsAt: '2021-10-01T18:00:00+02:00', place, agenda }, elsewhere);
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });
});
