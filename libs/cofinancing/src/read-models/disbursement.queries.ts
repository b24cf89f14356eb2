import type { Kysely } from 'kysely';
import type { Money } from '@makers/kernel';
import type { ExchangeRate } from '../initiative/exchange-rate';
import { DISBURSEMENTS, REFUNDS, type DisbursementRow, type DisbursementStatus, type RefundRow } from './disbursement-read-model.tables';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';
import { moneyOf, rateOf } from './read-model-columns';

export interface DisbursementView {
  readonly disbursementId: string;
  readonly trancheId: string;
  readonly partyId: string;
  readonly amount: Money;
  readonly status: DisbursementStatus;
  readonly requestedBy: string;
  readonly requestedAt: string;
  /** Null until approved (by someone other than the requester). */
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  /** Null until paid. */
  readonly paymentReference: string | null;
  readonly valueDate: string | null;
  /** Who recorded the payment and when (not the value date); null until paid. */
  readonly paidBy: string | null;
  readonly paidAt: string | null;
  /** USD per unit of the amount's currency on the value date; null until paid. */
  readonly exchangeRate: ExchangeRate | null;
  /** The payment in US cents at that rate; null until paid. */
  readonly amountUsdMinor: number | null;
  /** Null unless turned down before payment, with why. */
  readonly rejectedBy: string | null;
  readonly rejectedAt: string | null;
  readonly rejectionReason: string | null;
}

export interface RefundView {
  readonly refundId: string;
  readonly partyId: string;
  readonly amount: Money;
  readonly valueDate: string;
  readonly exchangeRate: ExchangeRate;
  /** What the refund takes off the US cents disbursed to the party, at the rates that money was paid at. */
  readonly amountUsdMinor: number;
  /** The refund in US cents at `exchangeRate` on its value date; null for refunds recorded before events carried it. */
  readonly valueUsdMinorAtRefundRate: number | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

const toDisbursementView = (row: DisbursementRow): DisbursementView => {
  const where = `Disbursement ${row.disbursement_id} of ${row.initiative_id}`;
  return {
    disbursementId: row.disbursement_id,
    trancheId: row.tranche_id,
    partyId: row.party_id,
    amount: moneyOf(row.amount_minor, row.currency, where),
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    paymentReference: row.payment_reference,
    valueDate: row.value_date,
    paidBy: row.paid_by,
    paidAt: row.paid_at,
    exchangeRate: rateOf(row.currency, row.rate_numerator, row.rate_denominator, where),
    amountUsdMinor: row.amount_usd_minor === null ? null : Number(row.amount_usd_minor),
    rejectedBy: row.rejected_by,
    rejectedAt: row.rejected_at,
    rejectionReason: row.rejection_reason,
  };
};

const toRefundView = (row: RefundRow): RefundView => {
  const where = `Refund ${row.refund_id} of ${row.initiative_id}`;
  return {
    refundId: row.refund_id,
    partyId: row.party_id,
    amount: moneyOf(row.amount_minor, row.currency, where),
    valueDate: row.value_date,
    exchangeRate: rateOf(row.currency, row.rate_numerator, row.rate_denominator, where)!,
    amountUsdMinor: Number(row.amount_usd_minor),
    valueUsdMinorAtRefundRate: row.value_usd_minor_at_refund_rate === null ? null : Number(row.value_usd_minor_at_refund_rate),
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
};

/** The initiative's disbursements in the order they were requested. */
export const listDisbursements = async (db: Kysely<any>, initiativeId: string): Promise<DisbursementView[]> => {
  const rows = await (db as Kysely<InitiativeReadModelTables>).selectFrom(DISBURSEMENTS).selectAll().where('initiative_id', '=', initiativeId).orderBy('sort_key').execute();
  return rows.map(toDisbursementView);
};

/** The initiative's refunds in the order they were recorded. */
export const listRefunds = async (db: Kysely<any>, initiativeId: string): Promise<RefundView[]> => {
  const rows = await (db as Kysely<InitiativeReadModelTables>).selectFrom(REFUNDS).selectAll().where('initiative_id', '=', initiativeId).orderBy('sort_key').execute();
  return rows.map(toRefundView);
};
