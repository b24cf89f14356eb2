import { Client } from 'pg';
import { testEvents } from '@makers/event-store/testing';
import type { EventStore } from '@makers/event-store';
import { AdvisoryLockLeases, advisoryLockKey } from './projection-leases';
import type { DedicatedConnection } from './read-model-database';
import { ProjectionRunner } from './projection-runner';
import { COUNTED, eventCountsProjection, readApplications, readStreamCounts } from './spec-support/event-counts.projection';
import { eventually } from './spec-support/eventually';
import { RecordingLogger } from './spec-support/recording-logger';
import { TestEventStores } from './spec-support/test-event-stores';
import { describeOnDatabases, TEST_DATABASE_URL } from './testing';

jest.setTimeout(20_000);

/**
 * A dedicated connection that, like pg's client, must run one query at a time (pg 8 warns when a second starts before
 * the first answers; pg 9 refuses it): it records the most queries it ever had in flight.
 */
const oneQueryAtATimeConnection = () => {
  let inFlight = 0;
  const seen = { mostInFlight: 0, queries: [] as string[] };
  const connection: DedicatedConnection = {
    query: async <Row>(text: string) => {
      inFlight += 1;
      seen.mostInFlight = Math.max(seen.mostInFlight, inFlight);
      seen.queries.push(text);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return [{ acquired: true }] as Row[];
    },
    onLost: () => undefined,
    close: async () => undefined,
  };
  return { connection, seen };
};

describe('advisory-lock leases', () => {
  it('sends one query at a time on their dedicated connection, however many projections ask at once', async () => {
    const { connection, seen } = oneQueryAtATimeConnection();
    const leases = new AdvisoryLockLeases(async () => connection);
    const names = ['event_counts', 'second_counts', 'third_counts', 'fourth_counts'];

    expect(await Promise.all(names.map((name) => leases.tryAcquire(name)))).toEqual([true, true, true, true]);
    await Promise.all(names.map((name) => leases.release(name)));

    expect(seen.queries).toHaveLength(8);
    expect(seen.mostInFlight).toBe(1);
  });

  it('keeps serving after a query fails', async () => {
    const { connection, seen } = oneQueryAtATimeConnection();
    const query = connection.query;
    let failures = 1;
    connection.query = async <Row>(text: string, values?: readonly unknown[]) => {
      if (failures-- > 0) throw new Error('connection reset');
      return query<Row>(text, values);
    };
    const leases = new AdvisoryLockLeases(async () => connection);

    const [first, second] = await Promise.allSettled([leases.tryAcquire('event_counts'), leases.tryAcquire('second_counts')]);

    expect(first).toMatchObject({ status: 'rejected' });
    expect(second).toEqual({ status: 'fulfilled', value: true });
    expect(seen.mostInFlight).toBe(1);
  });
});

/** Two API instances sharing one PostgreSQL read-model database (one schema) and one event store. */
describeOnDatabases('projection leases', (database) => {
  const stores = new TestEventStores(database);
  let store: EventStore;
  const runners: ProjectionRunner[] = [];
  const instance = (eventStore: EventStore, connection = database.connect()): ProjectionRunner => {
    const runner = new ProjectionRunner({
      store: eventStore,
      database: connection,
      projections: [eventCountsProjection(), eventCountsProjection({ name: 'second_counts' })],
      logger: new RecordingLogger(),
      batchSize: 10,
      leaseRetryMs: 50,
      retryDelayMs: 20,
      pollIntervalMs: 20,
    });
    runners.push(runner);
    return runner;
  };
  const appendRounds = async (rounds: number): Promise<number> => {
    let last = 0;
    for (let round = 0; round < rounds; round += 1) last = (await store.appendToStream(`calls-proposal-${round % 4}`, testEvents(3, COUNTED))).position;
    return last;
  };
  const expectEachEventAppliedOnce = async (count: number): Promise<void> => {
    for (const name of ['event_counts', 'second_counts']) {
      const applications = await readApplications(database.db, name);
      expect(applications).toHaveLength(count);
      expect(applications.filter((row) => row.applications !== 1)).toEqual([]);
    }
  };

  beforeEach(() => {
    store = stores.open();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await stores.closeAll();
  });

  it('sends one query at a time on a runner’s lease connection, as pg 9 will require', async () => {
    const inFlight = new Map<Client, number>();
    let mostInFlight = 0;
    const query = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const running = (inFlight.get(this) ?? 0) + 1;
      inFlight.set(this, running);
      mostInFlight = Math.max(mostInFlight, running);
      const result = (query as (...args: unknown[]) => Promise<unknown>).apply(this, args);
      return result.finally(() => inFlight.set(this, (inFlight.get(this) ?? 1) - 1)) as any;
    });
    try {
      const leases = AdvisoryLockLeases.for(database.connect());
      const names = ['event_counts', 'second_counts', 'third_counts', 'fourth_counts'];
      expect(await Promise.all(names.map((name) => leases.tryAcquire(name)))).toEqual([true, true, true, true]);
      await Promise.all(names.map((name) => leases.release(name)));
      await leases.close();
    } finally {
      spy.mockRestore();
    }
    expect(mostInFlight).toBe(1);
  });

  it('runs each projection in one runner only, applies each event exactly once, and hands over when the holder stops', async () => {
    const first = instance(store);
    await first.start();
    const second = instance(stores.open());
    await second.start();
    expect(first.status().map((status) => status.state)).toEqual(['running', 'running']);
    expect(second.status().map((status) => status.state)).toEqual(['standby', 'standby']);

    const appending = appendRounds(40);
    const last = await appending;
    await Promise.all([first.waitForPosition(last), second.waitForPosition(last)]);
    await expectEachEventAppliedOnce(120);

    await first.stop();
    await eventually(() => expect(second.status().map((status) => status.state)).toEqual(['running', 'running']));
    const more = await appendRounds(10);
    await second.waitForPosition(more);
    await expectEachEventAppliedOnce(150);
    expect((await readStreamCounts(database.db)).reduce((sum, row) => sum + row.events, 0)).toBe(150);
  });

  it('splits the events of a run that changes hands mid-stream between the runners without applying any twice', async () => {
    const first = instance(store);
    const second = instance(stores.open());
    await Promise.all([first.start(), second.start()]);
    const appending = appendRounds(60);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const holder = first.status()[0].state === 'running' ? first : second;
    const other = holder === first ? second : first;
    await holder.stop();
    const last = await appending;
    await other.waitForPosition(last);
    await expectEachEventAppliedOnce(180);
  });

  it('lets another runner take over when the holder loses its session (the server ends it)', async () => {
    const first = instance(store);
    await first.start();
    const second = instance(stores.open());
    await second.start();
    const before = await appendRounds(5);
    await first.waitForPosition(before);

    await terminateLockHolder('event_counts');

    await eventually(() => expect(second.status()[0].state).toBe('running'));
    await eventually(() => expect(first.status()[0].state).toBe('standby'));
    const after = await appendRounds(5);
    await second.waitForPosition(after);
    await expectEachEventAppliedOnce(30);
  });
}, { dialects: ['postgres'] });

/** Ends the PostgreSQL session holding a projection's advisory lock, as a crashed instance's would end. */
const terminateLockHolder = async (projectionName: string): Promise<void> => {
  const key = BigInt.asUintN(64, BigInt(advisoryLockKey(projectionName)));
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select pg_terminate_backend(pid) as terminated from pg_locks
        where locktype = 'advisory' and granted and objsubid = 1 and classid = $1::oid and objid = $2::oid`,
      [(key >> 32n).toString(), (key & 0xffffffffn).toString()],
    );
    expect(rows).toEqual([{ terminated: true }]);
  } finally {
    await client.end();
  }
};
