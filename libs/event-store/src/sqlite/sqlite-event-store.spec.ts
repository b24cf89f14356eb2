import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { EventStore, RecordedEvent } from '../event-store';
import { eventStoreContract, testEvent, testEvents, uniqueStreamName } from '../testing';
import { openSqliteEventStore } from './index';
import { forkAppendWorker } from './testing/fork-append-worker';

/** A fresh directory per use, removed by the returned function. */
const temporaryDirectory = () => {
  const directory = mkdtempSync(join(tmpdir(), 'makers-event-store-'));
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
};

let contractFile = '';
eventStoreContract(
  'SQLite',
  async () => {
    const { directory, remove } = temporaryDirectory();
    contractFile = join(directory, 'events.sqlite');
    const store = openSqliteEventStore({ path: contractFile });
    return {
      store,
      dispose: async () => {
        await store.close();
        remove();
      },
    };
  },
  { openSecondWriter: async () => openSqliteEventStore({ path: contractFile }) },
);

/** Every event in the file, paging through readAll. */
const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (let page = await store.readAll({ maxCount: 1000 }); page.length > 0; page = await store.readAll({ after: events[events.length - 1].position, maxCount: 1000 })) {
    events.push(...page);
  }
  return events;
};

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('SQLite event store', () => {
  let directory: string;
  let removeDirectory: () => void;
  let path: string;
  const opened: EventStore[] = [];
  const open = (options: { pollIntervalMs?: number } = {}) => {
    const store = openSqliteEventStore({ path, ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    ({ directory, remove: removeDirectory } = temporaryDirectory());
    path = join(directory, 'nested', 'dir', 'events.sqlite');
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    removeDirectory();
  });

  it('puts the head at 0 while the store is empty, then at the newest event', async () => {
    const store = open();
    expect(await store.headPosition()).toBe(0);
    const { position } = await store.appendToStream('programme-programme-1', testEvents(3));
    expect(await store.headPosition()).toBe(position);
    await store.close();
  });

  it('creates the directory and the schema, and keeps events across reopening', async () => {
    const first = open();
    await first.appendToStream('programme-programme-1', testEvents(2));
    await first.close();

    const reopened = open();
    expect((await reopened.readStream('programme-programme-1')).map((event) => event.revision)).toEqual([0, 1]);
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  describe('appends by two processes to one file at once', () => {
    it(
      'interleave without losing, duplicating or reordering any event',
      async () => {
        open(); // creates the file and schema before the workers race on it
        const sharedStream = 'calls-call-shared';
        const appends = 150;
        const workers = ['a', 'b'].map((worker) =>
          forkAppendWorker({ path, worker, appends, sharedStream, ownStream: `calls-call-${worker}` }),
        );
        await Promise.all(workers.map((worker) => worker.ready));
        workers.forEach((worker) => worker.go());
        const [eventsByA, eventsByB] = await Promise.all(workers.map((worker) => worker.done));

        const events = await readEverything(open());
        expect(events.map((event) => event.position)).toEqual(range(1, eventsByA + eventsByB));
        expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
        for (const worker of ['a', 'b']) {
          const written = events.filter((event) => (event.data as { worker: string }).worker === worker);
          const bySeq = written.map((event) => event.data as { seq: number; index: number });
          // Each of its events once, in the order it appended them.
          expect(bySeq).toEqual(range(0, appends).flatMap((seq) => range(0, 1 + (seq % 3)).map((index) => ({ worker, seq, index }))));
        }
        const streams = new Map<string, number[]>();
        for (const event of events) streams.set(event.streamName, [...(streams.get(event.streamName) ?? []), event.revision]);
        expect([...streams.keys()].sort()).toEqual(['calls-call-a', 'calls-call-b', sharedStream]);
        for (const revisions of streams.values()) expect(revisions).toEqual(range(0, revisions.length));
        // The shared stream really interleaves both writers (else this test proved little).
        const sharedWriters = events.filter((event) => event.streamName === sharedStream).map((event) => (event.data as { worker: string }).worker);
        expect(sharedWriters.some((worker, index) => index > 0 && worker !== sharedWriters[index - 1])).toBe(true);
      },
      60_000,
    );
  });

  describe('subscriptions', () => {
    it(
      'see events appended by another process, by polling',
      async () => {
        const subscriber = open({ pollIntervalMs: 20 });
        const subscription = subscriber.subscribeToAll();
        const worker = forkAppendWorker({ path, worker: 'w', appends: 30, sharedStream: 'shared', ownStream: 'own' });
        await worker.ready;
        worker.go();
        const appended = await worker.done;

        const delivered: RecordedEvent[] = [];
        for await (const event of subscription) {
          delivered.push(event);
          if (delivered.length === appended) break;
        }
        expect(delivered.map((event) => event.position)).toEqual(range(1, appended));
      },
      60_000,
    );

    it('are woken at once by an append through another store instance of this process, without waiting for a poll', async () => {
      const subscriber = open({ pollIntervalMs: 60_000 });
      const writer = open({ pollIntervalMs: 60_000 });
      const subscription = subscriber.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      const pending = iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 20));

      const started = Date.now();
      const [event] = testEvents(1);
      await writer.appendToStream(uniqueStreamName(), [event]);
      await expect(pending).resolves.toMatchObject({ done: false, value: { id: event.id, position: 1 } });
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('start at the first event when no checkpoint is given', async () => {
      const store = open();
      await store.appendToStream('a', testEvents(3));
      const subscription = store.subscribeToAll();
      const positions: number[] = [];
      for await (const event of subscription) {
        positions.push(event.position);
        if (positions.length === 3) break;
      }
      expect(positions).toEqual([1, 2, 3]);
    });

    it('end when their store is closed', async () => {
      const store = openSqliteEventStore({ path });
      const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
      const pending = iterator.next();
      await store.close();
      await expect(pending).resolves.toEqual({ done: true, value: undefined });
    });
  });

  describe('positions', () => {
    it('are never handed out twice, even after failed appends', async () => {
      const store = open();
      const streamName = 'cofinancing-agreement-1';
      const stored = testEvents(2);
      await store.appendToStream(streamName, stored);

      await expect(store.appendToStream(streamName, testEvents(2), { expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(store.appendToStream('other', [testEvent('New', {}), stored[1]])).rejects.toBeInstanceOf(DuplicateEventIdError);
      const twice = testEvent('Twice', {});
      await expect(store.appendToStream('other', [twice, twice])).rejects.toBeInstanceOf(DuplicateEventIdError);
      await expect(store.appendToStream('other', [testEvent('Unserialisable', { amount: 10n })])).rejects.toThrow(TypeError);
      await expect(store.appendToStream('other', [])).rejects.toThrow(RangeError);

      const next = await store.appendToStream(streamName, testEvents(1), { expectedRevision: 1 });
      expect(next).toEqual({ nextExpectedRevision: 2, position: 3 });
      expect((await readEverything(store)).map((event) => [event.streamName, event.position])).toEqual([
        [streamName, 1],
        [streamName, 2],
        [streamName, 3],
      ]);
    });

    it('are not reused even if the last event were deleted behind the store\'s back', async () => {
      const store = open();
      await store.appendToStream('a', testEvents(3));
      const raw = new Database(path);
      try {
        expect(() => raw.prepare('UPDATE events SET data = ? WHERE position = 3').run('{}')).toThrow(/append-only/);
        expect(() => raw.prepare('DELETE FROM events WHERE position = 3').run()).toThrow(/append-only/);
        raw.exec('DROP TRIGGER events_are_not_deleted; DELETE FROM events WHERE position = 3;');
      } finally {
        raw.close();
      }

      await expect(store.appendToStream('b', testEvents(1))).resolves.toEqual({ nextExpectedRevision: 0, position: 4 });
    });
  });
});
