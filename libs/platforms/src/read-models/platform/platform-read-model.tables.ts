import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The platform read model's tables. Portable column types (text, integer, bigint); dates and instants as ISO text.
 * Keys and sort keys compare byte-wise on both databases (SQLite's binary collation; `collate "C"` on PostgreSQL), so
 * a keyset cursor walks the same order on either. No names of people: memberships hold person ids, role and sex,
 * the people directory (people context) holds the names.
 */
export const PLATFORMS = 'platforms_platforms';
export const PLATFORM_MUNICIPALITIES = 'platforms_platform_municipalities';
export const PLATFORM_MEMBERSHIPS = 'platforms_platform_memberships';
export const PLATFORM_MILESTONES = 'platforms_platform_milestones';

export interface PlatformRow {
  platform_id: string;
  /** As written, diacritics and Cyrillic kept. */
  name: string;
  /** Alphabetical position: the name folded (no diacritics, lowercase), then the id (`nameSortKey`). */
  sort_key: string;
  /** 1 or 0: derived when the platform was formed. */
  inter_municipal: number;
  inter_entity: number;
  /** forming, active, institutionalised, dormant or closed. */
  status: string;
  /** Why it went dormant or was closed; null in the other states. */
  status_reason: string | null;
  quorum_kind: string;
  quorum_members: number | null;
  quorum_percent: number | null;
  /** Who sits in each co-chair seat now (null: never named, or the co-chair left), and since when. */
  young_activist_co_chair_id: string | null;
  young_activist_co_chair_since: string | null;
  municipal_staff_co_chair_id: string | null;
  municipal_staff_co_chair_since: string | null;
  institutionalised_on: string | null;
  /** When it was formed (ISO 8601, from the event's metadata). */
  formed_at: string;
}

export interface PlatformMunicipalityRow {
  platform_id: string;
  municipality_id: string;
  /** As the municipality stood when the platform was formed. */
  name: string;
  entity: string;
  /** Its place in the platform's list, as the platform was formed. */
  position: number;
}

/** One membership of one person; a person who left and rejoined has two rows. */
export interface PlatformMembershipRow {
  platform_id: string;
  person_id: string;
  joined_on: string;
  role: string;
  sex: string;
  /** The membership's last day (inclusive); null while it lasts. */
  left_on: string | null;
}

export interface PlatformMilestoneRow {
  platform_id: string;
  milestone_id: string;
  kind: string;
  municipality_id: string;
  achieved_on: string;
  reference_number: string;
  document_url: string;
  call_reference: string | null;
  call_amount_minor: number | null;
  call_currency: string | null;
}

export interface PlatformReadModelTables {
  [PLATFORMS]: PlatformRow;
  [PLATFORM_MUNICIPALITIES]: PlatformMunicipalityRow;
  [PLATFORM_MEMBERSHIPS]: PlatformMembershipRow;
  [PLATFORM_MILESTONES]: PlatformMilestoneRow;
}

export const createPlatformTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(PLATFORMS)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull().unique())
    .addColumn('inter_municipal', 'integer', (column) => column.notNull())
    .addColumn('inter_entity', 'integer', (column) => column.notNull())
    .addColumn('status', key, (column) => column.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('quorum_kind', 'text', (column) => column.notNull())
    .addColumn('quorum_members', 'bigint')
    .addColumn('quorum_percent', 'bigint')
    .addColumn('young_activist_co_chair_id', 'text')
    .addColumn('young_activist_co_chair_since', 'text')
    .addColumn('municipal_staff_co_chair_id', 'text')
    .addColumn('municipal_staff_co_chair_since', 'text')
    .addColumn('institutionalised_on', 'text')
    .addColumn('formed_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex(`${PLATFORMS}_by_status`).ifNotExists().on(PLATFORMS).columns(['status', 'sort_key']).execute();
  await db.schema
    .createTable(PLATFORM_MUNICIPALITIES)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('entity', key, (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${PLATFORM_MUNICIPALITIES}_pk`, ['platform_id', 'municipality_id'])
    .execute();
  await db.schema.createIndex(`${PLATFORM_MUNICIPALITIES}_by_municipality`).ifNotExists().on(PLATFORM_MUNICIPALITIES).column('municipality_id').execute();
  await db.schema.createIndex(`${PLATFORM_MUNICIPALITIES}_by_entity`).ifNotExists().on(PLATFORM_MUNICIPALITIES).column('entity').execute();
  await db.schema
    .createTable(PLATFORM_MEMBERSHIPS)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('person_id', key, (column) => column.notNull())
    .addColumn('joined_on', key, (column) => column.notNull())
    .addColumn('role', key, (column) => column.notNull())
    .addColumn('sex', key, (column) => column.notNull())
    .addColumn('left_on', key)
    .addPrimaryKeyConstraint(`${PLATFORM_MEMBERSHIPS}_pk`, ['platform_id', 'person_id', 'joined_on'])
    .execute();
  await db.schema
    .createTable(PLATFORM_MILESTONES)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('milestone_id', key, (column) => column.notNull())
    .addColumn('kind', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('achieved_on', key, (column) => column.notNull())
    .addColumn('reference_number', 'text', (column) => column.notNull())
    .addColumn('document_url', 'text', (column) => column.notNull())
    .addColumn('call_reference', 'text')
    .addColumn('call_amount_minor', 'bigint')
    .addColumn('call_currency', 'text')
    .addPrimaryKeyConstraint(`${PLATFORM_MILESTONES}_pk`, ['platform_id', 'milestone_id'])
    .execute();
};

export const dropPlatformTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [PLATFORM_MILESTONES, PLATFORM_MEMBERSHIPS, PLATFORM_MUNICIPALITIES, PLATFORMS]) await db.schema.dropTable(table).ifExists().execute();
};
