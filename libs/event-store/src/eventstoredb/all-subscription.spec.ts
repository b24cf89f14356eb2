import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import { PassThrough } from 'node:stream';
import type { RecordedEvent } from '../event-store';
import { toEventSubscription, type ClientAllSubscription } from './all-subscription';
import { resolvedEvent } from './resolved-event.fixture';

/** Stands in for the client's AllStreamSubscription: a Readable of resolved events that can be unsubscribed. */
const fakeClientSubscription = () => {
  const stream = new PassThrough({ objectMode: true });
  const unsubscribe = jest.fn(async (): Promise<void> => undefined);
  const source: ClientAllSubscription & PassThrough = Object.assign(stream, { unsubscribe });
  return { source, unsubscribe, push: (resolved: AllStreamResolvedEvent) => stream.write(resolved) };
};

const take = async (iterable: AsyncIterable<RecordedEvent>, count: number): Promise<RecordedEvent[]> => {
  const taken: RecordedEvent[] = [];
  if (count === 0) return taken;
  for await (const event of iterable) {
    taken.push(event);
    if (taken.length === count) break;
  }
  return taken;
};

describe('subscription to $all', () => {
  it('delivers events strictly after the checkpoint, dropping the one at it', async () => {
    const { source, push } = fakeClientSubscription();
    const subscription = toEventSubscription(source, 200, undefined);
    [200, 300, 400].forEach((position) => push(resolvedEvent({ position })));

    const events = await take(subscription, 2);

    expect(events.map((e) => e.position)).toEqual([300, 400]);
    await subscription.close();
  });

  it('delivers from the first event without a checkpoint', async () => {
    const { source, push } = fakeClientSubscription();
    const subscription = toEventSubscription(source, undefined, undefined);
    push(resolvedEvent({ position: 0 }));

    expect((await take(subscription, 1)).map((e) => e.position)).toEqual([0]);
    await subscription.close();
  });

  it('drops system events the server filter let through', async () => {
    const { source, push } = fakeClientSubscription();
    const subscription = toEventSubscription(source, undefined, undefined);
    push(resolvedEvent({ position: 1, type: 'SettingsUpdated', streamId: '$settings' }));
    push(resolvedEvent({ position: 2 }));

    expect((await take(subscription, 1)).map((e) => e.position)).toEqual([2]);
    await subscription.close();
  });

  it('ends a consumer waiting for the next event when closed, without an error', async () => {
    const { source } = fakeClientSubscription();
    const subscription = toEventSubscription(source, undefined, undefined);
    const consumed = take(subscription, 1);

    await new Promise((resolve) => setImmediate(resolve));
    await subscription.close();

    await expect(consumed).resolves.toEqual([]);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('delivers nothing still buffered once closed', async () => {
    const { source, push } = fakeClientSubscription();
    const subscription = toEventSubscription(source, undefined, undefined);
    push(resolvedEvent({ position: 1 }));
    push(resolvedEvent({ position: 2 }));

    await subscription.close();

    expect(await take(subscription, 2)).toEqual([]);
  });

  it('unsubscribes, once, when the consumer stops iterating', async () => {
    const { source, push } = fakeClientSubscription();
    const onClose = jest.fn();
    const subscription = toEventSubscription(source, undefined, onClose);
    push(resolvedEvent({ position: 1 }));

    await take(subscription, 1);
    await subscription.close();

    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('passes on an error of a subscription that was not closed', async () => {
    const { source } = fakeClientSubscription();
    const subscription = toEventSubscription(source, undefined, undefined);
    const consumed = take(subscription, 1);

    source.destroy(new Error('connection lost'));

    await expect(consumed).rejects.toThrow('connection lost');
  });

  it('closes quietly when the call never started', async () => {
    const { source, unsubscribe } = fakeClientSubscription();
    unsubscribe.mockRejectedValueOnce(new Error('unavailable'));
    const subscription = toEventSubscription(source, undefined, undefined);

    await expect(subscription.close()).resolves.toBeUndefined();
  });
});
