import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import { identity, type Identity, type Role } from '@makers/kernel';
import type { EventStore, RecordedEvent } from '@makers/event-store';
import { TEST_DATABASE_URL } from '@makers/projections/testing';
import { AppModule } from '../app.module';
import { APP_CONFIG, readAppConfig, type AppConfig } from '../config/app-config';
import { configureHttp } from '../graphql/hardening/configure-http';
import { EVENT_STORE } from '../infrastructure/tokens';
import { loadOrCreateLocalSigningKey } from '../auth/local-signing-key';
import { mintLocalToken } from '../auth/local-token-issuer';

export type ReadModelKind = 'sqlite' | 'postgres';

export interface GraphQLResponse<Data = any> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; rule?: string; field?: string; fields?: { field: string }[] } }[];
}

/** Who a test request acts as: a role (with a scope), a full identity, a raw token, or nobody (`anonymous`). */
export type Caller = Role | Identity | { token: string } | 'anonymous';

export interface GraphQLOptions {
  /** Default: a programme manager. */
  readonly as?: Caller;
  readonly headers?: Record<string, string>;
}

export interface ApiHarness {
  readonly app: INestApplication;
  readonly store: EventStore;
  /** The configuration the app runs with: tools under test open the same stores with it. */
  readonly config: AppConfig;
  graphql<Data = any>(query: string, variables?: Record<string, unknown>, options?: GraphQLOptions): Promise<GraphQLResponse<Data>>;
  /** A token this app accepts, minted with its local signing key. */
  tokenFor(who: Role | Identity, expiresIn?: string | number): Promise<string>;
  /** Every event in the store: refusals are proven by this count not moving. */
  allEvents(): Promise<RecordedEvent[]>;
  /** Stops the app and keeps its data, for a tool to open next. */
  stop(): Promise<void>;
  /** Stops the app and removes its data. */
  close(): Promise<void>;
}

/**
 * Starts the real Nest app on a temporary embedded event store, with read models in SQLite or in a fresh PostgreSQL
 * schema, and talks to it over HTTP like a client does.
 */
export const startApi = async (readModels: ReadModelKind = 'sqlite', overrides: Partial<AppConfig> = {}): Promise<ApiHarness> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'makers-api-'));
  const schema = readModels === 'postgres' ? `api_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}` : undefined;
  const defaults = readAppConfig({});
  const config: AppConfig = {
    ...defaults,
    // Suites send hundreds of requests as one identity by design; the rate limit has its own spec, which sets it.
    hardening: { ...defaults.hardening, rateLimit: { ...defaults.hardening.rateLimit, limit: 1_000_000 } },
    dataDir,
    seedDemoData: false,
    ...(schema ? { databaseUrl: TEST_DATABASE_URL, databaseSchema: schema } : {}),
    ...overrides,
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(APP_CONFIG).useValue(config).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureHttp(app, config);
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  // The key of the data directory the app really uses: a restarted app (overrides.dataDir) accepts the same tokens.
  const signingKey = await loadOrCreateLocalSigningKey(config.dataDir);
  const tokenFor = (who: Role | Identity, expiresIn?: string | number) =>
    mintLocalToken(signingKey, config.auth, typeof who === 'string' ? identity(`test:${who}`, [who]) : who, expiresIn);
  const authorization = async (caller: Caller): Promise<Record<string, string>> => {
    if (caller === 'anonymous') return {};
    const token = typeof caller === 'object' && 'token' in caller ? caller.token : await tokenFor(caller);
    return { authorization: `Bearer ${token}` };
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
  };

  return {
    app,
    store,
    config,
    tokenFor,
    async graphql(query, variables, { as = 'programme-manager', headers = {} } = {}) {
      const response = await request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set({ ...(await authorization(as)), ...headers })
        .send({ query, variables });
      return response.body as GraphQLResponse;
    },
    async allEvents() {
      const events: RecordedEvent[] = [];
      for (let page = await store.readAll({ maxCount: 1000 }); page.length > 0; page = await store.readAll({ after: page[page.length - 1].position, maxCount: 1000 })) {
        events.push(...page);
      }
      return events;
    },
    stop,
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (schema) {
        const client = new Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
    },
  };
};

/** The error codes of a response, in order. */
export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
