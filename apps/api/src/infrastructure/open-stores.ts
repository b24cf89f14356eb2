import { join } from 'node:path';
import type { EventStore } from '@makers/event-store';
import { openEventStoreDbEventStore } from '@makers/event-store/eventstoredb';
import { openSqliteEventStore } from '@makers/event-store/sqlite';
import { openReadModelDatabase, type ReadModelDatabase } from '@makers/projections';
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
