import type { AppendResult as ClientAppendResult } from '@eventstore/db-client';
import { knownPosition } from './recorded-event';

/**
 * The global position the server reported for an append: that of its last event (each event's commit position is
 * its own prepare position, see position.ts). Undefined when it reported none: an idempotent re-append (same event
 * ids) is acknowledged without a position, or with -1, because nothing was written; the caller then reads it from
 * the stream.
 */
export const reportedPosition = (result: ClientAppendResult): number | undefined => knownPosition(result.position?.commit);
