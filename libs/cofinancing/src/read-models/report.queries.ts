import type { Kysely } from 'kysely';
import type { Sex } from '@makers/people';
import type { AgeGroup } from '@makers/platforms';
import type { BeneficiaryCount, ReportKind, SpendingLine } from '../initiative/report';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';
import { moneyOf } from './read-model-columns';
import { REPORT_BENEFICIARIES, REPORT_REVIEWS, REPORT_SPENDING, REPORTS, type ReportStatus } from './report-read-model.tables';

export interface ReportReviewView {
  readonly version: number;
  readonly outcome: 'accepted' | 'returned';
  /** What must change; null for an acceptance. */
  readonly reason: string | null;
  readonly reviewedBy: string;
  readonly reviewedAt: string;
}

/** A report's latest submission, with every review of every version, oldest first. */
export interface ReportView {
  readonly reportId: string;
  readonly kind: ReportKind;
  readonly status: ReportStatus;
  readonly version: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly narrative: string;
  readonly beneficiaries: BeneficiaryCount[];
  readonly beneficiariesTotal: number;
  readonly volunteerMinutes: number;
  readonly spending: SpendingLine[];
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly reviews: ReportReviewView[];
}

/** The initiative's reports in the order they were first submitted. */
export const listReports = async (db: Kysely<any>, initiativeId: string): Promise<ReportView[]> => {
  const reader = db as Kysely<InitiativeReadModelTables>;
  const reports = await reader.selectFrom(REPORTS).selectAll().where('initiative_id', '=', initiativeId).orderBy('sort_key').execute();
  if (reports.length === 0) return [];
  const beneficiaries = await reader.selectFrom(REPORT_BENEFICIARIES).selectAll().where('initiative_id', '=', initiativeId).orderBy('ordinal').execute();
  const spending = await reader.selectFrom(REPORT_SPENDING).selectAll().where('initiative_id', '=', initiativeId).orderBy('ordinal').execute();
  const reviews = await reader.selectFrom(REPORT_REVIEWS).selectAll().where('initiative_id', '=', initiativeId).orderBy('version').execute();
  return reports.map((report) => ({
    reportId: report.report_id,
    kind: report.kind as ReportKind,
    status: report.status,
    version: Number(report.version),
    periodStart: report.period_start,
    periodEnd: report.period_end,
    narrative: report.narrative,
    beneficiaries: beneficiaries
      .filter((row) => row.report_id === report.report_id)
      .map((row) => ({ sex: row.sex as Sex, ageGroup: row.age_group as AgeGroup, count: Number(row.count) })),
    beneficiariesTotal: Number(report.beneficiaries_total),
    volunteerMinutes: Number(report.volunteer_minutes),
    spending: spending
      .filter((row) => row.report_id === report.report_id)
      .map((row) => ({ partyId: row.party_id, category: row.category, amount: moneyOf(row.amount_minor, row.currency, `Spending of report ${row.report_id}`) })),
    submittedBy: report.submitted_by,
    submittedAt: report.submitted_at,
    reviews: reviews
      .filter((row) => row.report_id === report.report_id)
      .map((row) => ({ version: Number(row.version), outcome: row.outcome, reason: row.reason, reviewedBy: row.reviewed_by, reviewedAt: row.reviewed_at })),
  }));
};
