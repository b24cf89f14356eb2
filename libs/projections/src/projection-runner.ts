import type { EventStore } from '@makers/event-store';
import { delay } from './abortable';
import { ensureCheckpointTable, NO_POSITION, readCheckpoints } from './checkpoints';
import type { Projection } from './projection';
import { AdvisoryLockLeases, type ProjectionLeases } from './projection-leases';
import { ProjectionWorker, type ProjectionLogger, type ProjectionStatus } from './projection-worker';
import type { ReadModelDatabase } from './read-model-database';
import { DEFAULT_BATCH_SIZE, type RebuildProgress } from './rebuild-projection';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly database: ReadModelDatabase;
  readonly projections: readonly Projection[];
  /** Most events applied in one transaction (default 500). Batches never wait to fill. */
  readonly batchSize?: number;
  /** Default: console. */
  readonly logger?: ProjectionLogger;
  /** How often a runner without a projection's lease tries to take it (default 5,000 ms). */
  readonly leaseRetryMs?: number;
  /** Delay before retrying a failed batch; it doubles on each failure up to `maxRetryDelayMs` (defaults 1,000 and 60,000 ms). */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  /** How often `waitForPosition` looks at the stored checkpoints (default 100 ms; commits by this runner wake it at once). */
  readonly pollIntervalMs?: number;
  /** `waitForPosition`'s timeout when none is given (default 10,000 ms). */
  readonly waitTimeoutMs?: number;
  /** Who may run which projection; by default advisory locks on PostgreSQL and none needed on SQLite. */
  readonly leases?: ProjectionLeases;
}

/** `waitForPosition` gave up: some read models are behind the position asked for. */
export class ReadModelsBehind extends Error {
  constructor(
    readonly position: number,
    readonly lagging: ReadonlyArray<{ readonly name: string; readonly position: number }>,
    timeoutMs: number,
  ) {
    super(
      `read models not at position ${position} after ${timeoutMs} ms: ` +
        lagging.map((projection) => `${projection.name} at ${projection.position}`).join(', '),
    );
    this.name = 'ReadModelsBehind';
  }
}

/**
 * Keeps read models current from the event store's subscription. Several runners (one per API instance) may share a
 * PostgreSQL read-model database: each projection runs in exactly one of them at a time (an advisory-lock lease), and
 * every batch moves the checkpoint by compare-and-set, so no event is applied twice even if two runners ever overlap.
 */
export class ProjectionRunner {
  private readonly workers: ReadonlyMap<string, ProjectionWorker>;
  private readonly leases: ProjectionLeases;
  private readonly logger: ProjectionLogger;
  private readonly waiters = new Set<() => void>();
  private started = false;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.logger = options.logger ?? console;
    this.leases = options.leases ?? AdvisoryLockLeases.for(options.database);
    const workers = new Map<string, ProjectionWorker>();
    for (const projection of options.projections) {
      if (workers.has(projection.name)) throw new Error(`two projections are named ${projection.name}`);
      workers.set(
        projection.name,
        new ProjectionWorker({
          store: options.store,
          database: options.database,
          projection,
          leases: this.leases,
          logger: this.logger,
          batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
          leaseRetryMs: options.leaseRetryMs ?? 5_000,
          retryDelayMs: options.retryDelayMs ?? 1_000,
          maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
          onCommitted: () => this.wakeWaiters(),
        }),
      );
    }
    this.workers = workers;
    this.leases.onLost((names, error) => {
      for (const name of names) this.workers.get(name)?.leaseLost(error);
    });
  }

  /**
   * Creates the checkpoint table and starts every projection. Resolves once each has tried for its lease and, where
   * it got it, set up its tables; catching up (or rebuilding) continues in the background: see `waitForPosition`.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await ensureCheckpointTable(this.options.database);
    await Promise.all([...this.workers.values()].map((worker) => worker.start()));
  }

  /** Stops following the store, waits for batches in flight to commit or roll back, and releases the leases. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    await this.leases.close();
    this.wakeWaiters();
  }

  /**
   * Resolves when every projection's stored checkpoint has reached the position (read-your-writes after an append).
   * Reads the database, so it holds whichever runner, here or in another instance, runs a projection.
   * Rejects with `ReadModelsBehind` after the timeout.
   */
  async waitForPosition(position: number, timeoutMs = this.options.waitTimeoutMs ?? 10_000): Promise<void> {
    const names = [...this.workers.keys()];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Registered before reading, so a commit between the read and the wait is not missed.
      const controller = new AbortController();
      const wake = (): void => controller.abort();
      this.waiters.add(wake);
      try {
        const stored = new Map((await readCheckpoints(this.options.database.db, names)).map((checkpoint) => [checkpoint.name, checkpoint.position]));
        const lagging = names
          .map((name) => ({ name, position: stored.get(name) ?? NO_POSITION }))
          .filter((projection) => projection.position < position);
        if (lagging.length === 0) return;
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new ReadModelsBehind(position, lagging, timeoutMs);
        await delay(Math.min(remaining, this.options.pollIntervalMs ?? 100), controller.signal);
      } finally {
        this.waiters.delete(wake);
      }
    }
  }

  /**
   * Rebuilds one projection from zero (drop, set up, replay every event). Where this runner holds its lease the
   * rebuild takes the place of following the subscription until done; elsewhere it runs directly, safely beside
   * whichever runner holds it.
   */
  rebuild(name: string, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildProgress> {
    const worker = this.workers.get(name);
    if (!worker) return Promise.reject(new Error(`no projection named ${name}`));
    return worker.rebuild(onProgress);
  }

  status(): ProjectionStatus[] {
    return [...this.workers.values()].map((worker) => worker.status());
  }

  private wakeWaiters(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
