import type { Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';

/**
 * How events become read-model rows. A projection owns its tables; the runner feeds it events from the store's
 * checkpointed subscription and commits its updates together with its checkpoint, so an event is applied exactly once.
 * SQL goes through Kysely and must run on both SQLite and PostgreSQL: keep to portable types (text, integer, bigint),
 * store timestamps as ISO text and money as integer minor units; int8 and numeric come back as numbers on both.
 */
export interface Projection<Tables = any> {
  /** Stable name; keys the checkpoint. Bump `version` when the tables change shape: the runner then rebuilds. */
  readonly name: string;
  readonly version: number;
  /** Event types it reads. Others are skipped, though they still advance its checkpoint. */
  readonly eventTypes: readonly string[];
  /**
   * Create its tables and indexes if missing (idempotent: it runs at every start). It may be given a transaction
   * (during a rebuild): use only the handle passed, and open no transaction of its own.
   */
  setup(db: Kysely<any>): Promise<void>;
  /** Drop its tables if they exist, for a rebuild from zero. Given a transaction; the same rules as `setup`. */
  teardown(db: Kysely<any>): Promise<void>;
  /**
   * Apply one event, inside the transaction that also moves the checkpoint: use only `trx`. Throwing rolls back the
   * whole batch; the runner logs the event and retries, never skipping it. Events arrive once each, in global order.
   */
  apply(trx: Transaction<Tables>, event: RecordedEvent): Promise<void>;
}
