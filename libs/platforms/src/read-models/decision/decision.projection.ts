import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { KEY_SEPARATOR, type Projection } from '@makers/projections';
import { DECISION_REGISTER_EVENT_TYPES, type DecisionRegisterEvent } from '../../decision-register/decision-register.events';
import type { PlatformFormed } from '../../platform/platform.events';
import { utcInstant } from '../meeting/instant-sort-key';
import {
  createDecisionTables,
  DECISIONS,
  dropDecisionTables,
  PRIORITIES,
  REGISTER_MUNICIPALITIES,
  type DecisionReadModelTables,
} from './decision-read-model.tables';

type DecisionReadModelEvent = DecisionRegisterEvent | PlatformFormed;

const EVENT_TYPES: readonly string[] = [...DECISION_REGISTER_EVENT_TYPES, 'PlatformFormed'];

const isDecisionReadModelEvent = (event: RecordedEvent): event is RecordedEvent & DecisionReadModelEvent => EVENT_TYPES.includes(event.type);

/** Decisions in the order they were taken: the meeting's time, then the order they were recorded in. */
const sortKeyOf = (heldAt: string, position: number) => `${utcInstant(heldAt)}${KEY_SEPARATOR}${String(position).padStart(16, '0')}`;

/**
 * The decision register: every decision with its votes and whether it still stands, and the local priorities that
 * decisions identified. A decision is never edited: superseding or rescinding it only changes its status and names
 * the later decision, and both stay listed. PlatformFormed gives each platform's municipalities, so priorities can be
 * listed by municipality without reading another projection's tables. Upserts throughout: applying an event twice
 * leaves the same rows.
 */
export const decisionProjection: Projection<DecisionReadModelTables> = {
  name: 'platforms-decisions',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createDecisionTables(db),
  teardown: (db: Kysely<any>) => dropDecisionTables(db),
  apply: async (trx: Transaction<DecisionReadModelTables>, recorded: RecordedEvent) => {
    if (!isDecisionReadModelEvent(recorded)) return;
    const event = recorded as DecisionReadModelEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'PlatformFormed': {
        const { platformId, municipalities } = event.data;
        for (const { municipalityId } of municipalities) {
          await trx
            .insertInto(REGISTER_MUNICIPALITIES)
            .values({ platform_id: platformId, municipality_id: municipalityId })
            .onConflict((conflict) => conflict.columns(['platform_id', 'municipality_id']).doNothing())
            .execute();
        }
        return;
      }
      case 'DecisionRecorded': {
        const { platformId, decisionId, meetingId, heldAt, kind, title, text, votes, supersedes, rescinds } = event.data;
        const row = {
          meeting_id: meetingId,
          held_at: heldAt,
          kind,
          title,
          text,
          votes_for: votes.for,
          votes_against: votes.against,
          votes_abstaining: votes.abstaining,
          supersedes,
          rescinds,
          sort_key: sortKeyOf(heldAt, recorded.position),
          recorded_at: at,
        };
        // A repeat keeps the status a later decision gave it.
        await trx
          .insertInto(DECISIONS)
          .values({ platform_id: platformId, decision_id: decisionId, status: 'standing', replaced_by: null, ...row })
          .onConflict((conflict) => conflict.columns(['platform_id', 'decision_id']).doUpdateSet(row))
          .execute();
        return;
      }
      case 'PriorityIdentified': {
        const { platformId, priorityId, decisionId, title, description } = event.data;
        const decision = await trx
          .selectFrom(DECISIONS)
          .select(['meeting_id', 'sort_key'])
          .where('platform_id', '=', platformId)
          .where('decision_id', '=', decisionId)
          .executeTakeFirstOrThrow();
        const row = { decision_id: decisionId, meeting_id: decision.meeting_id, title, description, sort_key: decision.sort_key, identified_at: at };
        await trx
          .insertInto(PRIORITIES)
          .values({ platform_id: platformId, priority_id: priorityId, ...row })
          .onConflict((conflict) => conflict.columns(['platform_id', 'priority_id']).doUpdateSet(row))
          .execute();
        return;
      }
      case 'DecisionSuperseded':
      case 'DecisionRescinded':
        await trx
          .updateTable(DECISIONS)
          .set({ status: event.type === 'DecisionSuperseded' ? 'superseded' : 'rescinded', replaced_by: event.data.by })
          .where('platform_id', '=', event.data.platformId)
          .where('decision_id', '=', event.data.decisionId)
          .execute();
        return;
      default:
        assertNever(event);
    }
  },
};
