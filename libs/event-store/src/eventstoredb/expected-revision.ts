import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '../event-store';

/**
 * Older servers report revisions through gRPC metadata in the legacy TCP API's numbering, where these negative
 * numbers stand for the named expectations; the client passes them through as bigints.
 */
const LEGACY_NO_STREAM = -1n;
const LEGACY_ANY = -2n;
const LEGACY_STREAM_EXISTS = -4n;

export const toClientExpectedRevision = (expected: ExpectedRevision): AppendExpectedRevision => {
  if (typeof expected === 'number') {
    // A negative revision would reach the server as one of the legacy codes above and mean something else entirely.
    if (!(Number.isSafeInteger(expected) && expected >= 0)) {
      throw new RangeError(`An expected revision is a whole number from 0, got ${expected}`);
    }
    return BigInt(expected);
  }
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default: {
      const unknown: never = expected;
      throw new TypeError(`Unknown expected revision: ${String(unknown)}`);
    }
  }
};

export const fromClientExpectedRevision = (expected: AppendExpectedRevision): ExpectedRevision => {
  if (typeof expected === 'bigint') {
    switch (expected) {
      case LEGACY_NO_STREAM:
        return 'no_stream';
      case LEGACY_ANY:
        return 'any';
      case LEGACY_STREAM_EXISTS:
        return 'stream_exists';
      default:
        return Number(expected);
    }
  }
  switch (expected) {
    case ANY:
      return 'any';
    case NO_STREAM:
      return 'no_stream';
    case STREAM_EXISTS:
      return 'stream_exists';
    default: {
      const unknown: never = expected;
      throw new TypeError(`Unknown expected revision: ${String(unknown)}`);
    }
  }
};

/** The stream's actual last revision as the port reports it: a revision, or `no_stream`. */
export const fromClientCurrentRevision = (current: CurrentRevision): number | 'no_stream' => {
  if (typeof current === 'bigint') return current < 0n ? 'no_stream' : Number(current);
  switch (current) {
    case NO_STREAM:
      return 'no_stream';
    default: {
      const unknown: never = current;
      throw new TypeError(`Unknown current revision: ${String(unknown)}`);
    }
  }
};
