import type { RecordedEvent } from '@makers/event-store';

let position = 0;

/** An event as the store would record it, at the next global position. */
export const recordedEvent = (event: { type: string; data: unknown }, streamName: string, occurredAt = '2021-06-01T09:00:00.000Z'): RecordedEvent => {
  position += 1;
  return {
    id: `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: event.type,
    data: event.data,
    metadata: { actor: 'moderator@makers.ba', occurredAt, correlationId: `c-${position}`, causationId: `c-${position}`, schemaVersion: 1 },
    streamName,
    revision: 0,
    position,
  };
};
