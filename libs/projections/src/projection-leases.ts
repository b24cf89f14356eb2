import { createHash } from 'node:crypto';
import type { DedicatedConnection, ReadModelDatabase } from './read-model-database';

/**
 * Who may run a projection: at most one runner at a time per projection. A lease only saves work (a runner without it
 * does not read and discard what the holder applies); correctness rests on the compare-and-set checkpoint, which
 * still holds in the moment between a holder losing its lease and noticing.
 */
export interface ProjectionLeases {
  /** Tries once; true when this runner now holds the projection's lease (or already did). */
  tryAcquire(projectionName: string): Promise<boolean>;
  release(projectionName: string): Promise<void>;
  /** Called when leases are lost without being released (the session holding them died). */
  onLost(listener: (projectionNames: readonly string[], error: Error) => void): void;
  /** Releases every lease. */
  close(): Promise<void>;
}

/** One process owns a SQLite file: every lease is granted; the compare-and-set checkpoint guards the rest. */
export class InProcessLeases implements ProjectionLeases {
  async tryAcquire(): Promise<boolean> {
    return true;
  }

  async release(): Promise<void> {}

  onLost(): void {}

  async close(): Promise<void> {}
}

/** A stable signed 64-bit key for the projection's advisory lock (the same in every instance and release). */
export const advisoryLockKey = (projectionName: string): string =>
  createHash('sha256').update(`makers-ledger/projection/${projectionName}`).digest().readBigInt64BE(0).toString();

/**
 * PostgreSQL session-level advisory locks, all held on one dedicated connection per runner (a pooled connection per
 * projection would drain the pool). When that connection dies, the server releases its locks and another runner takes
 * over; this runner hears of it through `onLost` and stops the projections it was running. Its projections ask at once,
 * but a pg client runs one query at a time (pg 8 warns when a second starts early, pg 9 refuses): they queue.
 */
export class AdvisoryLockLeases implements ProjectionLeases {
  private connection: Promise<DedicatedConnection> | undefined;
  private readonly held = new Set<string>();
  private readonly lostListeners: Array<(projectionNames: readonly string[], error: Error) => void> = [];
  /** The last query sent on the connection, settled or not: the next one waits for it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly openConnection: () => Promise<DedicatedConnection>) {}

  static for(database: ReadModelDatabase): ProjectionLeases {
    if (database.dialect !== 'postgres') return new InProcessLeases();
    if (!database.openDedicatedConnection) throw new Error('a PostgreSQL read-model database must offer openDedicatedConnection for leases');
    return new AdvisoryLockLeases(database.openDedicatedConnection);
  }

  tryAcquire(projectionName: string): Promise<boolean> {
    return this.serially(async () => {
      if (this.held.has(projectionName)) return true;
      const connection = await this.session();
      const [row] = await connection.query<{ acquired: boolean }>('select pg_try_advisory_lock($1::bigint) as acquired', [advisoryLockKey(projectionName)]);
      if (row?.acquired) this.held.add(projectionName);
      return Boolean(row?.acquired);
    });
  }

  release(projectionName: string): Promise<void> {
    return this.serially(async () => {
      if (!this.held.delete(projectionName) || !this.connection) return;
      const connection = await this.connection;
      // If the session is gone, so is the lock.
      await connection.query('select pg_advisory_unlock($1::bigint)', [advisoryLockKey(projectionName)]).catch(() => undefined);
    });
  }

  onLost(listener: (projectionNames: readonly string[], error: Error) => void): void {
    this.lostListeners.push(listener);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.held.clear();
    // Ending the session releases every lock it holds.
    if (connection) await (await connection.catch(() => undefined))?.close();
  }

  /** Runs `work` once every query queued before it has settled, whether it answered or failed. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private session(): Promise<DedicatedConnection> {
    if (!this.connection) {
      const opening = this.openConnection().then((connection) => {
        connection.onLost((error) => this.lose(opening, error));
        return connection;
      });
      opening.catch(() => {
        if (this.connection === opening) this.connection = undefined;
      });
      this.connection = opening;
    }
    return this.connection;
  }

  private lose(session: Promise<DedicatedConnection>, error: Error): void {
    if (this.connection !== session) return;
    this.connection = undefined;
    const lost = [...this.held];
    this.held.clear();
    for (const listener of this.lostListeners) listener(lost, error);
    void session.then((connection) => connection.close());
  }
}
