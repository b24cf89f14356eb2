import type { ExpectedRevision } from './event-store';

/** The stream is not at the revision the writer expected: someone else wrote first. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, or `no_stream` when it does not exist. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamName} expected at ${expected}, but it is at ${actual}`);
  }
}

/** An event id was reused for a different event: not a retry, so not idempotent. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly eventId: string, readonly streamName: string) {
    super(`Event id ${eventId} is already used by another event than the one appended to ${streamName}`);
  }
}
