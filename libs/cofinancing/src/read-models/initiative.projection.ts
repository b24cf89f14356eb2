import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import type { Projection } from '@makers/projections';
import { INITIATIVE_EVENT_TYPES, type InitiativeEvent } from '../initiative/initiative.events';
import { createInitiativeTables, dropInitiativeTables, INITIATIVES, type InitiativeReadModelTables } from './initiative-read-model.tables';

const isInitiativeEvent = (event: RecordedEvent): event is RecordedEvent & InitiativeEvent => (INITIATIVE_EVENT_TYPES as readonly string[]).includes(event.type);

/** Initiatives with where they come from; upserts keyed by id, so applying an event twice leaves the same row. */
export const initiativeProjection: Projection<InitiativeReadModelTables> = {
  name: 'cofinancing-initiatives',
  version: 1,
  eventTypes: INITIATIVE_EVENT_TYPES,
  setup: (db: Kysely<any>) => createInitiativeTables(db),
  teardown: (db: Kysely<any>) => dropInitiativeTables(db),
  apply: async (trx: Transaction<InitiativeReadModelTables>, recorded: RecordedEvent) => {
    if (!isInitiativeEvent(recorded)) return;
    const event = recorded as InitiativeEvent;
    switch (event.type) {
      case 'InitiativeStarted': {
        const { initiativeId, origin, municipalityId, title, amount } = event.data;
        // Initiatives from a platform priority (issue 6) wait for the table's priority columns and a nullable amount.
        if (origin.kind !== 'award' || amount === null) return;
        const row = {
          origin_kind: origin.kind,
          origin_call_id: origin.callId,
          origin_proposal_id: origin.proposalId,
          municipality_id: municipalityId,
          title,
          amount_minor: amount.amountMinor,
          currency: amount.currency,
          started_at: recorded.metadata.occurredAt,
        };
        await trx
          .insertInto(INITIATIVES)
          .values({ initiative_id: initiativeId, ...row })
          .onConflict((conflict) => conflict.column('initiative_id').doUpdateSet(row))
          .execute();
        return;
      }
      // Agreements, tranches and disbursements get their read models with issue 6's remaining work.
      case 'AgreementSigned':
      case 'AgreementAmended':
      case 'TrancheScheduleDefined':
      case 'DisbursementRequested':
      case 'DisbursementApproved':
      case 'DisbursementPaid':
      case 'RefundRecorded':
        return;
      default:
        assertNever(event);
    }
  },
};
