import type { EventSubscription, RecordedEvent } from '@makers/event-store';

const NOT_READY = Symbol('not ready');

/** Resolves after whatever is already resolvable has run: events a subscription holds in memory arrive before it. */
const afterPendingWork = (): Promise<typeof NOT_READY> => new Promise((resolve) => setImmediate(() => resolve(NOT_READY)));

/**
 * Groups a subscription's events into batches without ever waiting to fill one: a batch is the next event (waited for)
 * and then whatever the subscription can hand over at once, up to `batchSize`. Catching up, batches are full; caught up,
 * a new event goes out alone, at once.
 */
export class EventBatches {
  private readonly iterator: AsyncIterator<RecordedEvent>;
  /** A `next()` asked for while forming the previous batch that was not ready then; its event belongs to the next batch. */
  private pending: Promise<IteratorResult<RecordedEvent>> | undefined;

  constructor(
    subscription: EventSubscription,
    private readonly batchSize: number,
  ) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  /** The next batch, never empty; `undefined` once the subscription has ended. */
  async next(): Promise<RecordedEvent[] | undefined> {
    const first = await this.takePending();
    if (first.done) return undefined;
    const batch = [first.value];
    while (batch.length < this.batchSize) {
      const next = this.iterator.next();
      const result = await Promise.race([next, afterPendingWork()]);
      if (result === NOT_READY || result.done) {
        next.catch(() => undefined); // awaited by the next call; this only keeps a failure from being reported as unhandled
        this.pending = next;
        break;
      }
      batch.push(result.value);
    }
    return batch;
  }

  private takePending(): Promise<IteratorResult<RecordedEvent>> {
    const pending = this.pending ?? this.iterator.next();
    this.pending = undefined;
    return pending;
  }
}
