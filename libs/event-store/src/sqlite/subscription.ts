import type { EventSubscription, RecordedEvent } from '../event-store';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

export interface PollingSubscriptionOptions {
  /** Reads the next page of events after a global position (synchronous: better-sqlite3 is). */
  readonly readPage: (after: number) => RecordedEvent[];
  /** Exclusive checkpoint. */
  readonly after: number;
  readonly pollIntervalMs: number;
  /** Starts listening for in-process appends; returns how to stop. */
  readonly listenForAppends: (wake: () => void) => () => void;
  readonly onClose: () => void;
}

/**
 * A catch-up subscription over the events table: it reads a page only when the consumer has used up the previous one
 * (backpressure), and when caught up it sleeps until an in-process append wakes it or the poll interval passes
 * (appends by other processes). Positions are assigned inside serialised write transactions, so a later commit never
 * carries a lower position: reading "after the last position seen" cannot skip an event.
 *
 * Breaking out of `for await` ends the subscription, as `close()` does.
 */
export class PollingSubscription implements EventSubscription, AsyncIterator<RecordedEvent, undefined> {
  private page: RecordedEvent[] = [];
  private nextInPage = 0;
  private after: number;
  private closed = false;
  /** Set while a `next()` sleeps; calling it ends the sleep. */
  private wakeSleeper: (() => void) | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  /** `next()` calls take turns, so concurrent callers still get each event once, in order. */
  private turn: Promise<unknown> = Promise.resolve();
  private readonly stopListening: () => void;

  constructor(private readonly options: PollingSubscriptionOptions) {
    this.after = options.after;
    this.stopListening = options.listenForAppends(() => this.wake());
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent, undefined> {
    return this;
  }

  next(): Promise<IteratorResult<RecordedEvent, undefined>> {
    const result = this.turn.then(() => this.advance());
    this.turn = result.catch(() => undefined);
    return result;
  }

  async return(): Promise<IteratorResult<RecordedEvent, undefined>> {
    await this.close();
    return DONE;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    this.wake();
    this.page = [];
    this.options.onClose();
  }

  private async advance(): Promise<IteratorResult<RecordedEvent, undefined>> {
    for (;;) {
      if (this.closed) return DONE;
      if (this.nextInPage < this.page.length) return { done: false, value: this.page[this.nextInPage++] };
      this.page = this.options.readPage(this.after);
      this.nextInPage = 0;
      if (this.page.length > 0) this.after = this.page[this.page.length - 1].position;
      // Reading and starting to sleep happen in one synchronous step, so an append in between cannot be missed.
      else await this.sleepUntilAppendOrPoll();
    }
  }

  private sleepUntilAppendOrPoll(): Promise<void> {
    return new Promise((resolve) => {
      this.wakeSleeper = resolve;
      this.pollTimer = setTimeout(() => this.wake(), this.options.pollIntervalMs);
    });
  }

  private wake(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    const wakeSleeper = this.wakeSleeper;
    this.wakeSleeper = undefined;
    wakeSleeper?.();
  }
}
