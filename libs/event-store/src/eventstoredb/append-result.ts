import type { AppendResult as ClientAppendResult } from '@eventstore/db-client';

/**
 * The global position the server reported for an append, or undefined when it reported none: an idempotent
 * re-append (same event ids) is acknowledged without a position (or, on some versions, with -1), because nothing
 * was written. The caller then looks the position up from the stream.
 */
export const reportedPosition = (result: ClientAppendResult): number | undefined =>
  result.position !== undefined && result.position.commit >= 0n ? Number(result.position.commit) : undefined;
