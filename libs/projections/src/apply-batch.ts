import type { RecordedEvent } from '@makers/event-store';
import { moveCheckpoint } from './checkpoints';
import type { Projection } from './projection';
import type { ReadModelDatabase } from './read-model-database';

/** An event the projection failed to apply; names the event so the log says which one to look at. */
export class ProjectionApplyFailed extends Error {
  constructor(
    readonly projectionName: string,
    readonly event: Pick<RecordedEvent, 'position' | 'type' | 'streamName' | 'id'>,
    override readonly cause: unknown,
  ) {
    super(
      `projection ${projectionName} failed to apply ${event.type} at position ${event.position} ` +
        `(stream ${event.streamName}, event ${event.id}): ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'ProjectionApplyFailed';
  }
}

export interface ProjectionPosition {
  readonly version: number;
  readonly position: number;
}

/**
 * Applies a batch in one transaction together with moving the checkpoint past its last event: all of it or none of it.
 * Events the projection does not read are skipped but still move the checkpoint. Throws `CheckpointMoved` (nothing
 * applied) when another writer got there first, and `ProjectionApplyFailed` (nothing applied) when an event fails.
 */
export const applyBatch = async (
  database: ReadModelDatabase,
  projection: Projection,
  from: ProjectionPosition,
  events: readonly RecordedEvent[],
): Promise<ProjectionPosition> => {
  // A subscription resumed from `from` delivers nothing at or before it; a replay that overlaps must not apply twice.
  const fresh = events.filter((event) => event.position > from.position);
  if (fresh.length === 0) return from;
  const to = fresh[fresh.length - 1].position;
  const handles = new Set(projection.eventTypes);
  await database.db.transaction().execute(async (trx) => {
    await moveCheckpoint(trx, projection.name, from, to);
    for (const event of fresh) {
      if (!handles.has(event.type)) continue;
      try {
        await projection.apply(trx, event);
      } catch (error) {
        throw new ProjectionApplyFailed(projection.name, event, error);
      }
    }
  });
  return { version: from.version, position: to };
};
