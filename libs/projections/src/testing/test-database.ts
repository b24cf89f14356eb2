import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openReadModelDatabase, type ReadModelDatabase, type ReadModelDialect } from '../read-model-database';

/** The PostgreSQL server the specs use; CI starts one at the default. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * One test's read-model database: a SQLite file in a new temporary directory, or a new PostgreSQL schema (the directory
 * is made either way, for any other file the test writes).
 */
export interface TestDatabase {
  readonly dialect: ReadModelDialect;
  readonly directory: string;
  /** The SQLite file (made only on SQLite). */
  readonly sqlitePath: string;
  readonly database: ReadModelDatabase;
  /** One more connection to the same database, as a restarted process or a second API instance would open. */
  connect(): ReadModelDatabase;
  /** Closes every connection opened, then drops the schema and removes the directory. */
  cleanup(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** The start of the PostgreSQL schema's name (a process id and a random part follow). */
  readonly schemaPrefix?: string;
}

export const openTestDatabase = (dialect: ReadModelDialect, options: TestDatabaseOptions = {}): TestDatabase => {
  const directory = mkdtempSync(join(tmpdir(), 'makers-read-models-'));
  const sqlitePath = join(directory, 'read-models.sqlite');
  const schema = `${options.schemaPrefix ?? 'projections_test'}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const closers: Array<() => Promise<void>> = [];
  const connect = (): ReadModelDatabase => {
    const opened = dialect === 'postgres' ? openReadModelDatabase({ databaseUrl: TEST_DATABASE_URL, schema, poolSize: 4 }) : openReadModelDatabase({ sqlitePath });
    // A test may close a connection itself; cleanup closes each one once.
    let closing: Promise<void> | undefined;
    const destroy = () => (closing ??= opened.destroy());
    closers.push(destroy);
    return { ...opened, destroy };
  };
  return {
    dialect,
    directory,
    sqlitePath,
    database: connect(),
    connect,
    cleanup: async () => {
      await Promise.all(closers.map((close) => close()));
      if (dialect === 'postgres') await dropSchema(schema);
      rmSync(directory, { recursive: true, force: true });
    },
  };
};

const dropSchema = async (schema: string): Promise<void> => {
  const admin = openReadModelDatabase({ databaseUrl: TEST_DATABASE_URL, poolSize: 1 });
  try {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
  } finally {
    await admin.destroy();
  }
};
