import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadModelDatabase, type ReadModelDatabase, type ReadModelDialect } from '@makers/projections';
import { sql } from 'kysely';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * One test's key store: a SQLite file in a temporary directory, or a fresh PostgreSQL schema. `connect` opens one more
 * connection to the same store, as a restarted process or a second API instance would.
 */
export interface VaultTestDatabase {
  readonly dialect: ReadModelDialect;
  readonly directory: string;
  readonly sqlitePath: string;
  connect(): ReadModelDatabase;
  /** Closes every connection, then drops the schema and the files. */
  cleanup(): Promise<void>;
}

export const openVaultTestDatabase = (dialect: ReadModelDialect): VaultTestDatabase => {
  const directory = mkdtempSync(join(tmpdir(), 'makers-vault-'));
  const sqlitePath = join(directory, 'vault.sqlite');
  const schema = `vault_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const opened: ReadModelDatabase[] = [];
  return {
    dialect,
    directory,
    sqlitePath,
    connect: () => {
      const database = dialect === 'postgres' ? openReadModelDatabase({ databaseUrl: TEST_DATABASE_URL, schema, poolSize: 4 }) : openReadModelDatabase({ sqlitePath });
      opened.push(database);
      return database;
    },
    cleanup: async () => {
      await Promise.all(opened.map((database) => database.destroy()));
      if (dialect === 'postgres') {
        const admin = openReadModelDatabase({ databaseUrl: TEST_DATABASE_URL, poolSize: 1 });
        try {
          await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
        } finally {
          await admin.destroy();
        }
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
};

export const DIALECTS: ReadonlyArray<ReadModelDialect> = ['sqlite', 'postgres'];
