import type { Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';

/**
 * How events become read-model rows. A projection owns its tables; the runner feeds it events from the store's
 * checkpointed subscription and commits its updates together with its checkpoint, so an event is applied exactly once.
 * SQL goes through Kysely and must run on both SQLite and PostgreSQL.
 */
export interface Projection<Tables = any> {
  /** Stable name; keys the checkpoint. Bump `version` when the tables change shape: the runner then rebuilds. */
  readonly name: string;
  readonly version: number;
  /** Event types it reads. Others are skipped, though they still advance its checkpoint. */
  readonly eventTypes: readonly string[];
  /** Create its tables and indexes if missing. */
  setup(db: Kysely<any>): Promise<void>;
  /** Drop its tables, for a rebuild from zero. */
  teardown(db: Kysely<any>): Promise<void>;
  /** Apply one event, inside the transaction that also moves the checkpoint. */
  apply(trx: Transaction<Tables>, event: RecordedEvent): Promise<void>;
}
