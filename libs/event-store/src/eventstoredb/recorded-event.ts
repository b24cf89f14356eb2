import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../event-store';

/**
 * A position the port can use, or undefined. Servers before 22.6 send stream reads' positions as 2^64 - 1 (the
 * index they read from does not hold them), and an acknowledgement without a write reports -1; both mean "unknown".
 * Real positions are byte offsets in the log and stay below 2^53.
 */
export const knownPosition = (position: bigint | undefined): number | undefined =>
  position !== undefined && position >= 0n && position <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(position) : undefined;

/**
 * The port's event for one the client read, or undefined for a link whose target is gone (links only appear in
 * system streams here: the adapter never resolves them).
 *
 * Data and metadata are the JSON this adapter wrote; an event written by another tool as binary keeps its bytes.
 */
export const toRecordedEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined => {
  const { event } = resolved;
  if (event === undefined) return undefined;
  // Reads of $all carry the position on both; stream reads only on the event, from server 22.6 on.
  const position = knownPosition(event.position?.commit) ?? knownPosition(resolved.commitPosition);
  if (position === undefined) {
    throw new Error(`EventStoreDB reported no position for event ${event.id} in ${event.streamId}: the adapter needs server 22.6 or later`);
  }
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
    streamName: event.streamId,
    revision: Number(event.revision),
    position,
  };
};
