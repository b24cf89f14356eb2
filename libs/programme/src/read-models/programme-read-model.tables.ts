import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The programme context's read-model tables. Column types are the portable ones (text, bigint); dates and instants
 * are ISO text. Keys and sort keys compare byte-wise on both databases: SQLite's default collation is binary, and on
 * PostgreSQL these columns are declared `collate "C"`, so a keyset cursor walks the same order on either.
 */
export const PROGRAMMES = 'programme_programmes';
export const MUNICIPALITIES = 'programme_municipalities';
export const PARTNERS = 'programme_partners';

export interface ProgrammeRow {
  programme_id: string;
  name: string;
  donor: string;
  sector: string | null;
  envelope_amount_minor: number;
  envelope_currency: string;
  starts_on: string;
  ends_on: string;
  /** The targets as a JSON array of { code, description, minimum }. */
  targets_json: string;
  registered_at: string;
}

export interface MunicipalityRow {
  municipality_id: string;
  name: string;
  name_cyrillic: string | null;
  entity: string;
  /** Alphabetical position: the Latin name folded (no diacritics, lowercase), then the id. See `nameSortKey` (@makers/projections). */
  sort_key: string;
  registered_at: string;
}

/** Current partnerships only: a removal deletes the row (the stream keeps the history, with the reason). */
export interface PartnerRow {
  programme_id: string;
  municipality_id: string;
  partner_since: string;
}

export interface ProgrammeReadModelTables {
  [PROGRAMMES]: ProgrammeRow;
  [MUNICIPALITIES]: MunicipalityRow;
  [PARTNERS]: PartnerRow;
}

export const createProgrammeTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(PROGRAMMES)
    .ifNotExists()
    .addColumn('programme_id', key, (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('donor', 'text', (column) => column.notNull())
    .addColumn('sector', 'text')
    .addColumn('envelope_amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('envelope_currency', 'text', (column) => column.notNull())
    .addColumn('starts_on', key, (column) => column.notNull())
    .addColumn('ends_on', key, (column) => column.notNull())
    .addColumn('targets_json', 'text', (column) => column.notNull())
    .addColumn('registered_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable(MUNICIPALITIES)
    .ifNotExists()
    .addColumn('municipality_id', key, (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_cyrillic', 'text')
    .addColumn('entity', key, (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull().unique())
    .addColumn('registered_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex(`${MUNICIPALITIES}_by_entity`).ifNotExists().on(MUNICIPALITIES).columns(['entity', 'sort_key']).execute();
  await db.schema
    .createTable(PARTNERS)
    .ifNotExists()
    .addColumn('programme_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('partner_since', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${PARTNERS}_pk`, ['programme_id', 'municipality_id'])
    .execute();
  await db.schema.createIndex(`${PARTNERS}_by_municipality`).ifNotExists().on(PARTNERS).column('municipality_id').execute();
};

export const dropProgrammeTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [PARTNERS, MUNICIPALITIES, PROGRAMMES]) await db.schema.dropTable(table).ifExists().execute();
};
