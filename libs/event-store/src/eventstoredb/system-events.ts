import { excludeSystemEvents, type Filter } from '@eventstore/db-client';

/**
 * EventStoreDB writes its own events into $all (stats, settings, users, stream metadata): their types or streams
 * start with `$`. The port's global order holds only the application's events.
 */
export const isSystemEvent = (event: { readonly type: string; readonly streamName: string }): boolean =>
  event.type.startsWith('$') || event.streamName.startsWith('$');

/**
 * The server-side filter for subscriptions: it can match on event types or stream names, not both, so it drops
 * `$`-typed events and `isSystemEvent` catches the rest on arrival.
 */
export const applicationEventsFilter = (): Filter => excludeSystemEvents();
