import { sql, type Kysely } from 'kysely';
import type { ReadModelDatabase } from './read-model-database';

/**
 * Where each projection has got to: the global position of the last event it has taken into account (applied or
 * skipped), and the version of the projection that wrote its tables. Moved only inside the transaction that applies
 * the events, and only from the position the mover read (compare-and-set), so a batch is applied once even when two
 * runners race.
 */
export const CHECKPOINT_TABLE = 'projection_checkpoints';

/** The position of a projection that has taken nothing in yet: below every event's position. */
export const NO_POSITION = -1;

export interface Checkpoint {
  readonly name: string;
  readonly version: number;
  readonly position: number;
  readonly updatedAt: string;
}

/** Thrown inside the apply transaction when another writer moved the checkpoint first; the transaction rolls back. */
export class CheckpointMoved extends Error {
  constructor(
    readonly projectionName: string,
    readonly expected: { readonly version: number; readonly position: number },
  ) {
    super(`checkpoint of projection ${projectionName} is no longer at position ${expected.position} (version ${expected.version})`);
    this.name = 'CheckpointMoved';
  }
}

/** Advisory-lock key that serialises creating the checkpoint table across instances (PostgreSQL). */
const CREATE_CHECKPOINT_TABLE_LOCK = 7_305_814_412_093_771n;

export const ensureCheckpointTable = async (database: ReadModelDatabase): Promise<void> => {
  // Two PostgreSQL sessions running `create table if not exists` at once can both try to create it and one fails:
  // take turns on a transaction-scoped lock.
  await database.db.transaction().execute(async (trx) => {
    if (database.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${CREATE_CHECKPOINT_TABLE_LOCK.toString()}::bigint)`.execute(trx);
    await trx.schema
      .createTable(CHECKPOINT_TABLE)
      .ifNotExists()
      .addColumn('name', 'varchar(200)', (column) => column.primaryKey())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('position', 'bigint', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(40)', (column) => column.notNull())
      .execute();
  });
};

const toCheckpoint = (row: { name: string; version: number; position: number; updated_at: string }): Checkpoint => ({
  name: row.name,
  version: Number(row.version),
  position: Number(row.position),
  updatedAt: row.updated_at,
});

export const readCheckpoint = async (db: Kysely<any>, name: string): Promise<Checkpoint | undefined> => {
  const row = await db.selectFrom(CHECKPOINT_TABLE).selectAll().where('name', '=', name).executeTakeFirst();
  return row ? toCheckpoint(row as any) : undefined;
};

export const readCheckpoints = async (db: Kysely<any>, names: readonly string[]): Promise<Checkpoint[]> => {
  if (names.length === 0) return [];
  const rows = await db.selectFrom(CHECKPOINT_TABLE).selectAll().where('name', 'in', names).execute();
  return rows.map((row) => toCheckpoint(row as any));
};

/** Sets the checkpoint unconditionally (a rebuild starting over, or a projection seen for the first time). */
export const resetCheckpoint = async (db: Kysely<any>, name: string, version: number, position = NO_POSITION): Promise<void> => {
  const row = { name, version, position, updated_at: new Date().toISOString() };
  await db
    .insertInto(CHECKPOINT_TABLE)
    .values(row)
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ version, position, updated_at: row.updated_at }))
    .execute();
};

/** Records a projection seen for the first time; leaves an existing checkpoint alone. */
export const insertCheckpointIfMissing = async (db: Kysely<any>, name: string, version: number): Promise<void> => {
  await db
    .insertInto(CHECKPOINT_TABLE)
    .values({ name, version, position: NO_POSITION, updated_at: new Date().toISOString() })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
};

/**
 * Compare-and-set: moves the checkpoint from `from` to `to` only if it is still at `from` with the same version.
 * Run it first in the apply transaction: on PostgreSQL its row lock makes a racing runner wait here, then find the
 * position moved, rather than apply the same events alongside.
 */
export const moveCheckpoint = async (
  trx: Kysely<any>,
  name: string,
  from: { readonly version: number; readonly position: number },
  to: number,
): Promise<void> => {
  const result = await trx
    .updateTable(CHECKPOINT_TABLE)
    .set({ position: to, updated_at: new Date().toISOString() })
    .where('name', '=', name)
    .where('version', '=', from.version)
    .where('position', '=', from.position)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new CheckpointMoved(name, from);
};
