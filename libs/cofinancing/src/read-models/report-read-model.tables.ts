import type { Kysely } from 'kysely';
import { keyColumn } from './read-model-columns';

/**
 * Progress and final reports: each report's latest submission, its beneficiaries and spending lines in rows of their
 * own (so indicators can sum them in SQL), and every review of every version.
 */
export const REPORTS = 'cofinancing_reports';
export const REPORT_BENEFICIARIES = 'cofinancing_report_beneficiaries';
export const REPORT_SPENDING = 'cofinancing_report_spending';
export const REPORT_REVIEWS = 'cofinancing_report_reviews';

export const REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ReportRow {
  initiative_id: string;
  report_id: string;
  kind: string;
  status: ReportStatus;
  /** The latest submission's version; the content columns and lines are that version's. */
  version: number;
  period_start: string;
  period_end: string;
  narrative: string;
  beneficiaries_total: number;
  volunteer_minutes: number;
  submitted_by: string;
  submitted_at: string;
  /** First submission order: the global position of its first ReportSubmitted. */
  sort_key: string;
}

export interface ReportBeneficiaryRow {
  initiative_id: string;
  report_id: string;
  ordinal: number;
  sex: string;
  age_group: string;
  count: number;
}

export interface ReportSpendingRow {
  initiative_id: string;
  report_id: string;
  ordinal: number;
  party_id: string;
  category: string;
  amount_minor: number;
  currency: string;
}

export interface ReportReviewRow {
  initiative_id: string;
  report_id: string;
  version: number;
  outcome: 'accepted' | 'returned';
  reason: string | null;
  reviewed_by: string;
  reviewed_at: string;
}

export interface ReportReadModelTables {
  [REPORTS]: ReportRow;
  [REPORT_BENEFICIARIES]: ReportBeneficiaryRow;
  [REPORT_SPENDING]: ReportSpendingRow;
  [REPORT_REVIEWS]: ReportReviewRow;
}

export const createReportTables = async (db: Kysely<any>): Promise<void> => {
  const key = keyColumn(db);
  await db.schema
    .createTable(REPORTS)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('report_id', key, (column) => column.notNull())
    .addColumn('kind', key, (column) => column.notNull())
    .addColumn('status', key, (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('period_start', 'text', (column) => column.notNull())
    .addColumn('period_end', 'text', (column) => column.notNull())
    .addColumn('narrative', 'text', (column) => column.notNull())
    .addColumn('beneficiaries_total', 'integer', (column) => column.notNull())
    .addColumn('volunteer_minutes', 'integer', (column) => column.notNull())
    .addColumn('submitted_by', key, (column) => column.notNull())
    .addColumn('submitted_at', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${REPORTS}_pk`, ['initiative_id', 'report_id'])
    .execute();
  await db.schema
    .createTable(REPORT_BENEFICIARIES)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('report_id', key, (column) => column.notNull())
    .addColumn('ordinal', 'integer', (column) => column.notNull())
    .addColumn('sex', key, (column) => column.notNull())
    .addColumn('age_group', key, (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${REPORT_BENEFICIARIES}_pk`, ['initiative_id', 'report_id', 'ordinal'])
    .execute();
  await db.schema
    .createTable(REPORT_SPENDING)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('report_id', key, (column) => column.notNull())
    .addColumn('ordinal', 'integer', (column) => column.notNull())
    .addColumn('party_id', key, (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${REPORT_SPENDING}_pk`, ['initiative_id', 'report_id', 'ordinal'])
    .execute();
  await db.schema
    .createTable(REPORT_REVIEWS)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('report_id', key, (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('outcome', key, (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('reviewed_by', key, (column) => column.notNull())
    .addColumn('reviewed_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${REPORT_REVIEWS}_pk`, ['initiative_id', 'report_id', 'version'])
    .execute();
};

export const dropReportTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [REPORT_REVIEWS, REPORT_SPENDING, REPORT_BENEFICIARIES, REPORTS]) await db.schema.dropTable(table).ifExists().execute();
};
