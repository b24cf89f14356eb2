import type { Kysely } from 'kysely';
import { keyColumn } from './read-model-columns';

/** The tranche schedule in force, the disbursements requested against it, and refunds. Money in minor units with its currency. */
export const TRANCHES = 'cofinancing_tranches';
export const DISBURSEMENTS = 'cofinancing_disbursements';
export const REFUNDS = 'cofinancing_refunds';

export interface TrancheRow {
  initiative_id: string;
  tranche_id: string;
  /** The tranche's place in the schedule that defined it. */
  ordinal: number;
  party_id: string;
  amount_minor: number;
  currency: string;
  /** The whole percent of the party's commitment it was given as; null when given as an amount. */
  percent: number | null;
  due_on: string;
  condition: string | null;
  /** The agreement version the schedule was defined under. */
  agreement_version: number;
  /** Who defined the schedule that last set this tranche, and when it was recorded: that event's actor and time. */
  defined_by: string;
  defined_at: string;
}

/** Requested, then approved, then paid; or rejected before payment. */
export const DISBURSEMENT_STATUSES = ['requested', 'approved', 'paid', 'rejected'] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];

export interface DisbursementRow {
  initiative_id: string;
  disbursement_id: string;
  tranche_id: string;
  party_id: string;
  amount_minor: number;
  currency: string;
  status: DisbursementStatus;
  requested_by: string;
  requested_at: string;
  approved_by: string | null;
  approved_at: string | null;
  payment_reference: string | null;
  value_date: string | null;
  /** Who recorded the payment, and when (DisbursementPaid's actor and time; the value date is the bank's); null until paid. */
  paid_by: string | null;
  paid_at: string | null;
  /** USD per unit of `currency` at payment; null until paid. */
  rate_numerator: number | null;
  rate_denominator: number | null;
  amount_usd_minor: number | null;
  /** Null unless turned down before payment. */
  rejected_by: string | null;
  rejected_at: string | null;
  rejection_reason: string | null;
  /** Request order: the global position of DisbursementRequested. */
  sort_key: string;
}

export interface RefundRow {
  initiative_id: string;
  refund_id: string;
  party_id: string;
  amount_minor: number;
  currency: string;
  value_date: string;
  rate_numerator: number;
  rate_denominator: number;
  /** What the refund takes off the US cents disbursed to the party, at the rates that money was paid at. */
  amount_usd_minor: number;
  /** The refund in US cents at its own rate on its value date; null for refunds recorded before events carried it. */
  value_usd_minor_at_refund_rate: number | null;
  recorded_by: string;
  recorded_at: string;
  sort_key: string;
}

export interface DisbursementReadModelTables {
  [TRANCHES]: TrancheRow;
  [DISBURSEMENTS]: DisbursementRow;
  [REFUNDS]: RefundRow;
}

export const createDisbursementTables = async (db: Kysely<any>): Promise<void> => {
  const key = keyColumn(db);
  await db.schema
    .createTable(TRANCHES)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('tranche_id', key, (column) => column.notNull())
    .addColumn('ordinal', 'integer', (column) => column.notNull())
    .addColumn('party_id', key, (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addColumn('percent', 'integer')
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('condition', key)
    .addColumn('agreement_version', 'integer', (column) => column.notNull())
    .addColumn('defined_by', key, (column) => column.notNull())
    .addColumn('defined_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${TRANCHES}_pk`, ['initiative_id', 'tranche_id'])
    .execute();
  await db.schema
    .createTable(DISBURSEMENTS)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('disbursement_id', key, (column) => column.notNull())
    .addColumn('tranche_id', key, (column) => column.notNull())
    .addColumn('party_id', key, (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addColumn('status', key, (column) => column.notNull())
    .addColumn('requested_by', key, (column) => column.notNull())
    .addColumn('requested_at', 'text', (column) => column.notNull())
    .addColumn('approved_by', key)
    .addColumn('approved_at', 'text')
    .addColumn('payment_reference', 'text')
    .addColumn('value_date', 'text')
    .addColumn('paid_by', key)
    .addColumn('paid_at', 'text')
    .addColumn('rate_numerator', 'bigint')
    .addColumn('rate_denominator', 'bigint')
    .addColumn('amount_usd_minor', 'bigint')
    .addColumn('rejected_by', key)
    .addColumn('rejected_at', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('sort_key', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${DISBURSEMENTS}_pk`, ['initiative_id', 'disbursement_id'])
    .execute();
  await db.schema.createIndex(`${DISBURSEMENTS}_by_tranche`).ifNotExists().on(DISBURSEMENTS).columns(['initiative_id', 'tranche_id']).execute();
  await db.schema
    .createTable(REFUNDS)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('refund_id', key, (column) => column.notNull())
    .addColumn('party_id', key, (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addColumn('value_date', 'text', (column) => column.notNull())
    .addColumn('rate_numerator', 'bigint', (column) => column.notNull())
    .addColumn('rate_denominator', 'bigint', (column) => column.notNull())
    .addColumn('amount_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('value_usd_minor_at_refund_rate', 'bigint')
    .addColumn('recorded_by', key, (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${REFUNDS}_pk`, ['initiative_id', 'refund_id'])
    .execute();
};

export const dropDisbursementTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [REFUNDS, DISBURSEMENTS, TRANCHES]) await db.schema.dropTable(table).ifExists().execute();
};
