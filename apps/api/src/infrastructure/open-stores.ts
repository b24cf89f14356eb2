import { join } from 'node:path';
import type { EventStore } from '@makers/event-store';
import { openEventStoreDbEventStore } from '@makers/event-store/eventstoredb';
import { openSqliteEventStore } from '@makers/event-store/sqlite';
import { openReadModelDatabase, type ReadModelDatabase } from '@makers/projections';
import { DEFAULT_MASTER_KEY_FILE, loadOrCreateMasterKey, PersonalDataVault, type MasterKey } from '@makers/vault';
import type { AppConfig } from '../config/app-config';

/** EventStoreDB where a connection string is given; otherwise the embedded SQLite store under the data directory. */
export const openEventStore = (config: AppConfig): EventStore =>
  config.eventStoreConnectionString
    ? openEventStoreDbEventStore(config.eventStoreConnectionString)
    : openSqliteEventStore({ path: join(config.dataDir, 'events.sqlite') });

/** PostgreSQL where a database URL is given; otherwise SQLite beside the event store. */
export const openReadModels = (config: AppConfig): ReadModelDatabase =>
  openReadModelDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl, schema: config.databaseSchema } : { sqlitePath: join(config.dataDir, 'read-models.sqlite') },
  );

/**
 * Where the vault keeps its keys: the read models' PostgreSQL database and schema (its table belongs to no projection,
 * so no rebuild drops it), or its own SQLite file beside the others, which a read-model file deleted for a rebuild
 * leaves alone.
 */
export const openVaultDatabase = (config: AppConfig): ReadModelDatabase =>
  openReadModelDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl, schema: config.databaseSchema, poolSize: 4 } : { sqlitePath: join(config.dataDir, 'vault.sqlite') },
  );

/** The configured master key (VAULT_MASTER_KEY), or the embedded default's key file under the data directory. */
export const vaultMasterKey = (config: AppConfig): MasterKey => config.vaultMasterKey ?? loadOrCreateMasterKey(join(config.dataDir, DEFAULT_MASTER_KEY_FILE));

/** The personal-data vault on `database` (from `openVaultDatabase`), which the caller closes. */
export const openVault = (config: AppConfig, database: ReadModelDatabase): Promise<PersonalDataVault> =>
  PersonalDataVault.open({ db: database.db, dialect: database.dialect, masterKey: vaultMasterKey(config) });
