import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import type { Projection } from '@makers/projections';
import { ENVELOPE_EVENT_TYPES, type EnvelopeEvent } from '../envelope/envelope.events';
import { INITIATIVE_EVENT_TYPES, type InitiativeEvent } from '../initiative/initiative.events';
import { applyAgreementVersion } from './agreement.applier';
import { applyDisbursementApproved, applyDisbursementPaid, applyDisbursementRejected, applyDisbursementRequested, applyRefundRecorded } from './disbursement.applier';
import { applyEnvelopeEvent } from './envelope.applier';
import { applyInitiativeClosed, applyInitiativeStarted } from './initiative.applier';
import { createInitiativeTables, dropInitiativeTables, type InitiativeReadModelTables } from './initiative-read-model.tables';
import { applyReportReviewed, applyReportSubmitted } from './report.applier';
import { applyTrancheSchedule } from './tranche.applier';

type CofinancingEvent = InitiativeEvent | EnvelopeEvent;

const EVENT_TYPES: readonly string[] = [...INITIATIVE_EVENT_TYPES, ...ENVELOPE_EVENT_TYPES];

/**
 * Initiatives with their agreement versions, tranche schedule, disbursements, refunds and reports; the programme
 * envelope; and the budget ledger that execution by year sums. Every write is an upsert keyed by ids or by the event's
 * id, or moves forward only (states, versions, schedules), so applying an event twice leaves the same rows.
 */
export const initiativeProjection: Projection<InitiativeReadModelTables> = {
  name: 'cofinancing-initiatives',
  version: 5,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createInitiativeTables(db),
  teardown: (db: Kysely<any>) => dropInitiativeTables(db),
  apply: async (trx: Transaction<InitiativeReadModelTables>, recorded: RecordedEvent) => {
    if (!EVENT_TYPES.includes(recorded.type)) return;
    const event = recorded as unknown as CofinancingEvent;
    switch (event.type) {
      case 'InitiativeStarted':
        return applyInitiativeStarted(trx, event, recorded);
      case 'AgreementSigned':
      case 'AgreementAmended':
        return applyAgreementVersion(trx, event, recorded);
      case 'TrancheScheduleDefined':
        return applyTrancheSchedule(trx, event, recorded);
      case 'DisbursementRequested':
        return applyDisbursementRequested(trx, event, recorded);
      case 'DisbursementApproved':
        return applyDisbursementApproved(trx, event);
      case 'DisbursementRejected':
        return applyDisbursementRejected(trx, event);
      case 'DisbursementPaid':
        return applyDisbursementPaid(trx, event, recorded);
      case 'RefundRecorded':
        return applyRefundRecorded(trx, event, recorded);
      case 'ReportSubmitted':
        return applyReportSubmitted(trx, event, recorded);
      case 'ReportAccepted':
      case 'ReportReturned':
        return applyReportReviewed(trx, event);
      case 'InitiativeClosed':
        return applyInitiativeClosed(trx, event);
      case 'CommitmentReserved':
      case 'CommitmentReleased':
      case 'ReservationCancelled':
        return applyEnvelopeEvent(trx, event, recorded);
      default:
        assertNever(event);
    }
  },
};
