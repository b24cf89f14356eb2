import { DuplicateEventIdError } from '../errors';
import type { EventToAppend } from '../event-store';

/**
 * Refused before the server sees them, as the SQLite adapter refuses them: EventStoreDB would acknowledge an empty
 * batch without a position, and would store two events of one batch under the same id.
 */
export const assertAppendable = (streamName: string, events: readonly EventToAppend[]): void => {
  if (events.length === 0) throw new RangeError(`Nothing to append to ${streamName}: the batch is empty`);
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new DuplicateEventIdError(id, streamName);
    seen.add(id);
  }
};

/** A page size is a whole number from 0: checked here, as the SQLite adapter checks it, rather than sent on. */
export const assertMaxCount = (maxCount: number | undefined): void => {
  if (maxCount !== undefined && !(Number.isSafeInteger(maxCount) && maxCount >= 0)) {
    throw new RangeError(`maxCount is a whole number from 0, got ${maxCount}`);
  }
};
