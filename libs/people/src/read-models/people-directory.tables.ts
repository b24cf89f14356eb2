import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The people directory: one row per person ever registered. It holds personal data in clear (opened from the vault
 * at projection time) until the person is forgotten; then every column that came from it is nulled, so no name, contact,
 * year of birth, nor anything derived from them (the sort and search keys) outlives the key. Keys compare byte-wise on
 * both databases (`collate "C"` on PostgreSQL), as in the programme context.
 */
export const PEOPLE_DIRECTORY = 'people_directory';

export interface PersonRow {
  person_id: string;
  sex: string;
  name: string | null;
  contact: string | null;
  year_of_birth: number | null;
  /** 1 once the person is forgotten (portable: no boolean type in SQLite). */
  erased: number;
  /** Alphabetical position; for an erased person it no longer holds the name (see `personSortKey`). */
  sort_key: string;
  /** The name folded for searching (lowercase, no diacritics); null once erased. */
  search_key: string | null;
  registered_at: string;
}

export interface PeopleDirectoryTables {
  [PEOPLE_DIRECTORY]: PersonRow;
}

export const createPeopleDirectoryTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(PEOPLE_DIRECTORY)
    .ifNotExists()
    .addColumn('person_id', key, (column) => column.primaryKey())
    .addColumn('sex', 'text', (column) => column.notNull())
    .addColumn('name', 'text')
    .addColumn('contact', 'text')
    .addColumn('year_of_birth', 'integer')
    .addColumn('erased', 'integer', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull().unique())
    .addColumn('search_key', key)
    .addColumn('registered_at', 'text', (column) => column.notNull())
    .execute();
};

export const dropPeopleDirectoryTables = async (db: Kysely<any>): Promise<void> => {
  await db.schema.dropTable(PEOPLE_DIRECTORY).ifExists().execute();
};
