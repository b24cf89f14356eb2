import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { EventStore, RecordedEvent } from '../event-store';

/** What an auditor writes down and later checks again: how many events, up to where, and their chained digest. */
export interface HistoryDigest {
  readonly events: number;
  /** Global position of the last event taken in; 0 for an empty history. */
  readonly lastPosition: number;
  /** `sha256:` and 64 hex digits. */
  readonly digest: string;
}

const GENESIS = 'makers-ledger/history/v1';

/**
 * What an event contributes to the chain: everything that says what happened, in RFC 8785 canonical JSON. The global
 * position is left out (the chain's order already fixes it), so a history copied to another store keeps its digest.
 */
const canonicalEvent = (event: RecordedEvent): string =>
  canonicalJson({ id: event.id, streamName: event.streamName, revision: event.revision, type: event.type, data: event.data ?? null, metadata: event.metadata });

/**
 * Chains every event in global order: digestₙ = SHA-256(digestₙ₋₁ ‖ canonical eventₙ). Changing, removing, inserting or
 * reordering any event changes the digest of every position after it, so a digest recorded once proves the history
 * up to that point is the one seen then. Forgetting a person erases a key outside the store and changes nothing here.
 */
export const historyDigest = async (store: EventStore, options: { upTo?: number; pageSize?: number } = {}): Promise<HistoryDigest> => {
  const pageSize = options.pageSize ?? 1000;
  let chain = createHash('sha256').update(GENESIS).digest();
  let events = 0;
  let lastPosition = 0;
  for (;;) {
    const page = await store.readAll({ after: lastPosition === 0 ? undefined : lastPosition, maxCount: pageSize });
    for (const event of page) {
      if (options.upTo !== undefined && event.position > options.upTo) return result(chain, events, lastPosition);
      chain = createHash('sha256').update(chain).update(canonicalEvent(event)).digest();
      events++;
      lastPosition = event.position;
    }
    if (page.length < pageSize) return result(chain, events, lastPosition);
  }
};

const result = (chain: Buffer, events: number, lastPosition: number): HistoryDigest => ({ events, lastPosition, digest: `sha256:${chain.toString('hex')}` });
