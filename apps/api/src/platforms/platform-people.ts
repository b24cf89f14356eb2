import { Inject, Injectable } from '@nestjs/common';
import { findPeople, type PersonSummary } from '@makers/people';
import type { ReadModelDatabase } from '@makers/projections';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import type { PlatformPerson } from './platforms.types';

/**
 * Names of members and co-chairs, from the people context's directory (its read model), for readers allowed to see
 * them. The platform read model itself holds no names.
 */
@Injectable()
export class PlatformPeople {
  constructor(@Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase) {}

  find(personIds: Iterable<string>): Promise<ReadonlyMap<string, PersonSummary>> {
    return findPeople(this.readModels.db, personIds);
  }

  /** A person as a platform shows them: erased once forgotten; by id alone while the directory has not caught up. */
  shown(personId: string, directory: ReadonlyMap<string, PersonSummary>): PlatformPerson {
    const entry = directory.get(personId);
    return { personId, name: entry?.name ?? null, erased: entry?.erased ?? false };
  }
}
