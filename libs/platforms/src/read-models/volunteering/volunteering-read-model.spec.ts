import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { PlatformFormed } from '../../platform/platform.events';
import { platformStreamName } from '../../platform/platform.stream-name';
import type { VolunteerHoursLogged, VolunteeringEvent } from '../../volunteering/volunteering.events';
import { volunteeringStreamName } from '../../volunteering/volunteering.stream-name';
import { summariseVolunteerHours } from './volunteer-hours-summary';
import { getVolunteerEntry, listVolunteerHours } from './volunteer-hours.queries';
import { volunteerTime } from './volunteer-time';
import { volunteeringProjection } from './volunteering.projection';

const recorded = (event: VolunteeringEvent | PlatformFormed, actor = 'ivana.kovac@platforma.example'): RecordedEvent => {
  const streamName = event.type === 'PlatformFormed' ? platformStreamName(event.data.platformId) : volunteeringStreamName(event.data.personId);
  return recordedEvent(event, streamName, { actor, occurredAt: '2021-07-01T09:00:00.000Z' });
};

const formed = (platformId: string, name: string, municipalities: Array<[string, string]>): PlatformFormed => ({
  type: 'PlatformFormed',
  data: {
    platformId,
    name,
    municipalities: municipalities.map(([municipalityId, municipalityName]) => ({ municipalityId, name: municipalityName, entity: 'FBIH' })),
    interMunicipal: municipalities.length > 1,
    interEntity: false,
    quorum: { kind: 'majority' },
  },
});
const sarajevo = formed('novo-sarajevo-istocno-novo-sarajevo', 'Platforma Novo Sarajevo – Istočno Novo Sarajevo', [
  ['novo-sarajevo', 'Novo Sarajevo'],
  ['istocno-novo-sarajevo', 'Istočno Novo Sarajevo'],
]);
const doboj = formed('doboj', 'Platforma Doboj', [['doboj', 'Doboj']]);

const logged = (entryId: string, personId: string, on: string, minutes: number, platformId: string | null, initiativeId: string | null = null): VolunteerHoursLogged => ({
  type: 'VolunteerHoursLogged',
  data: { entryId, personId, on, minutes, platformId, initiativeId, activity: 'Čišćenje obale Miljacke', loggedBy: 'amra.hadzic@undp.example' },
});
const verified = (entryId: string, personId: string): VolunteeringEvent => ({ type: 'VolunteerHoursVerified', data: { entryId, personId, verifiedBy: 'ivana.kovac@platforma.example' } });
const rejected = (entryId: string, personId: string): VolunteeringEvent => ({
  type: 'VolunteerHoursRejected',
  data: { entryId, personId, rejectedBy: 'ivana.kovac@platforma.example', reason: 'Nije održano' },
});

describeOnDatabases('the volunteer hours read model', (database) => {

  const project = async (...events: Array<VolunteeringEvent | PlatformFormed>) => {
    for (const event of events) await database.db.transaction().execute((trx) => volunteeringProjection.apply(trx, recorded(event)));
  };

  beforeEach(async () => {
    await volunteeringProjection.setup(database.db);
    await project(
      sarajevo,
      doboj,
      logged('e1', 'lejla-begic', '2021-06-05', 90, sarajevo.data.platformId),
      logged('e2', 'lejla-begic', '2021-06-20', 45, doboj.data.platformId),
      logged('e3', 'marko-jovanovic', '2021-07-02', 120, sarajevo.data.platformId),
      logged('e4', 'marko-jovanovic', '2021-07-03', 30, null, 'park-u-grbavici'),
      logged('e5', 'amar-hodzic', '2021-07-04', 600, doboj.data.platformId),
      verified('e1', 'lejla-begic'),
      verified('e3', 'marko-jovanovic'),
      rejected('e5', 'amar-hodzic'),
    );
  });

  it('shows an entry with its day, time, platform, status and who reviewed it', async () => {
    expect(await getVolunteerEntry(database.db, 'lejla-begic', 'e1')).toEqual({
      personId: 'lejla-begic',
      entryId: 'e1',
      on: '2021-06-05',
      time: { minutes: 90, hours: '1.50' },
      platformId: 'novo-sarajevo-istocno-novo-sarajevo',
      platformName: 'Platforma Novo Sarajevo – Istočno Novo Sarajevo',
      initiativeId: null,
      activity: 'Čišćenje obale Miljacke',
      status: 'verified',
      loggedBy: 'amra.hadzic@undp.example',
      loggedAt: '2021-07-01T09:00:00.000Z',
      reviewedBy: 'ivana.kovac@platforma.example',
      reviewedAt: '2021-07-01T09:00:00.000Z',
      rejectionReason: null,
    });
    expect(await getVolunteerEntry(database.db, 'amar-hodzic', 'e5')).toMatchObject({ status: 'rejected', rejectionReason: 'Nije održano' });
  });

  it('lists entries by day, filtered by person, platform, status and dates, a page at a time', async () => {
    const first = await listVolunteerHours(database.db, { first: 2 });
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true, nodes: [{ entryId: 'e1' }, { entryId: 'e2' }] });
    const rest = await listVolunteerHours(database.db, { first: 10, after: first.endCursor });
    expect(rest.nodes.map((node) => node.entryId)).toEqual(['e3', 'e4', 'e5']);
    expect((await listVolunteerHours(database.db, { first: 10, personId: 'marko-jovanovic' })).nodes.map((node) => node.entryId)).toEqual(['e3', 'e4']);
    expect((await listVolunteerHours(database.db, { first: 10, platformId: 'doboj' })).totalCount).toBe(2);
    expect((await listVolunteerHours(database.db, { first: 10, status: 'logged' })).nodes.map((node) => node.entryId)).toEqual(['e2', 'e4']);
    expect((await listVolunteerHours(database.db, { first: 10, from: '2021-06-20', to: '2021-07-03' })).nodes.map((node) => node.entryId)).toEqual(['e2', 'e3', 'e4']);
  });

  it('shows a moderator only their platforms’ entries, and a municipal officer those of their municipalities’ platforms', async () => {
    const moderator = await listVolunteerHours(database.db, { first: 10, visibleTo: { platformIds: ['doboj'], municipalityIds: [] } });
    expect(moderator.nodes.map((node) => node.entryId)).toEqual(['e2', 'e5']);
    const officer = await listVolunteerHours(database.db, { first: 10, visibleTo: { platformIds: [], municipalityIds: ['istocno-novo-sarajevo'] } });
    expect(officer.nodes.map((node) => node.entryId)).toEqual(['e1', 'e3']);
    expect((await listVolunteerHours(database.db, { first: 10, visibleTo: { platformIds: [], municipalityIds: [] } })).totalCount).toBe(0);
  });

  it('sums verified and pending time apart by platform, leaving rejected hours out; the groups add up to the total', async () => {
    const summary = await summariseVolunteerHours(database.db, { groupBy: 'platform' });
    expect(summary.groups).toEqual([
      { key: 'doboj', label: 'Platforma Doboj', verified: volunteerTime(0), pending: volunteerTime(45), total: volunteerTime(45), entries: 1 },
      { key: 'novo-sarajevo-istocno-novo-sarajevo', label: 'Platforma Novo Sarajevo – Istočno Novo Sarajevo', verified: volunteerTime(210), pending: volunteerTime(0), total: volunteerTime(210), entries: 2 },
      { key: null, label: null, verified: volunteerTime(0), pending: volunteerTime(30), total: volunteerTime(30), entries: 1 },
    ]);
    expect(summary.totals).toEqual({ verified: volunteerTime(210), pending: volunteerTime(75), total: volunteerTime(285), entries: 4 });
  });

  it('sums by month', async () => {
    const summary = await summariseVolunteerHours(database.db, { groupBy: 'month' });
    expect(summary.groups.map(({ key, verified: v, pending: p }) => [key, v.minutes, p.minutes])).toEqual([
      ['2021-06', 90, 45],
      ['2021-07', 120, 30],
    ]);
  });

  it('sums by municipality through the platforms’ municipalities: an inter-municipal platform counts for each', async () => {
    const summary = await summariseVolunteerHours(database.db, { groupBy: 'municipality' });
    expect(summary.groups.map(({ key, label, total }) => [key, label, total.minutes])).toEqual([
      ['doboj', 'Doboj', 45],
      ['istocno-novo-sarajevo', 'Istočno Novo Sarajevo', 210],
      ['novo-sarajevo', 'Novo Sarajevo', 210],
      [null, null, 30],
    ]);
    const one = await summariseVolunteerHours(database.db, { groupBy: 'municipality', municipalityId: 'novo-sarajevo' });
    expect(one.groups.map(({ key, total }) => [key, total.minutes])).toEqual([['novo-sarajevo', 210]]);
    expect(one.totals.total.minutes).toBe(210);
  });

  it('filters the sums by dates and platform', async () => {
    const summary = await summariseVolunteerHours(database.db, { groupBy: 'month', from: '2021-06-10', to: '2021-07-31', platformId: 'novo-sarajevo-istocno-novo-sarajevo' });
    expect(summary.groups.map(({ key, total }) => [key, total.minutes])).toEqual([['2021-07', 120]]);
  });

  it('answers hours in exact decimal text, never a float', () => {
    expect([1, 20, 50, 59, 60, 90, 1440, 100_000_001].map((minutes) => volunteerTime(minutes).hours)).toEqual(['0.02', '0.33', '0.83', '0.98', '1.00', '1.50', '24.00', '1666666.68']);
  });

  it('leaves the same rows when an event is applied twice', async () => {
    const again = recorded(verified('e1', 'lejla-begic'));
    await database.db.transaction().execute((trx) => volunteeringProjection.apply(trx, again));
    await project(sarajevo);
    expect((await summariseVolunteerHours(database.db, { groupBy: 'platform' })).totals.total.minutes).toBe(285);
  });

  it('refuses a cursor of another list and an unknown grouping', async () => {
    await expect(listVolunteerHours(database.db, { first: 5, after: 'nope' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    await expect(summariseVolunteerHours(database.db, { groupBy: 'year' as never })).rejects.toMatchObject({ field: 'groupBy' });
  });
});
