import { WrongExpectedVersionError } from '../errors';
import type { ExpectedRevision } from '../event-store';

/** A stream's last revision, or `no_stream` when it has no events. */
export type ActualRevision = number | 'no_stream';

const isSatisfied = (expected: ExpectedRevision, actual: ActualRevision): boolean => {
  if (typeof expected === 'number') return actual === expected;
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 'no_stream';
    case 'stream_exists':
      return actual !== 'no_stream';
    default: {
      const unknown: never = expected;
      throw new TypeError(`Unknown expected revision: ${String(unknown)}`);
    }
  }
};

export const assertExpectedRevision = (streamName: string, expected: ExpectedRevision, actual: ActualRevision): void => {
  if (!isSatisfied(expected, actual)) throw new WrongExpectedVersionError(streamName, expected, actual);
};

/** Caught before any SQL runs, so a typo (a negative or fractional revision) is not reported as a concurrency conflict. */
export const validateExpectedRevision = (expected: ExpectedRevision): void => {
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`An expected revision is a whole number from 0, got ${expected}`);
  }
};
