import type { ReadAllOptions, RecordedEvent } from '../event-store';
import { isAfterCheckpoint } from './position';
import { isSystemEvent } from './system-events';

/** Reads up to `maxCount` events of $all forwards from `from` (inclusive; START when undefined). */
export type ReadAllBatch = (from: number | undefined, maxCount: number) => Promise<RecordedEvent[]>;

/**
 * Bounds on one read of $all. The client's readAll has no filter (6.2.1), so system events come back too and are
 * dropped here; the floor keeps a small page from crawling through them one round trip at a time, the ceiling keeps
 * one read's memory bounded however large the caller's page (an unbounded readAll can exhaust the client's memory).
 */
export const MIN_BATCH = 100;
export const MAX_BATCH = 1000;

/**
 * One page of the port's readAll: up to `maxCount` application events strictly after `after`, in global order.
 * Reads batch after batch until the page is full or a short batch shows the end of the log, so a stretch of system
 * events never ends a page early (a short page would tell the caller it has caught up).
 */
export const readAllPage = async (readBatch: ReadAllBatch, { after, maxCount }: ReadAllOptions): Promise<RecordedEvent[]> => {
  const page: RecordedEvent[] = [];
  let from = after;
  while (page.length < maxCount) {
    // One more than still needed: the read includes the event at `from`, which is dropped.
    const size = Math.min(Math.max(maxCount - page.length + 1, MIN_BATCH), MAX_BATCH);
    const batch = await readBatch(from, size);
    for (const event of batch) {
      if (isAfterCheckpoint(event.position, from) && !isSystemEvent(event)) page.push(event);
    }
    const last = batch.at(-1);
    if (batch.length < size || last === undefined || !isAfterCheckpoint(last.position, from)) break;
    from = last.position;
  }
  return page.slice(0, maxCount);
};
