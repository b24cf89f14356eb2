import { spawnSync } from 'node:child_process';
import type { DedicatedConnection, ReadModelDatabase, ReadModelDialect } from '../read-model-database';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase, type TestDatabaseOptions } from './test-database';

/**
 * The database of the test that is running: every property but `dialect` (known while tests are declared) reads the
 * current test's, fresh for each test.
 */
export interface DatabaseUnderTest extends ReadModelDatabase {
  readonly directory: string;
  /** The SQLite file (made only on SQLite). */
  readonly sqlitePath: string;
  /** One more connection to the same database, closed after the test with the rest. */
  connect(): ReadModelDatabase;
}

export interface DescribeOnDatabasesOptions extends TestDatabaseOptions {
  /** Both unless told; `['postgres']` for what only PostgreSQL has (advisory locks, schemas). */
  readonly dialects?: readonly ReadModelDialect[];
}

const LABELS: Record<ReadModelDialect, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** The server named without any password, for messages. */
const serverName = (url: string): string => {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return 'TEST_DATABASE_URL';
  }
};

let postgresAnswered: boolean | undefined;

/** Jest cannot decide asynchronously which tests exist, so a child process asks whether PostgreSQL answers (once a file). */
const postgresAnswers = (): boolean =>
  (postgresAnswered ??=
    spawnSync(
      process.execPath,
      ['-e', `const c = new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 }); c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`, TEST_DATABASE_URL],
      { timeout: 5000 },
    ).status === 0);

const underTest = (dialect: ReadModelDialect, current: () => TestDatabase): DatabaseUnderTest => ({
  dialect,
  get db() {
    return current().database.db;
  },
  get openDedicatedConnection(): (() => Promise<DedicatedConnection>) | undefined {
    return current().database.openDedicatedConnection;
  },
  get directory() {
    return current().directory;
  },
  get sqlitePath() {
    return current().sqlitePath;
  },
  connect: () => current().connect(),
  destroy: () => current().database.destroy(),
});

/**
 * Runs the same tests on SQLite and on PostgreSQL (`<title> on SQLite`, `<title> on PostgreSQL`), each test with a fresh
 * database that is closed and dropped after it, after the block's own afterEach hooks. When no PostgreSQL answers at
 * TEST_DATABASE_URL, its half is skipped and says so; in CI (CI=true), which starts PostgreSQL, it fails instead.
 */
export const describeOnDatabases = (title: string, body: (database: DatabaseUnderTest) => void, options: DescribeOnDatabasesOptions = {}): void => {
  for (const dialect of options.dialects ?? (['sqlite', 'postgres'] as const)) {
    let opened: TestDatabase | undefined;
    const database = underTest(dialect, () => {
      if (!opened) throw new Error('the database under test exists only inside a test or its hooks');
      return opened;
    });
    const name = `${title} on ${LABELS[dialect]}`;
    const missing = dialect === 'postgres' && !postgresAnswers() ? `no PostgreSQL answers at ${serverName(TEST_DATABASE_URL)} (set TEST_DATABASE_URL, or run tools/ci/ensure-postgres.sh)` : undefined;

    if (missing && process.env.CI !== 'true') {
      console.warn(`Skipping "${name}": ${missing}.`);
      describe.skip(`${name} (skipped: ${missing})`, () => body(database));
      continue;
    }
    describe(name, () => {
      if (missing) {
        beforeAll(() => {
          throw new Error(`${missing}, and CI starts one: the PostgreSQL tests cannot be skipped here.`);
        });
      }
      beforeEach(() => {
        opened = openTestDatabase(dialect, options);
      });
      body(database);
      // Registered after the body's hooks, so it runs after them: their teardown still finds the database open.
      afterEach(async () => {
        const closing = opened;
        opened = undefined;
        await closing?.cleanup();
      });
    });
  }
};
