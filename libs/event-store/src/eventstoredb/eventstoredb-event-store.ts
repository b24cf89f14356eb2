import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START, type ReadPosition, type ReadStreamOptions as ClientReadStreamOptions } from '@eventstore/db-client';

/** System records read per step when looking for the newest application event. */
const HEAD_PAGE = 200;
import { DuplicateEventIdError } from '../errors';
import type { AppendResult, EventStore, EventToAppend, EventSubscription, ReadStreamOptions, RecordedEvent } from '../event-store';
import { toEventSubscription } from './all-subscription';
import { reportedPosition } from './append-result';
import { isStreamNotFound, toPortError } from './errors';
import { toEventData } from './event-data';
import { toClientExpectedRevision } from './expected-revision';
import { toReadPosition } from './position';
import { readAllPage } from './read-all-page';
import { toRecordedEvent } from './recorded-event';
import { assertAppendable, assertMaxCount } from './port-arguments';
import { matchStoredBatch, mayConcernStoredIds } from './stored-batch';
import { applicationEventsFilter } from './system-events';

/**
 * The event store port on EventStoreDB (20+, 22.6+ for positions on stream reads), e.g.
 * `esdb://localhost:2113?tls=false`. Revisions, expected revisions, idempotent appends by event id and catch-up
 * subscriptions are the server's own; this adapter maps shapes and makes positions exclusive where the port says so.
 */
export const openEventStoreDbEventStore = (connectionString: string): EventStore => {
  const client = EventStoreDBClient.connectionString(connectionString);
  const subscriptions = new Set<EventSubscription>();

  const readStreamEvents = async (streamName: string, options: ClientReadStreamOptions): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of client.readStream(streamName, options)) {
        const event = toRecordedEvent(resolved);
        if (event !== undefined) events.push(event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  };

  /** The global position of a stream's event, for an idempotent append the server acknowledged without one. */
  const positionOfRevision = async (streamName: string, revision: number): Promise<number> => {
    const [event] = await readStreamEvents(streamName, { direction: FORWARDS, fromRevision: BigInt(revision), maxCount: 1 });
    if (event === undefined) throw new Error(`EventStoreDB acknowledged an append to ${streamName} at revision ${revision}, but the event cannot be read`);
    return event.position;
  };

  /**
   * After a refusal that may concern ids the stream already holds (see stored-batch.ts): the original result for a
   * retry, the port's error for a reused id, or the refusal itself. An id reused from another stream goes unnoticed:
   * EventStoreDB keeps no index of event ids across streams, and writes the event.
   */
  const afterRefusal = async (streamName: string, events: readonly EventToAppend[], error: unknown): Promise<AppendResult> => {
    if (!mayConcernStoredIds(error)) throw error;
    const match = matchStoredBatch(events, await readStreamEvents(streamName, { direction: FORWARDS, fromRevision: START }));
    switch (match.kind) {
      case 'retry':
        return match.result;
      case 'reused':
        throw new DuplicateEventIdError(match.eventId, streamName);
      case 'new':
        throw toPortError(error);
      default: {
        const unknown: never = match;
        throw new TypeError(`Unknown stored batch: ${JSON.stringify(unknown)}`);
      }
    }
  };

  return {
    async appendToStream(streamName, events, { expectedRevision = 'any' } = {}): Promise<AppendResult> {
      const expected = toClientExpectedRevision(expectedRevision);
      assertAppendable(streamName, events);
      let result;
      try {
        result = await client.appendToStream(streamName, events.map(toEventData), { expectedRevision: expected });
      } catch (error) {
        return afterRefusal(streamName, events, error);
      }
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      const position = reportedPosition(result) ?? (await positionOfRevision(streamName, nextExpectedRevision));
      return { nextExpectedRevision, position };
    },

    async readStream(streamName, { direction = 'forwards', fromRevision, maxCount }: ReadStreamOptions = {}) {
      assertMaxCount(maxCount);
      if (maxCount === 0) return [];
      switch (direction) {
        case 'forwards':
          return readStreamEvents(streamName, { direction: FORWARDS, fromRevision: fromRevision === undefined ? START : BigInt(fromRevision), maxCount });
        case 'backwards':
          return readStreamEvents(streamName, { direction: BACKWARDS, fromRevision: fromRevision === undefined ? END : BigInt(fromRevision), maxCount });
        default: {
          const unknown: never = direction;
          throw new TypeError(`Unknown read direction: ${String(unknown)}`);
        }
      }
    },

    async readAll(options) {
      assertMaxCount(options.maxCount);
      return readAllPage(async (from, maxCount) => {
        const events: RecordedEvent[] = [];
        for await (const resolved of client.readAll({ direction: FORWARDS, fromPosition: toReadPosition(from), maxCount })) {
          const event = toRecordedEvent(resolved);
          if (event !== undefined) events.push(event);
        }
        return events;
      }, options);
    },

    async headPosition() {
      // The newest records of $all may be the server's own (stats, settings): walk back past them, a page at a time.
      let from: ReadPosition = END;
      for (;;) {
        let read = 0;
        let oldest: ReadPosition | undefined;
        for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_PAGE })) {
          read++;
          const event = toRecordedEvent(resolved);
          if (event !== undefined) return event.position;
          oldest = resolved.event?.position ?? oldest;
        }
        if (read < HEAD_PAGE || oldest === undefined) return 0;
        from = oldest;
      }
    },

    subscribeToAll({ after } = {}) {
      const source = client.subscribeToAll({ fromPosition: toReadPosition(after), filter: applicationEventsFilter() });
      const subscription = toEventSubscription(source, after, () => subscriptions.delete(subscription));
      subscriptions.add(subscription);
      return subscription;
    },

    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.close()));
      await client.dispose();
    },
  };
};
