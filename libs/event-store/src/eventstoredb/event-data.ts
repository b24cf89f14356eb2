import { jsonEvent, type EventData, type JSONType } from '@eventstore/db-client';
import type { EventToAppend } from '../event-store';

/**
 * Our id goes to the server, which is what makes a retried append idempotent; our metadata object becomes the
 * event's custom metadata, as JSON like the data.
 */
export const toEventData = (event: EventToAppend): EventData =>
  jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: event.metadata });
