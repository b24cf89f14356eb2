import type { EventStore } from '@makers/event-store';
import { delay, unlessAborted } from './abortable';
import { applyBatch, ProjectionApplyFailed, type ProjectionPosition } from './apply-batch';
import { CheckpointMoved, readCheckpoint, resetCheckpoint, NO_POSITION } from './checkpoints';
import { EventBatches } from './event-batches';
import type { Projection } from './projection';
import type { ProjectionLeases } from './projection-leases';
import type { ReadModelDatabase } from './read-model-database';
import { rebuildProjection, replayProjection, resetProjection, type RebuildProgress } from './rebuild-projection';

export interface ProjectionLogger {
  log(message: string): void;
  warn?(message: string): void;
  error(message: string, error?: unknown): void;
}

export type ProjectionState =
  /** Not started, or stopped. */
  | 'stopped'
  /** Another runner holds the lease; this one retries now and then. */
  | 'standby'
  /** Holds the lease; setting up, checking the version, replaying a rebuild. */
  | 'preparing'
  | 'rebuilding'
  /** Following the subscription. */
  | 'running'
  /** A batch failed; retrying it after a delay. */
  | 'retrying'
  /** The stored tables were written by a newer version of the projection: left to the runner that has it. */
  | 'superseded';

export interface ProjectionStatus {
  readonly name: string;
  readonly state: ProjectionState;
  /** Last position this runner committed (undefined until it has run). */
  readonly position?: number;
  readonly lastError?: string;
}

export interface ProjectionWorkerOptions {
  readonly store: EventStore;
  readonly database: ReadModelDatabase;
  readonly projection: Projection;
  readonly leases: ProjectionLeases;
  readonly logger: ProjectionLogger;
  readonly batchSize: number;
  readonly leaseRetryMs: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  /** Called after every committed batch (waiters for a position look again). */
  readonly onCommitted: () => void;
}

interface PendingRebuild {
  readonly onProgress?: (progress: RebuildProgress) => void;
  readonly resolve: (progress: RebuildProgress) => void;
  readonly reject: (error: unknown) => void;
}

class Superseded extends Error {}

/**
 * Keeps one projection current: waits for its lease, prepares its tables (rebuilding them when its version changed),
 * then applies the subscription's events in batches, each batch and the checkpoint in one transaction. Never skips an
 * event: a failing batch is retried, with growing delays, until it applies or the worker stops.
 */
export class ProjectionWorker {
  private state: ProjectionState = 'stopped';
  private position: number | undefined;
  private lastError: string | undefined;
  private stopping = new AbortController();
  /** Aborted when the lease is lost; replaced on every lease taken. */
  private holding: AbortController | undefined;
  /** Aborted to interrupt following the subscription (a rebuild was asked for). */
  private following: AbortController | undefined;
  private pendingRebuild: PendingRebuild | undefined;
  private loop: Promise<void> | undefined;
  /** Resolves `start()`: after the first lease attempt, and once the tables exist when it got the lease. */
  private settleFirstAttempt: () => void = () => undefined;

  constructor(private readonly options: ProjectionWorkerOptions) {}

  get name(): string {
    return this.options.projection.name;
  }

  status(): ProjectionStatus {
    return { name: this.name, state: this.state, position: this.position, lastError: this.lastError };
  }

  /** Starts the worker; resolves once its first attempt at the lease has settled (and, when it got it, its tables are set up). */
  start(): Promise<void> {
    if (this.loop) throw new Error(`projection ${this.name} is already running`);
    this.stopping = new AbortController();
    const firstAttempt = new Promise<void>((resolve) => (this.settleFirstAttempt = resolve));
    this.loop = this.run().finally(() => this.settleFirstAttempt());
    return firstAttempt;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    this.loop = undefined;
    this.state = 'stopped';
  }

  /** The lease went with its session: stop applying (another runner may now hold it). */
  leaseLost(error: Error): void {
    if (!this.holding) return;
    this.options.logger.error(`projection ${this.name}: lease lost, stopping until it is taken again`, error);
    this.holding.abort();
  }

  /**
   * Rebuilds from zero. While this worker holds the lease it rebuilds in place (nothing else applies meanwhile);
   * otherwise it rebuilds directly, racing safely (compare-and-set) with whichever runner holds the lease.
   */
  rebuild(onProgress?: (progress: RebuildProgress) => void): Promise<RebuildProgress> {
    if (!this.holding || this.stopping.signal.aborted) {
      const { store, database, projection, batchSize } = this.options;
      return rebuildProjection({ store, database, projection, batchSize, onProgress });
    }
    this.pendingRebuild?.reject(new Error(`rebuild of projection ${this.name} superseded by a newer request`));
    return new Promise<RebuildProgress>((resolve, reject) => {
      this.pendingRebuild = { onProgress, resolve, reject };
      this.following?.abort();
    });
  }

  private async run(): Promise<void> {
    const { leases, leaseRetryMs } = this.options;
    const stopping = this.stopping.signal;
    while (!stopping.aborted) {
      let acquired = false;
      try {
        acquired = await leases.tryAcquire(this.name);
      } catch (error) {
        this.lastError = describe(error);
        this.options.logger.error(`projection ${this.name}: cannot take its lease`, error);
      }
      if (!acquired) {
        this.state = 'standby';
        this.settleFirstAttempt();
        await delay(leaseRetryMs, stopping);
        continue;
      }
      const holding = new AbortController();
      this.holding = holding;
      let superseded = false;
      try {
        superseded = await this.holdLease(AbortSignal.any([stopping, holding.signal]));
      } finally {
        this.holding = undefined;
        await leases.release(this.name).catch((error) => this.options.logger.error(`projection ${this.name}: cannot release its lease`, error));
      }
      // A runner with an older version steps back for longer, so the newer one gets the lease. One that lost its
      // session steps back too: another runner may have taken over, and its own connection may still be failing.
      if (superseded) await delay(leaseRetryMs * 5, stopping);
      else if (holding.signal.aborted) await delay(leaseRetryMs * 2, stopping);
    }
    this.pendingRebuild?.reject(new Error(`projection ${this.name} stopped before its rebuild`));
    this.pendingRebuild = undefined;
  }

  /** Runs the projection while the lease is held; true when it must step back for a newer version. */
  private async holdLease(signal: AbortSignal): Promise<boolean> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const start = await this.prepare(signal);
        this.settleFirstAttempt();
        if (!start || signal.aborted) continue;
        failures = 0;
        await this.follow(start, signal);
      } catch (error) {
        this.settleFirstAttempt();
        if (error instanceof Superseded) return true;
        if (signal.aborted) break;
        failures += 1;
        this.state = 'retrying';
        this.lastError = describe(error);
        this.options.logger.error(`projection ${this.name}: ${describe(error)}; retrying`, error);
        await delay(this.retryDelay(failures), signal);
      }
    }
    return false;
  }

  /**
   * Sets the tables up and finds where to resume: from the checkpoint when the stored version matches, from zero after
   * a rebuild when it is older (or a rebuild was asked for). Returns undefined when it was interrupted.
   */
  private async prepare(signal: AbortSignal): Promise<ProjectionPosition | undefined> {
    const { database, projection } = this.options;
    this.state = 'preparing';
    const rebuild = this.pendingRebuild;
    this.pendingRebuild = undefined;
    try {
      const checkpoint = await readCheckpoint(database.db, projection.name);
      if (!rebuild && checkpoint && checkpoint.version > projection.version) {
        this.state = 'superseded';
        this.options.logger.warn?.(
          `projection ${projection.name}: stored version ${checkpoint.version} is newer than this runner's ${projection.version}; leaving it to the newer runner`,
        );
        throw new Superseded();
      }
      if (!rebuild && checkpoint?.version === projection.version) {
        await projection.setup(database.db);
        this.position = checkpoint.position;
        return { version: checkpoint.version, position: checkpoint.position };
      }
      if (!rebuild && !checkpoint) {
        await database.db.transaction().execute(async (trx) => {
          await projection.setup(trx);
          await resetCheckpoint(trx, projection.name, projection.version, NO_POSITION);
        });
        this.position = NO_POSITION;
        return { version: projection.version, position: NO_POSITION };
      }
      const reason = rebuild ? 'asked for' : `stored version ${checkpoint?.version}, now ${projection.version}`;
      this.options.logger.log(`projection ${projection.name}: rebuilding from zero (${reason})`);
      this.state = 'rebuilding';
      await resetProjection(database, projection);
      this.position = NO_POSITION;
      this.settleFirstAttempt(); // the tables exist: callers need not wait for the replay
      const { store, batchSize } = this.options;
      const progress = await replayProjection(
        {
          store,
          database,
          projection,
          batchSize,
          signal,
          onProgress: (progress) => {
            this.position = progress.position;
            this.options.onCommitted();
            rebuild?.onProgress?.(progress);
          },
        },
        { version: projection.version, position: NO_POSITION },
      );
      this.options.logger.log(`projection ${projection.name}: rebuilt, ${progress.eventsApplied} events applied up to position ${progress.position}`);
      rebuild?.resolve(progress);
      // Resume from what is stored: another writer may have moved it meanwhile.
      const after = await readCheckpoint(database.db, projection.name);
      return after && { version: after.version, position: after.position };
    } catch (error) {
      if (signal.aborted && !(error instanceof Superseded)) {
        rebuild?.reject(new Error(`rebuild of projection ${projection.name} interrupted`));
        return undefined;
      }
      rebuild?.reject(error);
      throw error;
    }
  }

  /** Applies the subscription's batches until interrupted, or until another writer moves the checkpoint (resync). */
  private async follow(start: ProjectionPosition, holding: AbortSignal): Promise<void> {
    const { store, database, projection, batchSize } = this.options;
    this.following = new AbortController();
    const signal = AbortSignal.any([holding, this.following.signal]);
    const subscription = store.subscribeToAll(start.position === NO_POSITION ? {} : { after: start.position });
    const batches = new EventBatches(subscription, batchSize);
    let at = start;
    this.state = 'running';
    try {
      // A rebuild asked for while preparing found nothing to interrupt yet: it goes first.
      while (!signal.aborted && !this.pendingRebuild) {
        const batch = await unlessAborted(batches.next(), signal);
        if (!batch) return;
        for (let attempt = 1; ; attempt += 1) {
          try {
            at = await applyBatch(database, projection, at, batch);
            this.position = at.position;
            this.state = 'running';
            this.options.onCommitted();
            break;
          } catch (error) {
            if (error instanceof CheckpointMoved) {
              this.options.logger.log(`projection ${projection.name}: another runner moved its checkpoint; resuming from there`);
              return;
            }
            this.state = 'retrying';
            this.lastError = describe(error);
            const where =
              error instanceof ProjectionApplyFailed
                ? ''
                : ` (batch of ${batch.length}, positions ${batch[0].position}..${batch[batch.length - 1].position})`;
            this.options.logger.error(`projection ${projection.name}: ${describe(error)}${where}; retrying the batch (attempt ${attempt})`, error);
            await delay(this.retryDelay(attempt), signal);
            if (signal.aborted) return;
          }
        }
      }
    } finally {
      this.following = undefined;
      await subscription.close().catch((error) => this.options.logger.error(`projection ${projection.name}: closing its subscription failed`, error));
    }
  }

  private retryDelay(attempt: number): number {
    return Math.min(this.options.retryDelayMs * 2 ** (attempt - 1), this.options.maxRetryDelayMs);
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
