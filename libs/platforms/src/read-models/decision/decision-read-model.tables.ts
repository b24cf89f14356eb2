import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The decision register's read model: decisions, the priorities they identified, and each platform's municipalities
 * (for "priorities of a municipality"). A decision's and a priority's id are unique within their platform's register,
 * so both key on (platform, id). Keys and sort keys are `collate "C"` on PostgreSQL, byte order as on SQLite.
 */
export const DECISIONS = 'platforms_decisions';
export const PRIORITIES = 'platforms_priorities';
export const REGISTER_MUNICIPALITIES = 'platforms_decision_register_municipalities';

export interface DecisionRow {
  platform_id: string;
  decision_id: string;
  meeting_id: string;
  /** When the meeting that took it was held, as written. */
  held_at: string;
  kind: string;
  title: string;
  text: string;
  votes_for: number;
  votes_against: number;
  votes_abstaining: number;
  supersedes: string | null;
  rescinds: string | null;
  status: 'standing' | 'superseded' | 'rescinded';
  /** The later decision that superseded or rescinded it. */
  replaced_by: string | null;
  /** The UTC instant of `held_at`, then the event's global position: decisions in the order they were taken. */
  sort_key: string;
  recorded_at: string;
}

export interface PriorityRow {
  platform_id: string;
  priority_id: string;
  decision_id: string;
  meeting_id: string;
  title: string;
  description: string;
  /** As the identifying decision's. */
  sort_key: string;
  identified_at: string;
}

export interface RegisterMunicipalityRow {
  platform_id: string;
  municipality_id: string;
}

export interface DecisionReadModelTables {
  [DECISIONS]: DecisionRow;
  [PRIORITIES]: PriorityRow;
  [REGISTER_MUNICIPALITIES]: RegisterMunicipalityRow;
}

export const createDecisionTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(DECISIONS)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('decision_id', key, (column) => column.notNull())
    .addColumn('meeting_id', key, (column) => column.notNull())
    .addColumn('held_at', 'text', (column) => column.notNull())
    .addColumn('kind', key, (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('votes_for', 'integer', (column) => column.notNull())
    .addColumn('votes_against', 'integer', (column) => column.notNull())
    .addColumn('votes_abstaining', 'integer', (column) => column.notNull())
    .addColumn('supersedes', key)
    .addColumn('rescinds', key)
    .addColumn('status', key, (column) => column.notNull())
    .addColumn('replaced_by', key)
    .addColumn('sort_key', key, (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${DECISIONS}_pk`, ['platform_id', 'decision_id'])
    .execute();
  await db.schema.createIndex(`${DECISIONS}_by_platform`).ifNotExists().on(DECISIONS).columns(['platform_id', 'sort_key']).execute();
  await db.schema
    .createTable(PRIORITIES)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('priority_id', key, (column) => column.notNull())
    .addColumn('decision_id', key, (column) => column.notNull())
    .addColumn('meeting_id', key, (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull())
    .addColumn('identified_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${PRIORITIES}_pk`, ['platform_id', 'priority_id'])
    .execute();
  await db.schema.createIndex(`${PRIORITIES}_by_time`).ifNotExists().on(PRIORITIES).column('sort_key').execute();
  await db.schema
    .createTable(REGISTER_MUNICIPALITIES)
    .ifNotExists()
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${REGISTER_MUNICIPALITIES}_pk`, ['platform_id', 'municipality_id'])
    .execute();
  await db.schema.createIndex(`${REGISTER_MUNICIPALITIES}_by_municipality`).ifNotExists().on(REGISTER_MUNICIPALITIES).column('municipality_id').execute();
};

export const dropDecisionTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [REGISTER_MUNICIPALITIES, PRIORITIES, DECISIONS]) await db.schema.dropTable(table).ifExists().execute();
};
