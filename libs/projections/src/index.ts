export * from './projection';
export * from './read-model-database';
export {
  CHECKPOINT_TABLE,
  NO_POSITION,
  CheckpointMoved,
  ensureCheckpointTable,
  readCheckpoint,
  readCheckpoints,
  type Checkpoint,
} from './checkpoints';
export { ProjectionApplyFailed } from './apply-batch';
export { rebuildProjection, DEFAULT_BATCH_SIZE, type RebuildProgress, type RebuildProjectionOptions } from './rebuild-projection';
export { AdvisoryLockLeases, InProcessLeases, advisoryLockKey, type ProjectionLeases } from './projection-leases';
export type { ProjectionLogger, ProjectionState, ProjectionStatus } from './projection-worker';
export { ProjectionRunner, ReadModelsBehind, type ProjectionRunnerOptions } from './projection-runner';
export { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize, toPage, type Page, type PageRequest } from './page-cursor';
export { foldName, KEY_SEPARATOR, nameSortKey } from './sort-key';
