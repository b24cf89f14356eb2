import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import { openReadModelDatabase, type Projection, type ReadModelDatabase } from '@makers/projections';

/**
 * For the meeting and decision read-model specs: SQLite always, PostgreSQL when TEST_DATABASE_URL (or a local server
 * at the default URL) answers, each in a fresh database or schema.
 */
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Jest cannot decide asynchronously which tests exist, so ask a child process whether PostgreSQL answers. */
const postgresAnswers = (): boolean =>
  spawnSync(
    process.execPath,
    ['-e', `const c = new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 }); c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`, postgresUrl],
    { timeout: 5000 },
  ).status === 0;

export const specDatabases = (prefix: string): Array<[string, () => ReadModelDatabase, boolean]> => [
  ['SQLite', () => openReadModelDatabase({ sqlitePath: ':memory:' }), true],
  ['PostgreSQL', () => openReadModelDatabase({ databaseUrl: postgresUrl, schema: `${prefix}_${randomBytes(6).toString('hex')}`, poolSize: 2 }), postgresAnswers()],
];

/** Drops what the projection made, and the PostgreSQL schema, then closes the database. */
export const closeSpecDatabase = async (database: ReadModelDatabase, projection: Projection): Promise<void> => {
  await projection.teardown(database.db);
  if (database.dialect === 'postgres') {
    const [{ schema }] = (await database.db.selectNoFrom((eb) => eb.fn<string>('current_schema', []).as('schema')).execute()) as Array<{ schema: string }>;
    await (database.db as Kysely<any>).schema.dropSchema(schema).ifExists().cascade().execute();
  }
  await database.destroy();
};

let position = 0;

/** An event as the store would record it, at the next global position. */
export const recordedEvent = (event: { type: string; data: unknown }, streamName: string, occurredAt = '2021-06-01T09:00:00.000Z'): RecordedEvent => {
  position += 1;
  return {
    id: `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: event.type,
    data: event.data,
    metadata: { actor: 'moderator@makers.ba', occurredAt, correlationId: `c-${position}`, causationId: `c-${position}`, schemaVersion: 1 },
    streamName,
    revision: 0,
    position,
  };
};
