import type { EventStore } from '@makers/event-store';
import { applyBatch, type ProjectionPosition } from './apply-batch';
import { CheckpointMoved, ensureCheckpointTable, readCheckpoint, resetCheckpoint } from './checkpoints';
import type { Projection } from './projection';
import type { ReadModelDatabase } from './read-model-database';

export interface RebuildProgress {
  /** Global position of the last event taken into account. */
  readonly position: number;
  /** Events the projection applied so far (events of other types are read but not counted). */
  readonly eventsApplied: number;
}

export interface RebuildProjectionOptions {
  readonly store: EventStore;
  readonly database: ReadModelDatabase;
  readonly projection: Projection;
  /** Events read per page, and applied per transaction (default 500). */
  readonly batchSize?: number;
  /** Called after each committed page: the CLI draws its progress bar with it. */
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Stops between pages; what was committed stays committed, and a runner resumes from it. */
  readonly signal?: AbortSignal;
}

export const DEFAULT_BATCH_SIZE = 500;

/**
 * Drops the projection's tables, sets them up again and resets its checkpoint, in one transaction (PostgreSQL and
 * SQLite both roll DDL back), so that readers see either the old tables or the new empty ones.
 */
export const resetProjection = async (database: ReadModelDatabase, projection: Projection): Promise<void> => {
  await database.db.transaction().execute(async (trx) => {
    await projection.teardown(trx);
    await projection.setup(trx);
    await resetCheckpoint(trx, projection.name, projection.version);
  });
};

/**
 * Rebuilds a read model from zero: reset, then replay every event through `store.readAll` pages, one transaction per
 * page. Safe while a runner elsewhere also feeds the projection: each page moves the checkpoint by compare-and-set, and
 * a page someone else committed first is skipped by resuming from their checkpoint.
 */
export const rebuildProjection = async (options: RebuildProjectionOptions): Promise<RebuildProgress> => {
  await ensureCheckpointTable(options.database);
  await resetProjection(options.database, options.projection);
  return replayProjection(options, { version: options.projection.version, position: -1 });
};

/** Replays from a checkpoint to the end of the store as it is now, in pages. */
export const replayProjection = async (options: RebuildProjectionOptions, start: ProjectionPosition): Promise<RebuildProgress> => {
  const { store, database, projection } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const handles = new Set(projection.eventTypes);
  let at = start;
  let eventsApplied = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await store.readAll({ after: at.position < 0 ? undefined : at.position, maxCount: batchSize });
    if (page.length === 0) return { position: at.position, eventsApplied };
    try {
      at = await applyBatch(database, projection, at, page);
      eventsApplied += page.filter((event) => handles.has(event.type)).length;
    } catch (error) {
      if (!(error instanceof CheckpointMoved)) throw error;
      const moved = await readCheckpoint(database.db, projection.name);
      if (!moved || moved.version !== projection.version) throw error;
      at = { version: moved.version, position: moved.position };
    }
    options.onProgress?.({ position: at.position, eventsApplied });
  }
};
