import type { EventMetadata, RecordedEvent } from '../event-store';

/** One row of the `events` table as better-sqlite3 returns it. */
export interface EventRow {
  readonly position: number;
  readonly id: string;
  readonly stream_name: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

export const EVENT_COLUMNS = 'position, id, stream_name, revision, type, data, metadata';

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.id,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as EventMetadata,
  streamName: row.stream_name,
  revision: row.revision,
  position: row.position,
});
