import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import type { EventMetadata, EventToAppend } from '../event-store';

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
