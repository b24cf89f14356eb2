import { InvalidTransactionError, UnknownError, WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import type { AppendResult, EventToAppend, RecordedEvent } from '../event-store';

/**
 * The server acknowledges a retry only when it is sent with an expected revision it can match; the port acknowledges
 * one whatever the expected revision. And a batch that repeats only some stored ids ("corrupted idempotency") comes
 * back as an invalid transaction, as an unrecognised error (the client's batch append knows no detail type for it),
 * or as a wrong expected version. After these failures, and only then, the adapter reads the stream to tell which.
 */
export const mayConcernStoredIds = (error: unknown): boolean =>
  error instanceof ClientWrongExpectedVersionError || error instanceof InvalidTransactionError || error instanceof UnknownError;

/** How a refused batch relates to what its stream holds. */
export type StoredBatch =
  /** Every id stored, in order, at contiguous revisions: a retry, acknowledged with the original result. */
  | { readonly kind: 'retry'; readonly result: AppendResult }
  /** Some id stored, but not as this batch: a reused id. */
  | { readonly kind: 'reused'; readonly eventId: string }
  /** None stored: the failure stands. */
  | { readonly kind: 'new' };

export const matchStoredBatch = (batch: readonly EventToAppend[], stored: readonly RecordedEvent[]): StoredBatch => {
  const byId = new Map(stored.map((event) => [event.id, event]));
  const found = batch.map((event) => byId.get(event.id));
  const first = found[0];
  const last = found[found.length - 1];
  if (first !== undefined && last !== undefined && found.every((event, index) => event?.revision === first.revision + index)) {
    return { kind: 'retry', result: { nextExpectedRevision: last.revision, position: last.position } };
  }
  const reused = batch.find((_, index) => found[index] !== undefined);
  return reused === undefined ? { kind: 'new' } : { kind: 'reused', eventId: reused.id };
};
