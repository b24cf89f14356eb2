import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The co-financing context's read-model tables. Portable column types; instants are ISO text in UTC (from the events'
 * metadata), so they sort byte-wise; keys are `collate "C"` on PostgreSQL, so a keyset cursor walks the same order on
 * both databases.
 */
export const INITIATIVES = 'cofinancing_initiatives';

export interface InitiativeRow {
  initiative_id: string;
  /** Where it comes from: `award` (issue 6 adds platform priorities). */
  origin_kind: string;
  origin_call_id: string | null;
  origin_proposal_id: string | null;
  municipality_id: string;
  title: string;
  amount_minor: number;
  currency: string;
  started_at: string;
}

export interface InitiativeReadModelTables {
  [INITIATIVES]: InitiativeRow;
}

export const createInitiativeTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(INITIATIVES)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.primaryKey())
    .addColumn('origin_kind', key, (column) => column.notNull())
    .addColumn('origin_call_id', key)
    .addColumn('origin_proposal_id', key)
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', 'text', (column) => column.notNull())
    .addColumn('started_at', key, (column) => column.notNull())
    .execute();
  await db.schema.createIndex(`${INITIATIVES}_by_start`).ifNotExists().on(INITIATIVES).columns(['started_at', 'initiative_id']).execute();
};

export const dropInitiativeTables = async (db: Kysely<any>): Promise<void> => {
  await db.schema.dropTable(INITIATIVES).ifExists().execute();
};
