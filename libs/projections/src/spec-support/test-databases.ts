import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openSqliteEventStore } from '@makers/event-store/sqlite';
import type { EventStore } from '@makers/event-store';
import { openReadModelDatabase, type ReadModelDatabase, type ReadModelDialect } from '../read-model-database';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * One test's world: an event store file and a read-model database (a SQLite file, or a fresh PostgreSQL schema).
 * `openDatabase`/`openStore` open further connections to the same ones, as a second API instance would.
 */
export interface TestWorld {
  readonly dialect: ReadModelDialect;
  readonly store: EventStore;
  readonly database: ReadModelDatabase;
  openDatabase(): ReadModelDatabase;
  openStore(): EventStore;
  /** Closes everything opened and drops the schema or files. */
  cleanup(): Promise<void>;
}

export const openTestWorld = (dialect: ReadModelDialect): TestWorld => {
  const directory = mkdtempSync(join(tmpdir(), 'makers-projections-'));
  const schema = `projections_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const databases: ReadModelDatabase[] = [];
  const stores: EventStore[] = [];
  const openDatabase = (): ReadModelDatabase => {
    const database =
      dialect === 'postgres'
        ? openReadModelDatabase({ databaseUrl: TEST_DATABASE_URL, schema, poolSize: 4 })
        : openReadModelDatabase({ sqlitePath: join(directory, 'read-models.sqlite') });
    databases.push(database);
    return database;
  };
  const openStore = (): EventStore => {
    const store = openSqliteEventStore({ path: join(directory, 'events.sqlite'), synchronous: 'NORMAL', pollIntervalMs: 20 });
    stores.push(store);
    return store;
  };
  return {
    dialect,
    store: openStore(),
    database: openDatabase(),
    openDatabase,
    openStore,
    cleanup: async () => {
      await Promise.all(databases.map((database) => database.destroy()));
      await Promise.all(stores.map((store) => store.close()));
      if (dialect === 'postgres') await dropSchema(schema);
      rmSync(directory, { recursive: true, force: true });
    },
  };
};

const dropSchema = async (schema: string): Promise<void> => {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
};

/** Both read-model dialects, for `describe.each`. */
export const DIALECTS: ReadonlyArray<ReadModelDialect> = ['sqlite', 'postgres'];
