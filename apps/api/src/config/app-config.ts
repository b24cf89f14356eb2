import { join, resolve } from 'node:path';
import { parseMasterKey, type MasterKey } from '@makers/vault';
import { readHardeningConfig, type HardeningConfig } from '../graphql/hardening/hardening-config';

/** Everything the API reads from its environment, read once at start. */
export interface AppConfig {
  readonly port: number;
  /** Interface to listen on; 0.0.0.0 inside a container. */
  readonly host: string;
  readonly production: boolean;
  /** Where the embedded stores keep their files. */
  readonly dataDir: string;
  /** esdb://… selects the EventStoreDB adapter; unset means the embedded SQLite event store. */
  readonly eventStoreConnectionString?: string;
  /** postgres://… selects PostgreSQL for read models; unset means SQLite under dataDir. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema for the read models (tests give each run its own). */
  readonly databaseSchema?: string;
  /**
   * The vault's master key (VAULT_MASTER_KEY, 32 bytes as base64), which wraps every person's key. Unset: the embedded
   * default keeps one in `dataDir/vault-master.key`, made on first start. A KeyObject: it prints as nothing.
   */
  readonly vaultMasterKey?: MasterKey;
  /** Load the MAKERS demo programme at start (idempotent). */
  readonly seedDemoData: boolean;
  readonly auth: AuthConfig;
  /** Query limits, body size and rate limit (graphql/hardening). */
  readonly hardening: HardeningConfig;
}

/**
 * How bearer tokens are verified. `local`: against a signing key the API keeps under dataDir (created on first start;
 * the CLI mints tokens with it). `oidc`: against the published keys of an OpenID Connect issuer.
 */
export type AuthConfig =
  | { readonly mode: 'local'; readonly issuer: string; readonly audience: string }
  | { readonly mode: 'oidc'; readonly issuer: string; readonly audience: string; readonly jwksUrl?: string };

/** The issuer and audience of tokens minted by the embedded default's own key. */
export const LOCAL_ISSUER = 'urn:makers-ledger:local';
export const DEFAULT_AUDIENCE = 'makers-ledger';

export const APP_CONFIG = Symbol('AppConfig');

export const readAppConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const dataDir = resolve(env.DATA_DIR ?? join(process.cwd(), 'data'));
  const eventStoreConnectionString = env.EVENTSTORE_CONNECTION_STRING || undefined;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    dataDir,
    eventStoreConnectionString,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    vaultMasterKey: env.VAULT_MASTER_KEY ? parseMasterKey(env.VAULT_MASTER_KEY) : undefined,
    // Demo data belongs to the embedded default; a real deployment opts in.
    seedDemoData: env.MAKERS_DEMO_DATA ? env.MAKERS_DEMO_DATA === 'on' : !eventStoreConnectionString,
    auth: env.AUTH_ISSUER
      ? { mode: 'oidc', issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE, jwksUrl: env.AUTH_JWKS_URL || undefined }
      : { mode: 'local', issuer: LOCAL_ISSUER, audience: env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE },
    hardening: readHardeningConfig(env),
  };
};
