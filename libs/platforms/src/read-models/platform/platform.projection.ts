import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { nameSortKey, type Projection } from '@makers/projections';
import { PLATFORM_EVENT_TYPES, type CoChairSeat, type PlatformEvent } from '../../platform/platform.events';
import type { QuorumRule } from '../../platform/quorum';
import {
  createPlatformTables,
  dropPlatformTables,
  PLATFORM_MEMBERSHIPS,
  PLATFORM_MILESTONES,
  PLATFORM_MUNICIPALITIES,
  PLATFORMS,
  type PlatformReadModelTables,
} from './platform-read-model.tables';

const isPlatformEvent = (event: RecordedEvent): event is RecordedEvent & PlatformEvent => (PLATFORM_EVENT_TYPES as readonly string[]).includes(event.type);

const quorumColumns = (quorum: QuorumRule) => ({
  quorum_kind: quorum.kind,
  quorum_members: quorum.kind === 'minimum' ? quorum.members : null,
  quorum_percent: quorum.kind === 'share' ? quorum.percent : null,
});

const SEAT_COLUMNS = {
  'young-activist': { id: 'young_activist_co_chair_id', since: 'young_activist_co_chair_since' },
  'municipal-staff': { id: 'municipal_staff_co_chair_id', since: 'municipal_staff_co_chair_since' },
} as const satisfies Record<CoChairSeat, { id: string; since: string }>;

/**
 * Platforms with their municipalities, current co-chairs, quorum rule and state; every membership (current and past);
 * institutionalisation milestones with their evidence. Every write is an upsert or an update keyed by id, so applying
 * an event twice leaves the same rows as applying it once.
 */
export const platformProjection: Projection<PlatformReadModelTables> = {
  name: 'platforms',
  version: 1,
  eventTypes: PLATFORM_EVENT_TYPES,
  setup: (db: Kysely<any>) => createPlatformTables(db),
  teardown: (db: Kysely<any>) => dropPlatformTables(db),
  apply: async (trx: Transaction<PlatformReadModelTables>, recorded: RecordedEvent) => {
    if (!isPlatformEvent(recorded)) return;
    const event = recorded as PlatformEvent;
    const platforms = trx.updateTable(PLATFORMS).where('platform_id', '=', event.data.platformId);
    switch (event.type) {
      case 'PlatformFormed': {
        const { platformId, name, municipalities, interMunicipal, interEntity, quorum } = event.data;
        const row = {
          name,
          sort_key: nameSortKey(name, platformId),
          inter_municipal: interMunicipal ? 1 : 0,
          inter_entity: interEntity ? 1 : 0,
          status: 'forming',
          status_reason: null,
          ...quorumColumns(quorum),
          young_activist_co_chair_id: null,
          young_activist_co_chair_since: null,
          municipal_staff_co_chair_id: null,
          municipal_staff_co_chair_since: null,
          institutionalised_on: null,
          formed_at: recorded.metadata.occurredAt,
        };
        await trx
          .insertInto(PLATFORMS)
          .values({ platform_id: platformId, ...row })
          .onConflict((conflict) => conflict.column('platform_id').doUpdateSet(row))
          .execute();
        for (const [position, { municipalityId, name: municipalityName, entity }] of municipalities.entries()) {
          const municipality = { name: municipalityName, entity, position };
          await trx
            .insertInto(PLATFORM_MUNICIPALITIES)
            .values({ platform_id: platformId, municipality_id: municipalityId, ...municipality })
            .onConflict((conflict) => conflict.columns(['platform_id', 'municipality_id']).doUpdateSet(municipality))
            .execute();
        }
        return;
      }
      case 'MemberAdmitted': {
        const { platformId, personId, role, sex, joinedOn } = event.data;
        await trx
          .insertInto(PLATFORM_MEMBERSHIPS)
          .values({ platform_id: platformId, person_id: personId, joined_on: joinedOn, role, sex, left_on: null })
          .onConflict((conflict) => conflict.columns(['platform_id', 'person_id', 'joined_on']).doUpdateSet({ role, sex }))
          .execute();
        return;
      }
      case 'MemberLeft':
        await trx
          .updateTable(PLATFORM_MEMBERSHIPS)
          .set({ left_on: event.data.leftOn })
          .where('platform_id', '=', event.data.platformId)
          .where('person_id', '=', event.data.personId)
          .where('left_on', 'is', null)
          .execute();
        return;
      case 'CoChairSeatVacated': {
        const seat = SEAT_COLUMNS[event.data.seat];
        await platforms
          .set({ [seat.id]: null, [seat.since]: null })
          .where(seat.id, '=', event.data.personId)
          .execute();
        return;
      }
      case 'CoChairsNamed': {
        const { youngActivistId, municipalStaffId, namedOn } = event.data;
        await platforms
          .set({
            young_activist_co_chair_id: youngActivistId,
            young_activist_co_chair_since: namedOn,
            municipal_staff_co_chair_id: municipalStaffId,
            municipal_staff_co_chair_since: namedOn,
          })
          .execute();
        return;
      }
      case 'QuorumRuleSet':
        await platforms.set(quorumColumns(event.data.quorum)).execute();
        return;
      case 'PlatformActivated':
        await platforms.set({ status: 'active', status_reason: null }).execute();
        return;
      case 'InstitutionalisationMilestoneRecorded': {
        const { platformId, milestoneId, kind, municipalityId, achievedOn, referenceNumber, documentUrl, call } = event.data;
        const milestone = {
          kind,
          municipality_id: municipalityId,
          achieved_on: achievedOn,
          reference_number: referenceNumber,
          document_url: documentUrl,
          call_reference: call?.reference ?? null,
          call_amount_minor: call?.amount.amountMinor ?? null,
          call_currency: call?.amount.currency ?? null,
        };
        await trx
          .insertInto(PLATFORM_MILESTONES)
          .values({ platform_id: platformId, milestone_id: milestoneId, ...milestone })
          .onConflict((conflict) => conflict.columns(['platform_id', 'milestone_id']).doUpdateSet(milestone))
          .execute();
        return;
      }
      case 'PlatformInstitutionalised':
        // A dormant platform recognised late stays dormant; reviving it brings it back as institutionalised.
        await platforms.set({ institutionalised_on: event.data.institutionalisedOn }).execute();
        await platforms.set({ status: 'institutionalised', status_reason: null }).where('status', '!=', 'dormant').execute();
        return;
      case 'PlatformWentDormant':
        await platforms.set({ status: 'dormant', status_reason: event.data.reason }).execute();
        return;
      case 'PlatformRevived':
        await platforms
          .set((eb) => ({
            status: eb.case().when('institutionalised_on', 'is', null).then('active').else('institutionalised').end(),
            status_reason: null,
          }))
          .execute();
        return;
      case 'PlatformClosed':
        await platforms.set({ status: 'closed', status_reason: event.data.reason }).execute();
        return;
      default:
        assertNever(event);
    }
  },
};
