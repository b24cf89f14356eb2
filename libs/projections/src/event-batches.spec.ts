import type { EventSubscription, RecordedEvent } from '@makers/event-store';
import { EventBatches } from './event-batches';

const event = (position: number): RecordedEvent => ({
  id: `event-${position}`,
  type: 'CounterIncremented',
  data: {},
  metadata: { actor: 'test', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
  streamName: 'stream',
  revision: position - 1,
  position,
});

/** A subscription fed by hand: `push` makes events available, as an append would. */
const manualSubscription = () => {
  const ready: RecordedEvent[] = [];
  let waiting: ((result: IteratorResult<RecordedEvent>) => void) | undefined;
  let closed = false;
  const subscription: EventSubscription = {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        new Promise<IteratorResult<RecordedEvent>>((resolve) => {
          if (ready.length > 0) resolve({ done: false, value: ready.shift()! });
          else if (closed) resolve({ done: true, value: undefined });
          else waiting = resolve;
        }),
    }),
    close: async () => {
      closed = true;
      waiting?.({ done: true, value: undefined });
    },
  };
  const push = (...events: RecordedEvent[]): void => {
    for (const next of events) {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ done: false, value: next });
      } else ready.push(next);
    }
  };
  return { subscription, push };
};

describe('event batches', () => {
  it('fills batches up to their size from what the subscription has ready', async () => {
    const { subscription, push } = manualSubscription();
    push(...[1, 2, 3, 4, 5, 6, 7].map(event));
    const batches = new EventBatches(subscription, 3);
    expect((await batches.next())?.map((e) => e.position)).toEqual([1, 2, 3]);
    expect((await batches.next())?.map((e) => e.position)).toEqual([4, 5, 6]);
    expect((await batches.next())?.map((e) => e.position)).toEqual([7]);
  });

  it('hands over a new event at once when caught up, without waiting to fill the batch', async () => {
    const { subscription, push } = manualSubscription();
    const batches = new EventBatches(subscription, 100);
    const next = batches.next();
    setTimeout(() => push(event(1)), 5);
    expect((await next)?.map((e) => e.position)).toEqual([1]);
    setTimeout(() => push(event(2), event(3)), 5);
    // The next() left waiting when the first batch closed is not lost: it brings 2, and 3 is ready beside it.
    expect((await batches.next())?.map((e) => e.position)).toEqual([2, 3]);
  });

  it('ends when the subscription closes', async () => {
    const { subscription } = manualSubscription();
    const batches = new EventBatches(subscription, 10);
    const next = batches.next();
    await subscription.close();
    expect(await next).toBeUndefined();
  });
});
