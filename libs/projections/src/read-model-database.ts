import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Client, Pool, TypeOverrides, types as pgTypes, type ClientConfig } from 'pg';

export type ReadModelDialect = 'sqlite' | 'postgres';

/**
 * A connection of its own to PostgreSQL, outside the pool, for session state that must outlive any one query
 * (advisory locks). It reports when it is lost, since whatever the session held is gone with it.
 */
export interface DedicatedConnection {
  query<Row = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<Row[]>;
  /** Called once, when the connection fails or the server ends it (not when `close()` ends it). */
  onLost(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

export interface ReadModelDatabase {
  readonly db: Kysely<any>;
  readonly dialect: ReadModelDialect;
  /** PostgreSQL only: opens a connection outside the pool (the projection runner holds its leases on one). */
  readonly openDedicatedConnection?: () => Promise<DedicatedConnection>;
  destroy(): Promise<void>;
}

export interface ReadModelDatabaseConfig {
  /** A PostgreSQL URL; when set, read models live there. */
  readonly databaseUrl?: string;
  /** PostgreSQL only: the schema for read-model tables, created if missing and put first on every connection's search_path. */
  readonly schema?: string;
  /** SQLite file used when no `databaseUrl` is given; its directory is created. Default `./data/read-models.sqlite`. */
  readonly sqlitePath?: string;
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number;
  /** Where connection errors that no query is waiting for are reported (default: console.error). */
  readonly onConnectionError?: (error: Error) => void;
}

export const DEFAULT_SQLITE_READ_MODEL_PATH = './data/read-models.sqlite';

/**
 * Opens the read-model database: PostgreSQL when a URL is given (production: shared by every API instance), otherwise an
 * embedded SQLite file. Both return the same shapes: PostgreSQL's int8 (COUNT, SUM of integers) and numeric come back as
 * JS numbers, as SQLite's integers do. Timestamps differ between the two (Date against text): store them as ISO text.
 */
export const openReadModelDatabase = (config: ReadModelDatabaseConfig): ReadModelDatabase =>
  config.databaseUrl ? openPostgres(config.databaseUrl, config) : openSqlite(config.sqlitePath ?? DEFAULT_SQLITE_READ_MODEL_PATH);

const openSqlite = (path: string): ReadModelDatabase => {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
};

/** int8 and numeric as numbers: counts and sums of minor units stay far below 2^53. Set on this pool only. */
const numberTypes = (): TypeOverrides => {
  const overrides = new TypeOverrides();
  const toNumber = (value: string): number => Number(value);
  overrides.setTypeParser(pgTypes.builtins.INT8, toNumber);
  overrides.setTypeParser(pgTypes.builtins.NUMERIC, toNumber);
  return overrides;
};

const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** PostgreSQL error codes raised when two sessions create the same object at once. */
const ALREADY_EXISTS_RACE = new Set(['23505', '42P06', '42P07', '42710']);

const openPostgres = (databaseUrl: string, config: ReadModelDatabaseConfig): ReadModelDatabase => {
  const reportError = config.onConnectionError ?? ((error: Error) => console.error('read-model database connection error', error));
  const clientConfig: ClientConfig = { connectionString: databaseUrl, types: numberTypes(), keepAlive: true };
  const pool = new Pool({ ...clientConfig, max: config.poolSize ?? 10 });
  // An idle connection the server ends (restart, pg_terminate_backend) emits 'error'; unheard, it would crash the process.
  // The pool drops broken connections on release; the next query gets a fresh one.
  pool.on('error', reportError);
  pool.on('connect', (client) => client.on('error', reportError));

  const schema = config.schema;
  let schemaCreated: Promise<void> | undefined;
  const ensureSchema = (run: (sql: string) => Promise<unknown>): Promise<void> => {
    schemaCreated ??= run(`create schema if not exists ${quoteIdentifier(schema!)}`).then(
      () => undefined,
      (error: { code?: string }) => {
        if (ALREADY_EXISTS_RACE.has(error.code ?? '')) return;
        schemaCreated = undefined;
        throw error;
      },
    );
    return schemaCreated;
  };
  const searchPath = schema ? `set search_path to ${quoteIdentifier(schema)}` : undefined;

  const db = new Kysely<any>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        if (!searchPath) return;
        await ensureSchema((sql) => connection.executeQuery(CompiledQuery.raw(sql)));
        await connection.executeQuery(CompiledQuery.raw(searchPath));
      },
    }),
  });

  const openDedicatedConnection = async (): Promise<DedicatedConnection> => {
    const client = new Client(clientConfig);
    let closing = false;
    const lostListeners: Array<(error: Error) => void> = [];
    let lost = false;
    const markLost = (error: Error): void => {
      if (closing || lost) return;
      lost = true;
      for (const listener of lostListeners) listener(error);
    };
    client.on('error', markLost);
    client.on('end', () => markLost(new Error('read-model database connection ended')));
    await client.connect();
    if (searchPath) await client.query(searchPath);
    return {
      query: async <Row>(text: string, values?: readonly unknown[]) => (await client.query(text, values as unknown[])).rows as Row[],
      onLost: (listener) => {
        lostListeners.push(listener);
      },
      close: async () => {
        closing = true;
        await client.end().catch(() => undefined);
      },
    };
  };

  return { db, dialect: 'postgres', openDedicatedConnection, destroy: () => db.destroy() };
};
