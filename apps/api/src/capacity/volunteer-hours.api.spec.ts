import { identity, type Identity } from '@makers/kernel';
import { startApi, type ApiHarness, type Caller, type ReadModelKind } from '../testing/api-harness';
import { setUp } from '../testing/mutation-examples';
import { formPlatformForHours, LOG_VOLUNTEER_HOURS, REJECT_VOLUNTEER_HOURS, VERIFY_VOLUNTEER_HOURS } from './capacity.mutation-examples';

const ENTRIES = /* GraphQL */ `
  query ($personId: ID, $platformId: ID, $status: VolunteerHoursStatus, $from: String, $to: String, $first: Int!, $after: String) {
    volunteerHours(personId: $personId, platformId: $platformId, status: $status, from: $from, to: $to, first: $first, after: $after) {
      nodes { personId entryId on time { minutes hours } platformId initiativeId status loggedBy reviewedBy rejectionReason }
      pageInfo { endCursor hasNextPage }
      totalCount
    }
  }`;
const SUMMARY = /* GraphQL */ `
  query ($groupBy: VolunteerHoursGrouping!, $from: String, $to: String, $platformId: ID, $municipalityId: ID) {
    volunteerHoursSummary(groupBy: $groupBy, from: $from, to: $to, platformId: $platformId, municipalityId: $municipalityId) {
      groupBy
      groups { key label verified { minutes hours } pending { minutes hours } total { minutes } entries }
      totals { verified { minutes } pending { minutes } total { minutes hours } entries }
    }
  }`;

type Entry = { entryId: string; personId: string; on: string; minutes: number; platformId?: string; initiativeId?: string };
type Group = { key: string | null; verified: { minutes: number }; pending: { minutes: number }; total: { minutes: number }; entries: number };

describe.each<ReadModelKind>(['sqlite', 'postgres'])('volunteer hours over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let doboj: string;
  let zenica: string;
  /** Moderators of each platform, and a municipal officer of Doboj's municipality. */
  let dobojModerator: Identity;
  let dobojSecondModerator: Identity;
  let zenicaModerator: Identity;
  let dobojOfficer: Identity;

  beforeAll(async () => {
    api = await startApi(readModels);
    doboj = await formPlatformForHours(api, 'doboj', 'platforma-doboj');
    zenica = await formPlatformForHours(api, 'zenica', 'platforma-zenica');
    dobojModerator = identity('ivana.kovac@platforma.example', ['platform-moderator'], { platformIds: [doboj] });
    dobojSecondModerator = identity('nikola.savic@platforma.example', ['platform-moderator'], { platformIds: [doboj] });
    zenicaModerator = identity('emina.mesic@platforma.example', ['platform-moderator'], { platformIds: [zenica] });
    dobojOfficer = identity('dragan.petrovic@doboj.example', ['municipal-officer'], { municipalityIds: ['municipality-doboj'] });
  });
  afterAll(() => api.close());

  const log = (entry: Entry, as: Caller = 'programme-manager') =>
    api.graphql(LOG_VOLUNTEER_HOURS, { input: { activity: 'Uređenje dječijeg igrališta', ...entry } }, { as });

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (query: string, input: Record<string, unknown>, as: Caller = 'programme-manager') => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(query, { input }, { as });
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };

  it('logs whole minutes and answers them with hours as exact decimal text', async () => {
    const response = await log({ entryId: 'first', personId: 'lejla-begic', on: '2021-06-05', minutes: 90, platformId: doboj });
    expect(response.errors).toBeUndefined();
    const entries = await api.graphql(ENTRIES, { personId: 'lejla-begic', first: 10 });
    expect(entries.data?.volunteerHours.nodes).toEqual([
      {
        personId: 'lejla-begic',
        entryId: 'first',
        on: '2021-06-05',
        time: { minutes: 90, hours: '1.50' },
        platformId: doboj,
        initiativeId: null,
        status: 'LOGGED',
        loggedBy: 'test:programme-manager',
        reviewedBy: null,
        rejectionReason: null,
      },
    ]);
  });

  it('refuses a 25th hour of volunteering on the same day, and appends nothing', async () => {
    for (const [entryId, minutes] of [['day-1', 600], ['day-2', 600], ['day-3', 240]] as const) {
      expect((await log({ entryId, personId: 'marko-jovanovic', on: '2021-06-12', minutes, platformId: doboj })).errors).toBeUndefined();
    }
    const errors = await refused(LOG_VOLUNTEER_HOURS, { entryId: 'day-4', personId: 'marko-jovanovic', on: '2021-06-12', minutes: 60, platformId: zenica, activity: 'Još jedan sat' });
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'VolunteerDayOver24Hours' });
    // The next day is another day.
    expect((await log({ entryId: 'day-5', personId: 'marko-jovanovic', on: '2021-06-13', minutes: 60, platformId: zenica })).errors).toBeUndefined();
  });

  it('refuses hours verified by the moderator who logged them, and lets another moderator of the platform verify them', async () => {
    expect((await log({ entryId: 'by-moderator', personId: 'amar-hodzic', on: '2021-07-03', minutes: 120, platformId: doboj }, dobojModerator)).errors).toBeUndefined();
    const errors = await refused(VERIFY_VOLUNTEER_HOURS, { personId: 'amar-hodzic', entryId: 'by-moderator' }, dobojModerator);
    expect(errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'VerifierLoggedTheHours' });
    const elsewhere = await refused(VERIFY_VOLUNTEER_HOURS, { personId: 'amar-hodzic', entryId: 'by-moderator' }, zenicaModerator);
    expect(elsewhere[0].extensions?.code).toBe('FORBIDDEN');
    const verified = await api.graphql(VERIFY_VOLUNTEER_HOURS, { input: { personId: 'amar-hodzic', entryId: 'by-moderator' } }, { as: dobojSecondModerator });
    expect(verified.data?.verifyVolunteerHours).toEqual({ entryId: 'by-moderator', status: 'VERIFIED' });
    const twice = await refused(REJECT_VOLUNTEER_HOURS, { personId: 'amar-hodzic', entryId: 'by-moderator', reason: 'Predomislio sam se' }, 'administrator');
    expect(twice[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'VolunteerHoursAlreadyVerified' });
  });

  it('shows each reader the entries of their scope: moderators their platforms’, officers their municipalities’', async () => {
    const seen = async (as: Caller) => (await api.graphql(ENTRIES, { first: 100 }, { as })).data?.volunteerHours.nodes.map((node: { platformId: string }) => node.platformId);
    expect(new Set(await seen(dobojModerator))).toEqual(new Set([doboj]));
    expect(new Set(await seen(zenicaModerator))).toEqual(new Set([zenica]));
    expect(new Set(await seen(dobojOfficer))).toEqual(new Set([doboj]));
    expect(new Set(await seen('donor-auditor'))).toEqual(new Set([doboj, zenica]));
    expect((await api.graphql(ENTRIES, { first: 10 }, { as: 'applicant' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sums hours by platform, municipality and month, verified and pending apart and rejected left out, adding up to the sum logged', async () => {
    const more: Entry[] = [
      { entryId: 'july-zenica', personId: 'sara-kovacevic', on: '2021-07-10', minutes: 45, platformId: zenica },
      { entryId: 'july-initiative', personId: 'sara-kovacevic', on: '2021-07-11', minutes: 200, initiativeId: 'park-u-grbavici' },
      { entryId: 'august-both', personId: 'lejla-begic', on: '2021-08-01', minutes: 75, platformId: doboj, initiativeId: 'park-u-grbavici' },
      { entryId: 'august-rejected', personId: 'lejla-begic', on: '2021-08-02', minutes: 300, platformId: zenica },
    ];
    for (const entry of more) expect((await log(entry)).errors).toBeUndefined();
    await setUp(api, REJECT_VOLUNTEER_HOURS, { personId: 'lejla-begic', entryId: 'august-rejected', reason: 'Akcija nije održana' });
    expect((await api.graphql(VERIFY_VOLUNTEER_HOURS, { input: { personId: 'sara-kovacevic', entryId: 'july-zenica' } }, { as: zenicaModerator })).errors).toBeUndefined();

    // Everything logged in this suite, read back entry by entry, against the sums.
    const all = (await api.graphql(ENTRIES, { first: 100 })).data?.volunteerHours.nodes as Array<{ status: string; time: { minutes: number } }>;
    const minutesWith = (status: string) => all.filter((entry) => entry.status === status).reduce((sum, entry) => sum + entry.time.minutes, 0);
    const verified = minutesWith('VERIFIED');
    const pending = minutesWith('LOGGED');
    expect(verified).toBe(120 + 45);
    expect(minutesWith('REJECTED')).toBe(300);

    for (const groupBy of ['PLATFORM', 'MUNICIPALITY', 'MONTH']) {
      const summary = (await api.graphql(SUMMARY, { groupBy }, { as: 'platform-member' })).data?.volunteerHoursSummary;
      const groups = summary.groups as Group[];
      expect({ groupBy, totals: summary.totals }).toMatchObject({ groupBy, totals: { verified: { minutes: verified }, pending: { minutes: pending }, total: { minutes: verified + pending }, entries: all.length - 1 } });
      expect(groups.reduce((sum, group) => sum + group.verified.minutes, 0)).toBe(verified);
      expect(groups.reduce((sum, group) => sum + group.pending.minutes, 0)).toBe(pending);
      expect(groups.every((group) => group.total.minutes === group.verified.minutes + group.pending.minutes)).toBe(true);
    }

    const byMonth = (await api.graphql(SUMMARY, { groupBy: 'MONTH' })).data?.volunteerHoursSummary.groups as Group[];
    expect(byMonth.map((group) => [group.key, group.verified.minutes, group.pending.minutes])).toEqual([
      ['2021-06', 0, 90 + 600 + 600 + 240 + 60],
      ['2021-07', 120 + 45, 200],
      ['2021-08', 0, 75],
    ]);
    const byPlatform = (await api.graphql(SUMMARY, { groupBy: 'PLATFORM' })).data?.volunteerHoursSummary.groups as Group[];
    expect(byPlatform.map((group) => [group.key, group.total.minutes])).toEqual([
      [doboj, 90 + 600 + 600 + 240 + 120 + 75],
      [zenica, 60 + 45],
      [null, 200],
    ]);
    const byMunicipality = await api.graphql(SUMMARY, { groupBy: 'MUNICIPALITY', municipalityId: 'municipality-zenica', from: '2021-07-01', to: '2021-07-31' });
    expect(byMunicipality.data?.volunteerHoursSummary).toMatchObject({
      groups: [{ key: 'municipality-zenica', label: 'Istočno Novo Sarajevo', verified: { minutes: 45, hours: '0.75' }, pending: { minutes: 0 } }],
      totals: { total: { minutes: 45 } },
    });
  });

  describe('refuses bad commands with a stable code and appends nothing', () => {
    it('hours for a platform never formed: NOT_FOUND', async () => {
      const errors = await refused(LOG_VOLUNTEER_HOURS, { personId: 'lejla-begic', on: '2021-06-05', minutes: 60, platformId: 'atlantis', activity: 'Ništa' });
      expect(errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PlatformNotFound' });
    });

    it('hours for neither a platform nor an initiative, more than a day at once, or fractions of a minute: BAD_USER_INPUT naming the field', async () => {
      const neither = await refused(LOG_VOLUNTEER_HOURS, { personId: 'lejla-begic', on: '2021-06-05', minutes: 60, activity: 'Ništa' });
      expect(neither[0].extensions?.fields?.map((field) => field.field)).toEqual(['platformId']);
      const tooLong = await refused(LOG_VOLUNTEER_HOURS, { personId: 'lejla-begic', on: '2021-06-05', minutes: 1441, platformId: doboj, activity: 'Ništa' });
      expect(tooLong[0].extensions?.fields?.map((field) => field.field)).toEqual(['minutes']);
      const fraction = await refused(LOG_VOLUNTEER_HOURS, { personId: 'lejla-begic', on: '2021-06-05', minutes: 1.5, platformId: doboj, activity: 'Ništa' });
      expect(fraction[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('hours on a day still to come: BAD_USER_INPUT', async () => {
      const errors = await refused(LOG_VOLUNTEER_HOURS, { personId: 'lejla-begic', on: '2999-01-01', minutes: 60, platformId: doboj, activity: 'Sutra' });
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    });

    it('hours logged by a moderator of another platform: FORBIDDEN', async () => {
      const errors = await refused(LOG_VOLUNTEER_HOURS, { personId: 'lejla-begic', on: '2021-06-05', minutes: 60, platformId: doboj, activity: 'Tuđa platforma' }, zenicaModerator);
      expect(errors[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('an entry nobody logged: NOT_FOUND; a rejection without a reason: BAD_USER_INPUT', async () => {
      const unknown = await refused(VERIFY_VOLUNTEER_HOURS, { personId: 'lejla-begic', entryId: 'never-logged' }, 'administrator');
      expect(unknown[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'VolunteerEntryNotFound' });
      const blank = await refused(REJECT_VOLUNTEER_HOURS, { personId: 'lejla-begic', entryId: 'first', reason: '  ' }, 'administrator');
      expect(blank[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
