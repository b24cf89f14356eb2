import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { EventSubscription, RecordedEvent } from '../event-store';
import { isAfterCheckpoint } from './position';
import { toRecordedEvent } from './recorded-event';
import { isSystemEvent } from './system-events';

/** What the adapter needs of the client's AllStreamSubscription (a Readable of resolved events). */
export interface ClientAllSubscription extends AsyncIterable<AllStreamResolvedEvent> {
  unsubscribe(): Promise<void>;
  destroy(): void;
}

/**
 * The port's subscription over the client's: events mapped, system events dropped, and delivery strictly after the
 * checkpoint (the server's fromPosition includes the event at it on some versions). `close()` ends the iteration
 * quietly, whether the consumer is waiting for the next event or not.
 */
export const toEventSubscription = (source: ClientAllSubscription, after: number | undefined, onClose?: () => void): EventSubscription => {
  let closed = false;

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    onClose?.();
    try {
      await source.unsubscribe();
    } catch {
      // The call never started (the server was unreachable): there is nothing to cancel.
    } finally {
      // Cancelling the gRPC call ends the Readable only once its buffer drains, if at all; destroying it ends it now
      // and wakes a consumer waiting for an event.
      source.destroy();
    }
  };

  async function* deliver(): AsyncGenerator<RecordedEvent> {
    try {
      for await (const resolved of source) {
        if (closed) return;
        const event = toRecordedEvent(resolved);
        if (event !== undefined && isAfterCheckpoint(event.position, after) && !isSystemEvent(event)) yield event;
      }
    } catch (error) {
      // Destroying the Readable on close fails the pending read with a premature close: that is the end, not an error.
      if (!closed) throw error;
    } finally {
      await close();
    }
  }

  const events = deliver();
  return { [Symbol.asyncIterator]: () => events, close };
};
