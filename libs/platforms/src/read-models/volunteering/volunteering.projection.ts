import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { KEY_SEPARATOR, type Projection } from '@makers/projections';
import type { PlatformFormed } from '../../platform/platform.events';
import { VOLUNTEERING_EVENT_TYPES, type VolunteeringEvent } from '../../volunteering/volunteering.events';
import {
  createVolunteeringTables,
  dropVolunteeringTables,
  VOLUNTEER_ENTRIES,
  VOLUNTEERING_PLATFORM_MUNICIPALITIES,
  VOLUNTEERING_PLATFORMS,
  type VolunteeringReadModelTables,
} from './volunteering-read-model.tables';

type VolunteeringReadModelEvent = VolunteeringEvent | PlatformFormed;

const EVENT_TYPES: readonly string[] = [...VOLUNTEERING_EVENT_TYPES, 'PlatformFormed'];

/** The keyset order of entries: the day, then the person, then the entry (ids are slugs, dates fixed-width). */
export const volunteerEntrySortKey = (workedOn: string, personId: string, entryId: string): string => `${workedOn}${KEY_SEPARATOR}${personId}${KEY_SEPARATOR}${entryId}`;

/**
 * Volunteer hours, entry by entry, with the platforms they went to and those platforms' municipalities (taken from
 * PlatformFormed, which is where a platform's municipalities are fixed), so hours can be summed by platform,
 * municipality and month. Every write is an upsert or an update keyed by id: applying an event twice changes nothing.
 */
export const volunteeringProjection: Projection<VolunteeringReadModelTables> = {
  name: 'platforms-volunteering',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createVolunteeringTables(db),
  teardown: (db: Kysely<any>) => dropVolunteeringTables(db),
  apply: async (trx: Transaction<VolunteeringReadModelTables>, recorded: RecordedEvent) => {
    if (!EVENT_TYPES.includes(recorded.type)) return;
    const event = recorded as unknown as VolunteeringReadModelEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'PlatformFormed': {
        const { platformId, name, municipalities } = event.data;
        await trx
          .insertInto(VOLUNTEERING_PLATFORMS)
          .values({ platform_id: platformId, name })
          .onConflict((conflict) => conflict.column('platform_id').doUpdateSet({ name }))
          .execute();
        for (const { municipalityId, name: municipalityName } of municipalities) {
          await trx
            .insertInto(VOLUNTEERING_PLATFORM_MUNICIPALITIES)
            .values({ platform_id: platformId, municipality_id: municipalityId, municipality_name: municipalityName })
            .onConflict((conflict) => conflict.columns(['platform_id', 'municipality_id']).doUpdateSet({ municipality_name: municipalityName }))
            .execute();
        }
        return;
      }
      case 'VolunteerHoursLogged': {
        const { entryId, personId, on, minutes, platformId, initiativeId, activity, loggedBy } = event.data;
        const row = {
          worked_on: on,
          month: on.slice(0, 7),
          minutes,
          platform_id: platformId,
          initiative_id: initiativeId,
          activity,
          status: 'logged' as const,
          logged_by: loggedBy,
          logged_at: at,
          reviewed_by: null,
          reviewed_at: null,
          rejection_reason: null,
          sort_key: volunteerEntrySortKey(on, personId, entryId),
        };
        await trx
          .insertInto(VOLUNTEER_ENTRIES)
          .values({ person_id: personId, entry_id: entryId, ...row })
          .onConflict((conflict) => conflict.columns(['person_id', 'entry_id']).doUpdateSet(row))
          .execute();
        return;
      }
      case 'VolunteerHoursVerified':
        await trx
          .updateTable(VOLUNTEER_ENTRIES)
          .set({ status: 'verified', reviewed_by: event.data.verifiedBy, reviewed_at: at, rejection_reason: null })
          .where('person_id', '=', event.data.personId)
          .where('entry_id', '=', event.data.entryId)
          .execute();
        return;
      case 'VolunteerHoursRejected':
        await trx
          .updateTable(VOLUNTEER_ENTRIES)
          .set({ status: 'rejected', reviewed_by: event.data.rejectedBy, reviewed_at: at, rejection_reason: event.data.reason })
          .where('person_id', '=', event.data.personId)
          .where('entry_id', '=', event.data.entryId)
          .execute();
        return;
      default:
        assertNever(event);
    }
  },
};
