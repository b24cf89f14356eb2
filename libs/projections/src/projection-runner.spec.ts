import { testEvent, testEvents, uniqueStreamName } from '@makers/event-store/testing';
import type { EventStore } from '@makers/event-store';
import { CHECKPOINT_TABLE, readCheckpoint } from './checkpoints';
import { InProcessLeases } from './projection-leases';
import { ProjectionRunner, ReadModelsBehind, type ProjectionRunnerOptions } from './projection-runner';
import { rebuildProjection } from './rebuild-projection';
import { COUNTED, eventCountsProjection, IGNORED, readApplications, readStreamCounts } from './spec-support/event-counts.projection';
import { eventually } from './spec-support/eventually';
import { RecordingLogger } from './spec-support/recording-logger';
import { TestEventStores } from './spec-support/test-event-stores';
import { describeOnDatabases } from './testing';

const appendCounted = async (store: EventStore, stream: string, count: number) => store.appendToStream(stream, testEvents(count, COUNTED));

describeOnDatabases('projection runner', (database) => {
  const stores = new TestEventStores(database);
  let store: EventStore;
  let logger: RecordingLogger;
  const runners: ProjectionRunner[] = [];
  const runner = (options: Partial<ProjectionRunnerOptions> & Pick<ProjectionRunnerOptions, 'projections'>): ProjectionRunner => {
    const created = new ProjectionRunner({
      store,
      database,
      logger,
      batchSize: 50,
      leaseRetryMs: 50,
      retryDelayMs: 20,
      maxRetryDelayMs: 100,
      pollIntervalMs: 20,
      ...options,
    });
    runners.push(created);
    return created;
  };

  beforeEach(() => {
    store = stores.open();
    logger = new RecordingLogger();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((started) => started.stop()));
    await stores.closeAll();
  });

  it('applies every event it reads once, in global order, skipping other types while moving its checkpoint', async () => {
    const projection = eventCountsProjection();
    await appendCounted(store, 'platforms-platform-a', 120);
    const started = runner({ projections: [projection] });
    await started.start();
    await appendCounted(store, 'platforms-platform-b', 7);
    await store.appendToStream('platforms-platform-a', [testEvent(IGNORED, {})]);
    const last = await appendCounted(store, 'platforms-platform-c', 3);

    await started.waitForPosition(last.position);

    const applications = await readApplications(database.db);
    expect(applications).toHaveLength(130);
    expect(applications.every((row) => row.applications === 1)).toBe(true);
    const positions = applications.map((row) => row.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await readStreamCounts(database.db)).toEqual([
      { stream_name: 'platforms-platform-a', events: 120, last_position: expect.any(Number) },
      { stream_name: 'platforms-platform-b', events: 7, last_position: expect.any(Number) },
      { stream_name: 'platforms-platform-c', events: 3, last_position: last.position },
    ]);
    expect((await readCheckpoint(database.db, projection.name))?.position).toBe(last.position);
  });

  it('commits a batch and its checkpoint together: an apply failing mid-batch leaves neither rows nor a moved checkpoint', async () => {
    const stream = uniqueStreamName('calls-call');
    await appendCounted(store, stream, 10);
    const failing = eventCountsProjection({ failOn: (event) => event.position === 8 });
    const crashed = runner({ projections: [failing], batchSize: 100 });
    await crashed.start();

    await eventually(() => expect(logger.errors.some((line) => line.includes(`${COUNTED} at position 8`))).toBe(true));
    expect(crashed.status()[0].state).toBe('retrying');
    expect(await readApplications(database.db)).toEqual([]);
    expect((await readCheckpoint(database.db, failing.name))?.position).toBe(-1);
    await crashed.stop();

    const restarted = runner({ projections: [eventCountsProjection()] });
    await restarted.start();
    await restarted.waitForPosition(10);
    const applications = await readApplications(database.db);
    expect(applications.map((row) => row.applications)).toEqual(Array(10).fill(1));
  });

  it('resumes after the last committed checkpoint when restarted', async () => {
    const stream = uniqueStreamName('calls-call');
    const first = await appendCounted(store, stream, 5);
    const before = runner({ projections: [eventCountsProjection()] });
    await before.start();
    await before.waitForPosition(first.position);
    await before.stop();

    const second = await appendCounted(store, stream, 5);
    const after = runner({ projections: [eventCountsProjection()] });
    await after.start();
    await after.waitForPosition(second.position);

    expect((await readApplications(database.db)).map((row) => row.applications)).toEqual(Array(10).fill(1));
    expect(await readStreamCounts(database.db)).toEqual([{ stream_name: stream, events: 10, last_position: second.position }]);
  });

  it('retries a poison batch until it applies, never skipping it', async () => {
    let refusals = 0;
    const flaky = eventCountsProjection({ failOn: (event) => event.position === 3 && ++refusals <= 3 });
    const last = await appendCounted(store, uniqueStreamName('cofinancing-tranche'), 6);
    const started = runner({ projections: [flaky] });
    await started.start();

    await started.waitForPosition(last.position);

    expect(refusals).toBe(4);
    expect(logger.errors.filter((line) => line.includes('at position 3'))).toHaveLength(3);
    expect((await readApplications(database.db)).map((row) => row.applications)).toEqual(Array(6).fill(1));
  });

  it('rebuilds from zero into the same rows as the live projection, reporting progress', async () => {
    const projection = eventCountsProjection();
    const started = runner({ projections: [projection] });
    await started.start();
    for (const stream of ['a', 'b', 'c', 'd']) await appendCounted(store, `platforms-platform-${stream}`, 40);
    const last = await store.appendToStream('platforms-platform-a', [testEvent(IGNORED, {})]);
    await started.waitForPosition(last.position);
    const live = await readStreamCounts(database.db);

    const progress: Array<{ position: number; eventsApplied: number }> = [];
    const rebuilt = await started.rebuild(projection.name, (step) => progress.push(step));

    expect(rebuilt).toEqual({ position: last.position, eventsApplied: 160 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toEqual(rebuilt);
    expect(projection.teardowns).toBe(1);
    expect(await readStreamCounts(database.db)).toEqual(live);
    expect((await readApplications(database.db)).every((row) => row.applications === 1)).toBe(true);

    // ...and it keeps following the store afterwards.
    const more = await appendCounted(store, 'platforms-platform-e', 2);
    await started.waitForPosition(more.position);
    expect(await readStreamCounts(database.db)).toContainEqual({ stream_name: 'platforms-platform-e', events: 2, last_position: more.position });
  });

  it('rebuilds with rebuildProjection alone (as the CLI does) into the same rows', async () => {
    const projection = eventCountsProjection();
    const started = runner({ projections: [projection] });
    await started.start();
    const last = await appendCounted(store, uniqueStreamName('calls-proposal'), 30);
    await started.waitForPosition(last.position);
    const live = await readStreamCounts(database.db);
    await started.stop();

    const progress = await rebuildProjection({ store: store, database: database, projection, batchSize: 7 });

    expect(progress).toEqual({ position: last.position, eventsApplied: 30 });
    expect(await readStreamCounts(database.db)).toEqual(live);
  });

  it('rebuilds a projection whose version was bumped, and leaves one with a newer stored version alone', async () => {
    const last = await appendCounted(store, uniqueStreamName('calls-call'), 12);
    const v1 = runner({ projections: [eventCountsProjection({ version: 1 })] });
    await v1.start();
    await v1.waitForPosition(last.position);
    await v1.stop();

    const v2Projection = eventCountsProjection({ version: 2 });
    const v2 = runner({ projections: [v2Projection] });
    await v2.start();
    await v2.waitForPosition(last.position);
    expect(v2Projection.teardowns).toBe(1);
    expect(await readCheckpoint(database.db, 'event_counts')).toMatchObject({ version: 2, position: last.position });
    expect((await readApplications(database.db)).map((row) => row.applications)).toEqual(Array(12).fill(1));
    await v2.stop();

    const older = eventCountsProjection({ version: 1 });
    const stale = runner({ projections: [older] });
    await stale.start();
    expect(stale.status()[0].state).toBe('superseded');
    expect(older.teardowns).toBe(0);
    expect(await readCheckpoint(database.db, 'event_counts')).toMatchObject({ version: 2 });
  });

  it('waits for a position in the stored checkpoints, and gives up naming the projections behind', async () => {
    const started = runner({ projections: [eventCountsProjection(), eventCountsProjection({ name: 'other_counts' })] });
    await started.start();
    const waiting = started.waitForPosition(3, 2_000);
    const appended = await appendCounted(store, uniqueStreamName('platforms-meeting'), 3);
    expect(appended.position).toBe(3);
    await expect(waiting).resolves.toBeUndefined();

    await expect(started.waitForPosition(1_000, 150)).rejects.toThrow(ReadModelsBehind);
    await expect(started.waitForPosition(1_000, 150)).rejects.toThrow(/event_counts at 3, other_counts at 3/);
  });

  it('applies each event once even when two runners both believe they hold the lease (compare-and-set checkpoint)', async () => {
    const projectionA = eventCountsProjection();
    const projectionB = eventCountsProjection();
    const a = runner({ projections: [projectionA], leases: new InProcessLeases(), batchSize: 5 });
    // A second connection to one SQLite file in one process would deadlock (better-sqlite3 waits synchronously for the
    // lock the first holds across awaits): on SQLite the two runners share one database, as one process does.
    const b = runner({
      projections: [projectionB],
      store: stores.open(),
      database: database.dialect === 'postgres' ? database.connect() : database,
      leases: new InProcessLeases(),
      batchSize: 5,
    });
    await Promise.all([a.start(), b.start()]);
    let last = 0;
    for (let round = 0; round < 20; round += 1) last = (await appendCounted(store, `stream-${round % 3}`, 5)).position;

    await Promise.all([a.waitForPosition(last), b.waitForPosition(last)]);

    const applications = await readApplications(database.db);
    expect(applications).toHaveLength(100);
    expect(applications.filter((row) => row.applications !== 1)).toEqual([]);
    const counts = await readStreamCounts(database.db);
    expect(counts.map((row) => row.events)).toEqual([35, 35, 30]);
  });

  it('keeps its checkpoints in one table, one row per projection', async () => {
    const started = runner({ projections: [eventCountsProjection(), eventCountsProjection({ name: 'other_counts', version: 3 })] });
    await started.start();
    const rows = await database.db.selectFrom(CHECKPOINT_TABLE).select(['name', 'version', 'position']).orderBy('name').execute();
    expect(rows).toEqual([
      { name: 'event_counts', version: 1, position: -1 },
      { name: 'other_counts', version: 3, position: -1 },
    ]);
  });
});
