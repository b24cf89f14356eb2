import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The meeting read model's tables. Portable column types (text, integer); date-times are kept as written (with their
 * offset) and, for ordering and filtering, as UTC instants. Keys and sort keys are `collate "C"` on PostgreSQL, so a
 * keyset cursor walks the same byte order as on SQLite.
 */
export const MEETINGS = 'platforms_meetings';
export const MEETING_RESCHEDULES = 'platforms_meeting_reschedules';
export const MEETING_ATTENDEES = 'platforms_meeting_attendees';

export interface MeetingRow {
  meeting_id: string;
  platform_id: string;
  /** The platform's municipalities when the meeting was scheduled, as a JSON array of ids. */
  municipality_ids_json: string;
  state: 'scheduled' | 'held' | 'cancelled';
  /** As written, with its offset; the latest after reschedules. */
  starts_at: string;
  place: string;
  agenda_json: string;
  cancellation_reason: string | null;
  held_at: string | null;
  guests: number | null;
  minutes: string | null;
  active_members: number | null;
  quorum_required: number | null;
  /** 1 or 0 once held. */
  quorum_met: number | null;
  attendee_count: number | null;
  /** When it is or was: the UTC instant of `held_at` once held, of `starts_at` before. */
  at_utc: string;
  /** `at_utc`, then the id: the order meetings are listed in. */
  sort_key: string;
  scheduled_at: string;
}

/** One row per MeetingRescheduled, keyed by the event, so applying it twice leaves one row. */
export interface MeetingRescheduleRow {
  event_id: string;
  meeting_id: string;
  /** The event's global position: the order of a meeting's reschedules. */
  position: number;
  previous_starts_at: string;
  starts_at: string;
  previous_place: string;
  place: string;
  reason: string;
  recorded_at: string;
}

/** Members present at a held meeting, exactly as the MeetingHeld event recorded them: no name, sex and age group then. */
export interface MeetingAttendeeRow {
  meeting_id: string;
  person_id: string;
  /** Order in the attendance as recorded. */
  listed: number;
  role: string;
  sex: string;
  age_group: string;
}

export interface MeetingReadModelTables {
  [MEETINGS]: MeetingRow;
  [MEETING_RESCHEDULES]: MeetingRescheduleRow;
  [MEETING_ATTENDEES]: MeetingAttendeeRow;
}

export const createMeetingTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(MEETINGS)
    .ifNotExists()
    .addColumn('meeting_id', key, (column) => column.primaryKey())
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('municipality_ids_json', 'text', (column) => column.notNull())
    .addColumn('state', key, (column) => column.notNull())
    .addColumn('starts_at', 'text', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull())
    .addColumn('agenda_json', 'text', (column) => column.notNull())
    .addColumn('cancellation_reason', 'text')
    .addColumn('held_at', 'text')
    .addColumn('guests', 'integer')
    .addColumn('minutes', 'text')
    .addColumn('active_members', 'integer')
    .addColumn('quorum_required', 'integer')
    .addColumn('quorum_met', 'integer')
    .addColumn('attendee_count', 'integer')
    .addColumn('at_utc', key, (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull())
    .addColumn('scheduled_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex(`${MEETINGS}_by_platform`).ifNotExists().on(MEETINGS).columns(['platform_id', 'sort_key']).execute();
  await db.schema.createIndex(`${MEETINGS}_by_time`).ifNotExists().on(MEETINGS).column('sort_key').execute();
  await db.schema
    .createTable(MEETING_RESCHEDULES)
    .ifNotExists()
    .addColumn('event_id', key, (column) => column.primaryKey())
    .addColumn('meeting_id', key, (column) => column.notNull())
    .addColumn('position', 'bigint', (column) => column.notNull())
    .addColumn('previous_starts_at', 'text', (column) => column.notNull())
    .addColumn('starts_at', 'text', (column) => column.notNull())
    .addColumn('previous_place', 'text', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex(`${MEETING_RESCHEDULES}_by_meeting`).ifNotExists().on(MEETING_RESCHEDULES).columns(['meeting_id', 'position']).execute();
  await db.schema
    .createTable(MEETING_ATTENDEES)
    .ifNotExists()
    .addColumn('meeting_id', key, (column) => column.notNull())
    .addColumn('person_id', key, (column) => column.notNull())
    .addColumn('listed', 'integer', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('sex', key, (column) => column.notNull())
    .addColumn('age_group', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${MEETING_ATTENDEES}_pk`, ['meeting_id', 'person_id'])
    .execute();
};

export const dropMeetingTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [MEETING_ATTENDEES, MEETING_RESCHEDULES, MEETINGS]) await db.schema.dropTable(table).ifExists().execute();
};
