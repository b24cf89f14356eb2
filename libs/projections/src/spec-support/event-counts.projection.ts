import type { RecordedEvent } from '@makers/event-store';
import type { Kysely } from 'kysely';
import type { Projection } from '../projection';

export const COUNTED = 'CounterIncremented';
export const IGNORED = 'SomethingElseHappened';

export interface EventCountsOptions {
  readonly name?: string;
  readonly version?: number;
  /** Throw from `apply` for this event (simulates a bug, a crash mid-batch, or a poison event). */
  readonly failOn?: (event: RecordedEvent) => boolean;
}

export interface EventCountsProjection extends Projection {
  /** How often `teardown` ran: a rebuild is observable by it. */
  teardowns: number;
}

/**
 * The test projection: per stream the number of counted events and the last position seen; per event how many times
 * it was applied (exactly-once shows as all ones) and in which order (in-order shows as rising positions).
 */
export const eventCountsProjection = (options: EventCountsOptions = {}): EventCountsProjection => {
  const name = options.name ?? 'event_counts';
  const { streams, applications } = tablesOf(name);
  const projection: EventCountsProjection = {
    name,
    version: options.version ?? 1,
    eventTypes: [COUNTED],
    teardowns: 0,
    async setup(db: Kysely<any>) {
      await db.schema
        .createTable(streams)
        .ifNotExists()
        .addColumn('stream_name', 'varchar(200)', (column) => column.primaryKey())
        .addColumn('events', 'integer', (column) => column.notNull())
        .addColumn('last_position', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable(applications)
        .ifNotExists()
        .addColumn('event_id', 'varchar(64)', (column) => column.primaryKey())
        .addColumn('position', 'bigint', (column) => column.notNull())
        .addColumn('applications', 'integer', (column) => column.notNull())
        .addColumn('applied_order', 'integer', (column) => column.notNull())
        .execute();
    },
    async teardown(db: Kysely<any>) {
      projection.teardowns += 1;
      await db.schema.dropTable(streams).ifExists().execute();
      await db.schema.dropTable(applications).ifExists().execute();
    },
    async apply(trx, event) {
      const { applied } = await trx.selectFrom(applications).select((eb) => eb.fn.countAll<number>().as('applied')).executeTakeFirstOrThrow();
      await trx
        .insertInto(applications)
        .values({ event_id: event.id, position: event.position, applications: 1, applied_order: Number(applied) })
        .onConflict((conflict) => conflict.column('event_id').doUpdateSet((eb) => ({ applications: eb(`${applications}.applications`, '+', 1) })))
        .execute();
      if (options.failOn?.(event)) throw new Error(`test projection refuses event ${event.position}`);
      await trx
        .insertInto(streams)
        .values({ stream_name: event.streamName, events: 1, last_position: event.position })
        .onConflict((conflict) =>
          conflict.column('stream_name').doUpdateSet((eb) => ({ events: eb(`${streams}.events`, '+', 1), last_position: event.position })),
        )
        .execute();
    },
  };
  return projection;
};

/** Each projection instance has tables of its own, so two differently named ones can run side by side. */
const tablesOf = (name: string) => ({ streams: `${name}_streams`, applications: `${name}_applications` });

export const readStreamCounts = (db: Kysely<any>, name = 'event_counts') =>
  db.selectFrom(tablesOf(name).streams).select(['stream_name', 'events', 'last_position']).orderBy('stream_name').execute();

export const readApplications = (db: Kysely<any>, name = 'event_counts') =>
  db.selectFrom(tablesOf(name).applications).select(['event_id', 'position', 'applications', 'applied_order']).orderBy('applied_order').execute();
