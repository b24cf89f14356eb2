import type { Kysely } from 'kysely';
import { invalidInput } from '@makers/kernel';
import { ENTITIES, isEntity, type Entity } from '@makers/programme';
import type { PlatformStatus } from '../../platform/platform.state';
import { PLATFORM_MUNICIPALITIES, PLATFORMS, type PlatformReadModelTables } from './platform-read-model.tables';

/** The states a formed platform moves through, by events. */
export const PLATFORM_STATES = ['forming', 'active', 'institutionalised', 'dormant', 'closed'] as const satisfies readonly PlatformStatus[];
export type PlatformState = (typeof PLATFORM_STATES)[number];
export const isPlatformState = (value: unknown): value is PlatformState => (PLATFORM_STATES as readonly unknown[]).includes(value);

/** Which platforms a list or a figure is about; every part optional, all parts must hold. */
export interface PlatformFilter {
  /** One platform. */
  readonly platformId?: string | null;
  /** Platforms this municipality is part of. */
  readonly municipalityId?: string | null;
  /** Platforms with at least one municipality in this entity. */
  readonly entity?: Entity | null;
  readonly state?: PlatformState | null;
}

/** The platforms table narrowed to what `filter` selects; the filter's values are checked first. */
export const platformsMatching = (db: Kysely<any>, filter: PlatformFilter) => {
  const { platformId, municipalityId, entity, state } = filter;
  if (entity != null && !isEntity(entity)) throw invalidInput('EntityUnknown', `entity must be one of ${ENTITIES.join(', ')}`, 'entity');
  if (state != null && !isPlatformState(state)) throw invalidInput('PlatformStateUnknown', `state must be one of ${PLATFORM_STATES.join(', ')}`, 'state');
  let query = (db as Kysely<PlatformReadModelTables>).selectFrom(PLATFORMS);
  if (platformId != null) query = query.where(`${PLATFORMS}.platform_id`, '=', platformId);
  if (state != null) query = query.where(`${PLATFORMS}.status`, '=', state);
  if (municipalityId != null || entity != null) {
    query = query.where(({ exists, selectFrom }) => {
      let inner = selectFrom(PLATFORM_MUNICIPALITIES)
        .select(`${PLATFORM_MUNICIPALITIES}.platform_id`)
        .whereRef(`${PLATFORM_MUNICIPALITIES}.platform_id`, '=', `${PLATFORMS}.platform_id`);
      if (municipalityId != null) inner = inner.where(`${PLATFORM_MUNICIPALITIES}.municipality_id`, '=', municipalityId);
      if (entity != null) inner = inner.where(`${PLATFORM_MUNICIPALITIES}.entity`, '=', entity);
      return exists(inner);
    });
  }
  return query;
};
