import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openReadModelDatabase } from './read-model-database';
import { describeOnDatabases } from './testing';

describeOnDatabases('read-model database', (database) => {
  it('returns counts, bigints and sums as numbers', async () => {
    const { db } = database;
    await db.schema.createTable('amounts').addColumn('minor_units', 'bigint').execute();
    await db.insertInto('amounts').values([{ minor_units: 42_500_000 }, { minor_units: 1 }]).execute();
    const row = await db
      .selectFrom('amounts')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.sum('minor_units').as('total'), eb.fn.max('minor_units').as('largest')])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ count: 2, total: 42_500_001, largest: 42_500_000 });
  });

  if (database.dialect === 'postgres') {
    it('puts PostgreSQL tables in the configured schema, created if missing, on every pooled connection', async () => {
      const { db } = database;
      // Several connections at once, each new: every one must find the schema on its search_path.
      await Promise.all(['a', 'b', 'c', 'd'].map((name) => db.schema.createTable(`table_${name}`).addColumn('id', 'integer').execute()));
      const { rows } = await sql<{ schema: string; tables: number }>`
        select current_schema() as schema,
               (select count(*) from information_schema.tables where table_schema = current_schema()) as tables`.execute(db);
      expect(rows).toEqual([{ schema: expect.stringMatching(/^projections_test_/), tables: 4 }]);
    });
  }
});

describe('read-model database', () => {
  it('creates the SQLite file directory and opens it in WAL mode', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'makers-read-models-'));
    const database = openReadModelDatabase({ sqlitePath: join(directory, 'nested', 'read-models.sqlite') });
    try {
      expect(database.dialect).toBe('sqlite');
      const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
      expect(rows).toEqual([{ journal_mode: 'wal' }]);
      expect(existsSync(join(directory, 'nested', 'read-models.sqlite'))).toBe(true);
    } finally {
      await database.destroy();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
