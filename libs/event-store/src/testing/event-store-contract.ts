import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { EventStore, EventSubscription, ExpectedRevision, RecordedEvent } from '../event-store';
import { testEvent, testEvents, testMetadata, uniqueStreamName } from './test-events';

export interface OpenedEventStore {
  readonly store: EventStore;
  /** Closes the store and removes what the suite created where that is possible (a temporary file). */
  dispose(): Promise<void>;
}

export interface EventStoreContractOptions {
  /** Set when the adapter cannot run here (no server): the suite is then listed as skipped, with the reason. */
  readonly skipReason?: string;
  /** A second, independent writer on the same store (another connection), for the race test; else the store races itself. */
  readonly openSecondWriter?: () => Promise<EventStore>;
}

/**
 * The behaviour every adapter of the event store port must show. Stream names are unique per test and readAll and
 * subscription tests look only at their own streams, so the suite also runs against a shared server with other events.
 */
export const eventStoreContract = (
  adapterName: string,
  open: () => Promise<OpenedEventStore>,
  options: EventStoreContractOptions = {},
): void => {
  const title = `${adapterName} adapter contract`;
  const skipReason = options.skipReason;
  if (skipReason === undefined) {
    describe(title, () => contract(open, options));
    return;
  }
  // Jest prints nothing of a file whose tests are all skipped: the to-do keeps the title, and so the reason, in the output.
  describe(`${title} (skipped: ${skipReason})`, () => {
    it.todo(`run the contract where the adapter is reachable (${skipReason})`);
    describe.skip('contract', () => contract(open, options));
  });
};

/** Long enough for a remote server; the embedded store needs a fraction of it. */
const SLOW_TEST_MS = 30_000;

const contract = (open: () => Promise<OpenedEventStore>, options: EventStoreContractOptions): void => {
  let opened: OpenedEventStore | undefined;
  const store = (): EventStore => {
    if (!opened) throw new Error('The store under test did not open');
    return opened.store;
  };

  beforeAll(async () => {
    opened = await open();
  }, SLOW_TEST_MS);
  afterAll(async () => {
    await opened?.dispose();
  }, SLOW_TEST_MS);

  /** A valid global position to read or subscribe after: that of a marker event appended now. */
  const checkpointNow = async () => (await store().appendToStream(uniqueStreamName('marker'), testEvents(1, 'MarkerPlaced'))).position;
  const revisionsOf = async (streamName: string) => (await store().readStream(streamName)).map((event) => event.revision);

  describe('revisions', () => {
    it('numbers a stream from revision 0 and acknowledges the revision to expect next', async () => {
      const streamName = uniqueStreamName();
      const first = await store().appendToStream(streamName, testEvents(2), { expectedRevision: 'no_stream' });
      const second = await store().appendToStream(streamName, testEvents(1, 'CounterIncremented', 2), { expectedRevision: 1 });

      expect(first.nextExpectedRevision).toBe(1);
      expect(second.nextExpectedRevision).toBe(2);
      const events = await store().readStream(streamName);
      expect(events.map((event) => [event.revision, event.data])).toEqual([
        [0, { n: 0 }],
        [1, { n: 1 }],
        [2, { n: 2 }],
      ]);
      expect(events.every((event) => event.streamName === streamName)).toBe(true);
      expect(first.position).toBe(events[1].position);
      expect(second.position).toBe(events[2].position);
      expect(events[0].position).toBeLessThan(events[1].position);
      expect(events[1].position).toBeLessThan(events[2].position);
    });

    it('returns an empty list for a stream that does not exist', async () => {
      await expect(store().readStream(uniqueStreamName())).resolves.toEqual([]);
      await expect(store().readStream(uniqueStreamName(), { direction: 'backwards', maxCount: 5 })).resolves.toEqual([]);
    });
  });

  describe('expected revision', () => {
    /** A stream with two events: revision 1 is its last. */
    const streamAtRevision1 = async () => {
      const streamName = uniqueStreamName();
      await store().appendToStream(streamName, testEvents(2));
      return streamName;
    };

    it('any: appends to a new stream and to an existing one, and is the default', async () => {
      const streamName = uniqueStreamName();
      await store().appendToStream(streamName, testEvents(1), { expectedRevision: 'any' });
      await store().appendToStream(streamName, testEvents(1), { expectedRevision: 'any' });
      const third = await store().appendToStream(streamName, testEvents(1));
      expect(third.nextExpectedRevision).toBe(2);
      expect(await revisionsOf(streamName)).toEqual([0, 1, 2]);
    });

    it('no_stream: creates the stream', async () => {
      const streamName = uniqueStreamName();
      await expect(store().appendToStream(streamName, testEvents(1), { expectedRevision: 'no_stream' })).resolves.toMatchObject({
        nextExpectedRevision: 0,
      });
    });

    it('no_stream: refuses an existing stream, reporting its last revision, and writes nothing', async () => {
      const streamName = await streamAtRevision1();
      await expectWrongExpectedVersion(store().appendToStream(streamName, testEvents(1), { expectedRevision: 'no_stream' }), {
        streamName,
        expected: 'no_stream',
        actual: 1,
      });
      expect(await revisionsOf(streamName)).toEqual([0, 1]);
    });

    it('stream_exists: appends to an existing stream', async () => {
      const streamName = await streamAtRevision1();
      await expect(store().appendToStream(streamName, testEvents(1), { expectedRevision: 'stream_exists' })).resolves.toMatchObject({
        nextExpectedRevision: 2,
      });
    });

    it('stream_exists: refuses a missing stream, reporting no_stream, and creates nothing', async () => {
      const streamName = uniqueStreamName();
      await expectWrongExpectedVersion(store().appendToStream(streamName, testEvents(1), { expectedRevision: 'stream_exists' }), {
        streamName,
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      expect(await store().readStream(streamName)).toEqual([]);
    });

    it('an exact revision: appends when it is the last revision', async () => {
      const streamName = await streamAtRevision1();
      await expect(store().appendToStream(streamName, testEvents(2), { expectedRevision: 1 })).resolves.toMatchObject({
        nextExpectedRevision: 3,
      });
      expect(await revisionsOf(streamName)).toEqual([0, 1, 2, 3]);
    });

    it.each([
      ['behind the stream', 0],
      ['ahead of the stream', 5],
    ])('an exact revision: refuses one %s, reporting the actual revision, and writes nothing', async (_, expected) => {
      const streamName = await streamAtRevision1();
      await expectWrongExpectedVersion(store().appendToStream(streamName, testEvents(1), { expectedRevision: expected }), {
        streamName,
        expected,
        actual: 1,
      });
      expect(await revisionsOf(streamName)).toEqual([0, 1]);
    });

    it('an exact revision: refuses a missing stream, reporting no_stream', async () => {
      const streamName = uniqueStreamName();
      await expectWrongExpectedVersion(store().appendToStream(streamName, testEvents(1), { expectedRevision: 0 }), {
        streamName,
        expected: 0,
        actual: 'no_stream',
      });
      expect(await store().readStream(streamName)).toEqual([]);
    });
  });

  describe('idempotent appends by event id', () => {
    it('acknowledges a retried batch with the original result and writes nothing', async () => {
      const streamName = uniqueStreamName();
      const batch = testEvents(2);
      const checkpoint = await checkpointNow();
      const original = await store().appendToStream(streamName, batch, { expectedRevision: 'no_stream' });

      await expect(store().appendToStream(streamName, batch, { expectedRevision: 'no_stream' })).resolves.toEqual(original);
      await expect(store().appendToStream(streamName, batch, { expectedRevision: 'any' })).resolves.toEqual(original);

      expect(await revisionsOf(streamName)).toEqual([0, 1]);
      const page = await store().readAll({ after: checkpoint, maxCount: 100 });
      expect(page.filter((event) => event.streamName === streamName)).toHaveLength(2);
    });

    it('acknowledges a retry of a later batch sent with the revision the original expected', async () => {
      const streamName = uniqueStreamName();
      await store().appendToStream(streamName, testEvents(2), { expectedRevision: 'no_stream' });
      const batch = testEvents(2, 'CounterIncremented', 2);
      const original = await store().appendToStream(streamName, batch, { expectedRevision: 1 });

      await expect(store().appendToStream(streamName, batch, { expectedRevision: 1 })).resolves.toEqual(original);
      expect(await revisionsOf(streamName)).toEqual([0, 1, 2, 3]);
    });

    it('refuses an id already used by an event of another stream, and writes nothing', async () => {
      const [used] = testEvents(1);
      await store().appendToStream(uniqueStreamName(), [used]);
      const otherStream = uniqueStreamName();

      await expectDuplicateEventId(store().appendToStream(otherStream, [testEvent('SomethingElseHappened', { n: 1 }), { ...used }]), used.id);
      expect(await store().readStream(otherStream)).toEqual([]);
    });

    it('refuses a batch that repeats only some of the ids it stored, and writes nothing', async () => {
      const streamName = uniqueStreamName();
      const batch = testEvents(2);
      await store().appendToStream(streamName, batch);

      await expectDuplicateEventId(store().appendToStream(streamName, [batch[0], testEvent('CounterIncremented', { n: 9 })]), batch[0].id);
      expect(await revisionsOf(streamName)).toEqual([0, 1]);
    });
  });

  describe('concurrent writers', () => {
    it.each<[string, ExpectedRevision]>([
      ['a new stream', 'no_stream'],
      ['an existing stream', 0],
    ])(
      'of two writers racing to append to %s with the same expected revision, exactly one wins',
      async (_, expectedRevision) => {
        const secondWriter = options.openSecondWriter ? await options.openSecondWriter() : store();
        try {
          for (let round = 0; round < 5; round++) {
            const streamName = uniqueStreamName();
            if (expectedRevision !== 'no_stream') await store().appendToStream(streamName, testEvents(1));
            const [a, b] = [testEvent('WriterA', { round }), testEvent('WriterB', { round })];

            const outcomes = await Promise.allSettled([
              store().appendToStream(streamName, [a], { expectedRevision }),
              secondWriter.appendToStream(streamName, [b], { expectedRevision }),
            ]);

            const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
            const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
            expect(won).toHaveLength(1);
            expect(lost).toHaveLength(1);
            expect(lost[0]).toBeInstanceOf(WrongExpectedVersionError);
            const newRevision = expectedRevision === 'no_stream' ? 0 : 1;
            expect(lost[0]).toMatchObject({ streamName, expected: expectedRevision, actual: newRevision });
            const winner = outcomes[0].status === 'fulfilled' ? a : b;
            const events = await store().readStream(streamName);
            expect(events.map((event) => event.id)).toEqual(expectedRevision === 'no_stream' ? [winner.id] : [events[0].id, winner.id]);
          }
        } finally {
          if (secondWriter !== store()) await secondWriter.close();
        }
      },
      SLOW_TEST_MS,
    );
  });

  describe('reading a stream', () => {
    /** Ten events, revisions 0 to 9, data `{ n }` equal to the revision. */
    const tenEventStream = async () => {
      const streamName = uniqueStreamName();
      await store().appendToStream(streamName, testEvents(4));
      await store().appendToStream(streamName, testEvents(6, 'CounterIncremented', 4));
      return streamName;
    };

    it('reads forwards from a revision (inclusive), at most maxCount events', async () => {
      const streamName = await tenEventStream();
      const events = await store().readStream(streamName, { fromRevision: 3, maxCount: 4 });
      expect(events.map((event) => event.revision)).toEqual([3, 4, 5, 6]);
      expect(events.map((event) => event.data)).toEqual([{ n: 3 }, { n: 4 }, { n: 5 }, { n: 6 }]);
      expect(await store().readStream(streamName, { fromRevision: 10 })).toEqual([]);
    });

    it('reads backwards from the end, at most maxCount events', async () => {
      const streamName = await tenEventStream();
      const events = await store().readStream(streamName, { direction: 'backwards', maxCount: 3 });
      expect(events.map((event) => event.revision)).toEqual([9, 8, 7]);
    });

    it('reads backwards from a revision (inclusive)', async () => {
      const streamName = await tenEventStream();
      expect((await store().readStream(streamName, { direction: 'backwards', fromRevision: 5, maxCount: 3 })).map((e) => e.revision)).toEqual([
        5, 4, 3,
      ]);
      expect((await store().readStream(streamName, { direction: 'backwards', fromRevision: 1 })).map((e) => e.revision)).toEqual([1, 0]);
    });
  });

  describe('reading all events', () => {
    it('pages through every event after a position once, in increasing position', async () => {
      const checkpoint = await checkpointNow();
      const streams = [uniqueStreamName(), uniqueStreamName(), uniqueStreamName()];
      const appended: string[] = [];
      let lastPosition = checkpoint;
      for (let round = 0; round < 5; round++) {
        for (const streamName of streams) {
          const batch = testEvents(1 + ((round + streams.indexOf(streamName)) % 3));
          lastPosition = (await store().appendToStream(streamName, batch)).position;
          appended.push(...batch.map((event) => event.id));
        }
      }

      const seen: RecordedEvent[] = [];
      let after = checkpoint;
      while (after < lastPosition) {
        const page = await store().readAll({ after, maxCount: 4 });
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(4);
        seen.push(...page);
        after = page[page.length - 1].position;
      }

      expect(isStrictlyIncreasing(seen.map((event) => event.position))).toBe(true);
      expect(seen[0].position).toBeGreaterThan(checkpoint);
      expect(seen.filter((event) => streams.includes(event.streamName)).map((event) => event.id)).toEqual(appended);
    });

    it('tells the position of the newest event', async () => {
      const { position } = await store().appendToStream(uniqueStreamName(), testEvents(2));
      // On a shared server someone else may have appended since: the head is at least ours.
      expect(await store().headPosition()).toBeGreaterThanOrEqual(position);
      const later = await store().appendToStream(uniqueStreamName(), testEvents(1));
      expect(await store().headPosition()).toBeGreaterThanOrEqual(later.position);
      expect(later.position).toBeGreaterThan(position);
    });

    it('reads from the beginning when no position is given', async () => {
      await store().appendToStream(uniqueStreamName(), testEvents(3));
      const page = await store().readAll({ maxCount: 3 });
      expect(page).toHaveLength(3);
      expect(isStrictlyIncreasing(page.map((event) => event.position))).toBe(true);
      const next = await store().readAll({ after: page[0].position, maxCount: 1 });
      expect(next[0].id).toBe(page[1].id);
    });
  });

  describe('subscribing to all events', () => {
    it(
      'delivers exactly the events after the checkpoint, in order, including those appended while it catches up',
      async () => {
        const [before, during] = [uniqueStreamName('before'), uniqueStreamName('during')];
        const streams = [uniqueStreamName(), uniqueStreamName()];
        const checkpoint = (await store().appendToStream(before, testEvents(3))).position;
        // More than a page or two of history, so the subscription catches up in several reads.
        const expected: string[] = [];
        for (let batch = 0; batch < 12; batch++) {
          const events = testEvents(100, 'CounterIncremented', batch * 100);
          await store().appendToStream(streams[batch % 2], events);
          expected.push(...events.map((event) => event.id));
        }

        const subscription = store().subscribeToAll({ after: checkpoint });
        const appendWhileCatchingUp = async () => {
          for (let n = 0; n < 50; n++) {
            const event = testEvent('AppendedWhileCatchingUp', { n });
            expected.push(event.id);
            await store().appendToStream(during, [event]);
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
          const last = testEvent('LastOne', {});
          expected.push(last.id);
          await store().appendToStream(during, [last]);
          return last.id;
        };
        const [lastId, delivered] = await Promise.all([appendWhileCatchingUp(), collectUntil(subscription, streams.concat(during), 1251)]);

        expect(delivered.map((event) => event.id)).toEqual(expected);
        expect(delivered[delivered.length - 1].id).toBe(lastId);
        expect(isStrictlyIncreasing(delivered.map((event) => event.position))).toBe(true);
        expect(delivered.every((event) => event.position > checkpoint)).toBe(true);
      },
      SLOW_TEST_MS,
    );

    it(
      'delivers an event appended after it has caught up',
      async () => {
        const streamName = uniqueStreamName();
        const checkpoint = (await store().appendToStream(streamName, testEvents(1))).position;
        const subscription = store().subscribeToAll({ after: checkpoint });
        const waiting = collectUntil(subscription, [streamName], 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const [late] = testEvents(1, 'ArrivedLate');
        await store().appendToStream(streamName, [late]);

        const [delivered] = await waiting;
        expect(delivered).toMatchObject({ id: late.id, streamName, revision: 1, type: 'ArrivedLate' });
      },
      SLOW_TEST_MS,
    );

    it('ends a pending next() promptly when closed', async () => {
      const subscription = store().subscribeToAll({ after: await checkpointNow() });
      const iterator = subscription[Symbol.asyncIterator]();
      const pending = iterator.next();
      await subscription.close();

      // On a shared server another writer's event may have arrived first; after it, the iteration ends.
      const first = await pending;
      if (!first.done) await expect(iterator.next()).resolves.toMatchObject({ done: true });
      await expect(iterator.next()).resolves.toMatchObject({ done: true });
    });
  });

  describe('payloads', () => {
    const names = ['Источно Ново Сарајево', 'Istočno Novo Sarajevo', 'Brčko', 'Doboj Istok', 'Ðurđevdan, Šćepan, Žepče'];

    it('keeps Cyrillic and diacritics byte for byte, without normalising them', async () => {
      const streamName = uniqueStreamName();
      // The same name composed (NFC) and decomposed (NFD): a store that normalises would make them equal.
      const decomposed = 'Brčko'.normalize('NFD');
      const data = { municipalities: names, decomposed, byName: { 'Источно Ново Сарајево': 'RS', Brčko: 'Brčko District' } };
      const checkpoint = await checkpointNow();
      await store().appendToStream(streamName, [testEvent('MunicipalitiesListed', data)]);

      const [fromStream] = await store().readStream(streamName);
      const fromAll = (await store().readAll({ after: checkpoint, maxCount: 50 })).find((event) => event.streamName === streamName);
      for (const read of [fromStream.data, fromAll?.data]) {
        expect(read).toEqual(data);
        const readData = read as typeof data;
        expect(readData.municipalities.map(utf8Hex)).toEqual(names.map(utf8Hex));
        expect(utf8Hex(readData.decomposed)).toBe(utf8Hex(decomposed));
        expect(readData.decomposed).not.toBe('Brčko');
      }
    });

    it('keeps metadata, type and id as appended, in stream reads, global reads and subscriptions', async () => {
      const streamName = uniqueStreamName();
      const metadata = testMetadata({ actor: 'user:Đorđe Šarić', occurredAt: '2026-06-01T12:00:00.000Z', schemaVersion: 2 });
      const event = testEvent('PlatformFormed', { municipality: 'Istočno Novo Sarajevo', members: 12, founded: null }, metadata);
      const checkpoint = await checkpointNow();
      const { position } = await store().appendToStream(streamName, [event]);

      const expected = { ...event, streamName, revision: 0, position };
      const subscription = store().subscribeToAll({ after: checkpoint });
      const [fromSubscription] = await collectUntil(subscription, [streamName], 1);
      expect((await store().readStream(streamName))[0]).toEqual(expected);
      const fromAll = (await store().readAll({ after: checkpoint, maxCount: 50 })).find((read) => read.id === event.id);
      expect(fromAll).toEqual(expected);
      expect(fromSubscription).toEqual(expected);
    });
  });
};

const expectWrongExpectedVersion = async (
  append: Promise<unknown>,
  expected: { streamName: string; expected: ExpectedRevision; actual: number | 'no_stream' },
) => {
  const error = await append.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect(error).toMatchObject(expected);
};

const expectDuplicateEventId = async (append: Promise<unknown>, eventId: string) => {
  const error = await append.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DuplicateEventIdError);
  expect(error).toMatchObject({ eventId });
};

/** Consumes the subscription until `count` events of the given streams arrived, then closes it. */
const collectUntil = async (subscription: EventSubscription, streamNames: readonly string[], count: number): Promise<RecordedEvent[]> => {
  const collected: RecordedEvent[] = [];
  const positions: number[] = [];
  try {
    for await (const event of subscription) {
      positions.push(event.position);
      if (streamNames.includes(event.streamName)) collected.push(event);
      if (collected.length >= count) break;
    }
  } finally {
    await subscription.close();
  }
  expect(isStrictlyIncreasing(positions)).toBe(true);
  return collected;
};

const isStrictlyIncreasing = (values: readonly number[]) => values.every((value, index) => index === 0 || values[index - 1] < value);

const utf8Hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');
