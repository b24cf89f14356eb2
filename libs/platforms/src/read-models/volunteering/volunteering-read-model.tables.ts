import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Volunteer hours as read models: one row per logged entry, and the platforms' names and municipalities as
 * PlatformFormed recorded them (this read model's own copy, so it can be rebuilt and summed on its own). Minutes are
 * integers and every sum is an integer sum; keys and sort keys compare byte-wise on both databases (`collate "C"` on
 * PostgreSQL, SQLite's binary default).
 */
export const VOLUNTEER_ENTRIES = 'platforms_volunteer_entries';
export const VOLUNTEERING_PLATFORMS = 'platforms_volunteering_platforms';
export const VOLUNTEERING_PLATFORM_MUNICIPALITIES = 'platforms_volunteering_platform_municipalities';

/** As the read model names an entry's review: awaiting it (`logged`), or decided once. */
export const VOLUNTEER_ENTRY_STATUSES = ['logged', 'verified', 'rejected'] as const;
export type VolunteerEntryStatus = (typeof VOLUNTEER_ENTRY_STATUSES)[number];

export interface VolunteerEntryRow {
  person_id: string;
  /** Unique within the person's stream only, hence the key (person_id, entry_id). */
  entry_id: string;
  /** The day the work was done, YYYY-MM-DD. */
  worked_on: string;
  /** YYYY-MM of `worked_on`, for the monthly sums. */
  month: string;
  minutes: number;
  platform_id: string | null;
  initiative_id: string | null;
  activity: string;
  status: VolunteerEntryStatus;
  logged_by: string;
  logged_at: string;
  /** Who verified or rejected it, and when; null while it awaits review. */
  reviewed_by: string | null;
  reviewed_at: string | null;
  rejection_reason: string | null;
  /** `worked_on`, person id, entry id: the keyset order of the list. */
  sort_key: string;
}

export interface VolunteeringPlatformRow {
  platform_id: string;
  name: string;
}

export interface VolunteeringPlatformMunicipalityRow {
  platform_id: string;
  municipality_id: string;
  municipality_name: string;
}

export interface VolunteeringReadModelTables {
  [VOLUNTEER_ENTRIES]: VolunteerEntryRow;
  [VOLUNTEERING_PLATFORMS]: VolunteeringPlatformRow;
  [VOLUNTEERING_PLATFORM_MUNICIPALITIES]: VolunteeringPlatformMunicipalityRow;
}

export const createVolunteeringTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(VOLUNTEER_ENTRIES)
    .ifNotExists()
    .addColumn('person_id', key, (column) => column.notNull())
    .addColumn('entry_id', key, (column) => column.notNull())
    .addColumn('worked_on', key, (column) => column.notNull())
    .addColumn('month', key, (column) => column.notNull())
    .addColumn('minutes', 'bigint', (column) => column.notNull())
    .addColumn('platform_id', key)
    .addColumn('initiative_id', key)
    .addColumn('activity', 'text', (column) => column.notNull())
    .addColumn('status', key, (column) => column.notNull())
    .addColumn('logged_by', 'text', (column) => column.notNull())
    .addColumn('logged_at', 'text', (column) => column.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('sort_key', key, (column) => column.notNull().unique())
    .addPrimaryKeyConstraint(`${VOLUNTEER_ENTRIES}_pk`, ['person_id', 'entry_id'])
    .execute();
  await db.schema.createIndex(`${VOLUNTEER_ENTRIES}_by_platform`).ifNotExists().on(VOLUNTEER_ENTRIES).columns(['platform_id', 'sort_key']).execute();
  await db.schema.createIndex(`${VOLUNTEER_ENTRIES}_by_month`).ifNotExists().on(VOLUNTEER_ENTRIES).columns(['month', 'status']).execute();
  await db.schema
    .createTable(VOLUNTEERING_PLATFORMS)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable(VOLUNTEERING_PLATFORM_MUNICIPALITIES)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('municipality_name', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}_pk`, ['platform_id', 'municipality_id'])
    .execute();
  await db.schema
    .createIndex(`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}_by_municipality`)
    .ifNotExists()
    .on(VOLUNTEERING_PLATFORM_MUNICIPALITIES)
    .column('municipality_id')
    .execute();
};

export const dropVolunteeringTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [VOLUNTEER_ENTRIES, VOLUNTEERING_PLATFORMS, VOLUNTEERING_PLATFORM_MUNICIPALITIES]) await db.schema.dropTable(table).ifExists().execute();
};
