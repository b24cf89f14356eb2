import { ANY, InvalidTransactionError, UnknownError, WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import type { EventToAppend, RecordedEvent } from '../event-store';

/**
 * A batch that repeats some of a stream's stored ids but is not a whole retry ("corrupted idempotency") is refused
 * as an invalid transaction, which the client reports as such, as an unrecognised error (its batch append knows no
 * detail type for it), or, expecting `any`, as a wrong expected version no real conflict could cause. These are
 * the failures worth reading the stream for, to tell a reused id from other trouble.
 */
export const mayBeReusedEventId = (error: unknown): boolean =>
  error instanceof InvalidTransactionError ||
  error instanceof UnknownError ||
  (error instanceof ClientWrongExpectedVersionError && error.expectedVersion === ANY);

/** The first id of the batch that the stream already holds, if any. */
export const findReusedEventId = (batch: readonly EventToAppend[], stored: readonly RecordedEvent[]): string | undefined => {
  const storedIds = new Set(stored.map((event) => event.id));
  return batch.find((event) => storedIds.has(event.id))?.id;
};
