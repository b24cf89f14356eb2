import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import type { EventMetadata, EventToAppend, RecordedEvent } from '../event-store';

/** A stream name no other test (or other run against a shared server) uses. */
export const uniqueStreamName = (prefix = 'contract'): string => `${prefix}-${uuidv4()}`;

export const testMetadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  actor: 'user:amra.hodzic',
  occurredAt: '2026-03-14T09:30:00.000Z',
  correlationId: uuidv4(),
  causationId: uuidv4(),
  schemaVersion: 1,
  ...overrides,
});

/** A made-up event with a fresh UUIDv7 id, as the application makes them. */
export const testEvent = <Data>(type: string, data: Data, metadata: EventMetadata = testMetadata()): EventToAppend<string, Data> => ({
  id: uuidv7(),
  type,
  data,
  metadata,
});

/** `count` numbered events, `{ n }` from `from`. */
export const testEvents = (count: number, type = 'CounterIncremented', from = 0): EventToAppend<string, { n: number }>[] =>
  Array.from({ length: count }, (_, index) => testEvent(type, { n: from + index }));

let lastPosition = 0;

/**
 * An event as the store would have recorded it, at the next global position (across the test file), for feeding a
 * projection without a store. Its ids and correlation are numbered by position, so a failure names which one.
 */
export const recordedEvent = (event: { readonly type: string; readonly data: unknown }, streamName: string, metadata: Pick<EventMetadata, 'actor' | 'occurredAt'>): RecordedEvent => {
  const position = (lastPosition += 1);
  return {
    id: `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: event.type,
    data: event.data,
    metadata: { ...metadata, correlationId: `c-${position}`, causationId: `c-${position}`, schemaVersion: 1 },
    streamName,
    revision: 0,
    position,
  };
};
