import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import type { AgreementParty } from '../initiative/agreement.terms';
import type { DisbursementApproved, DisbursementPaid, DisbursementRejected, DisbursementRequested, RefundRecorded } from '../initiative/initiative.events';
import { AGREEMENT_PARTIES, toAgreementParty } from './agreement-read-model.tables';
import { recordBudgetMovements } from './budget-movements.applier';
import { DISBURSEMENTS, REFUNDS } from './disbursement-read-model.tables';
import { refreshDisbursed } from './initiative.applier';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';
import { positionKey, yearOf } from './read-model-columns';

type Writer = Transaction<InitiativeReadModelTables>;

/** The party as the latest agreement version that names it has it (money moves only to parties of the agreement). */
const partyOf = async (trx: Writer, initiativeId: string, partyId: string): Promise<AgreementParty> => {
  const row = await trx
    .selectFrom(AGREEMENT_PARTIES)
    .selectAll()
    .where('initiative_id', '=', initiativeId)
    .where('party_id', '=', partyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new Error(`Money moved for ${partyId}, which no agreement of ${initiativeId} names`);
  return toAgreementParty(row);
};

export const applyDisbursementRequested = async (trx: Writer, event: DisbursementRequested, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, disbursementId, trancheId, partyId, amount, requestedBy, requestedAt } = event.data;
  await trx
    .insertInto(DISBURSEMENTS)
    .values({
      initiative_id: initiativeId,
      disbursement_id: disbursementId,
      tranche_id: trancheId,
      party_id: partyId,
      amount_minor: amount.amountMinor,
      currency: amount.currency,
      status: 'requested',
      requested_by: requestedBy,
      requested_at: requestedAt,
      approved_by: null,
      approved_at: null,
      payment_reference: null,
      value_date: null,
      paid_by: null,
      paid_at: null,
      rate_numerator: null,
      rate_denominator: null,
      amount_usd_minor: null,
      rejected_by: null,
      rejected_at: null,
      rejection_reason: null,
      sort_key: positionKey(recorded.position),
    })
    .onConflict((conflict) => conflict.columns(['initiative_id', 'disbursement_id']).doNothing())
    .execute();
};

export const applyDisbursementApproved = async (trx: Writer, event: DisbursementApproved): Promise<void> => {
  const { initiativeId, disbursementId, approvedBy, approvedAt } = event.data;
  // Only a requested one moves to approved: applied again after the payment, it leaves the payment standing.
  await trx
    .updateTable(DISBURSEMENTS)
    .set({ status: 'approved', approved_by: approvedBy, approved_at: approvedAt })
    .where('initiative_id', '=', initiativeId)
    .where('disbursement_id', '=', disbursementId)
    .where('status', '=', 'requested')
    .execute();
};

/** Turned down before payment: it holds no money and is not counted as requested against its tranche. */
export const applyDisbursementRejected = async (trx: Writer, event: DisbursementRejected): Promise<void> => {
  const { initiativeId, disbursementId, reason, rejectedBy, rejectedAt } = event.data;
  await trx
    .updateTable(DISBURSEMENTS)
    .set({ status: 'rejected', rejected_by: rejectedBy, rejected_at: rejectedAt, rejection_reason: reason })
    .where('initiative_id', '=', initiativeId)
    .where('disbursement_id', '=', disbursementId)
    .where('status', 'in', ['requested', 'approved'])
    .execute();
};

export const applyDisbursementPaid = async (trx: Writer, event: DisbursementPaid, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, disbursementId, partyId, amount, paymentReference, valueDate, exchangeRate, amountUsdMinor } = event.data;
  await trx
    .updateTable(DISBURSEMENTS)
    .set({
      status: 'paid',
      payment_reference: paymentReference,
      value_date: valueDate,
      paid_by: recorded.metadata.actor,
      paid_at: recorded.metadata.occurredAt,
      rate_numerator: exchangeRate.usdPerUnit.numerator,
      rate_denominator: exchangeRate.usdPerUnit.denominator,
      amount_usd_minor: amountUsdMinor,
    })
    .where('initiative_id', '=', initiativeId)
    .where('disbursement_id', '=', disbursementId)
    .execute();
  await refreshDisbursed(trx, initiativeId);
  const party = await partyOf(trx, initiativeId, partyId);
  await recordBudgetMovements(trx, recorded, initiativeId, [
    { party, movement: 'disbursed', year: yearOf(valueDate), amountMinor: amount.amountMinor, currency: amount.currency, amountUsdMinor },
  ]);
};

export const applyRefundRecorded = async (trx: Writer, event: RefundRecorded, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, refundId, partyId, amount, valueDate, exchangeRate, amountUsdMinor, valueUsdMinorAtRefundRate } = event.data;
  await trx
    .insertInto(REFUNDS)
    .values({
      initiative_id: initiativeId,
      refund_id: refundId,
      party_id: partyId,
      amount_minor: amount.amountMinor,
      currency: amount.currency,
      value_date: valueDate,
      rate_numerator: exchangeRate.usdPerUnit.numerator,
      rate_denominator: exchangeRate.usdPerUnit.denominator,
      amount_usd_minor: amountUsdMinor,
      value_usd_minor_at_refund_rate: valueUsdMinorAtRefundRate ?? null,
      recorded_by: recorded.metadata.actor,
      recorded_at: recorded.metadata.occurredAt,
      sort_key: positionKey(recorded.position),
    })
    .onConflict((conflict) => conflict.columns(['initiative_id', 'refund_id']).doNothing())
    .execute();
  await refreshDisbursed(trx, initiativeId);
  const party = await partyOf(trx, initiativeId, partyId);
  await recordBudgetMovements(trx, recorded, initiativeId, [
    { party, movement: 'refunded', year: yearOf(valueDate), amountMinor: amount.amountMinor, currency: amount.currency, amountUsdMinor },
  ]);
};
