import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import type { ReportAccepted, ReportReturned, ReportSubmitted } from '../initiative/initiative.events';
import { advanceState } from './initiative.applier';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';
import { positionKey } from './read-model-columns';
import { REPORT_BENEFICIARIES, REPORT_REVIEWS, REPORT_SPENDING, REPORTS } from './report-read-model.tables';

type Writer = Transaction<InitiativeReadModelTables>;

/**
 * A submission replaces the report's content with its own, and makes it submitted again. One of a version already
 * recorded (applied again, or older) changes nothing, so a review that followed it stands.
 */
export const applyReportSubmitted = async (trx: Writer, event: ReportSubmitted, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, reportId, kind, version, submittedBy, submittedAt, periodStart, periodEnd, narrative, beneficiaries, volunteerMinutes, spending } = event.data;
  const current = await trx
    .selectFrom(REPORTS)
    .select('version')
    .where('initiative_id', '=', initiativeId)
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  if (current && Number(current.version) >= version) return;

  const content = {
    kind,
    status: 'submitted' as const,
    version,
    period_start: periodStart,
    period_end: periodEnd,
    narrative,
    beneficiaries_total: beneficiaries.reduce((sum, beneficiary) => sum + beneficiary.count, 0),
    volunteer_minutes: volunteerMinutes,
    submitted_by: submittedBy,
    submitted_at: submittedAt,
  };
  await trx
    .insertInto(REPORTS)
    .values({ initiative_id: initiativeId, report_id: reportId, sort_key: positionKey(recorded.position), ...content })
    .onConflict((conflict) => conflict.columns(['initiative_id', 'report_id']).doUpdateSet(content))
    .execute();
  for (const table of [REPORT_BENEFICIARIES, REPORT_SPENDING] as const) {
    await trx.deleteFrom(table).where('initiative_id', '=', initiativeId).where('report_id', '=', reportId).execute();
  }
  if (beneficiaries.length > 0) {
    await trx
      .insertInto(REPORT_BENEFICIARIES)
      .values(beneficiaries.map(({ sex, ageGroup, count }, ordinal) => ({ initiative_id: initiativeId, report_id: reportId, ordinal, sex, age_group: ageGroup, count })))
      .execute();
  }
  if (spending.length > 0) {
    await trx
      .insertInto(REPORT_SPENDING)
      .values(
        spending.map(({ partyId, category, amount }, ordinal) => ({
          initiative_id: initiativeId,
          report_id: reportId,
          ordinal,
          party_id: partyId,
          category,
          amount_minor: amount.amountMinor,
          currency: amount.currency,
        })),
      )
      .execute();
  }
};

/** An accepted or returned version: the report shows the outcome while that version is its latest, the review is kept. */
export const applyReportReviewed = async (trx: Writer, event: ReportAccepted | ReportReturned): Promise<void> => {
  const { initiativeId, reportId, kind, version } = event.data;
  const review =
    event.type === 'ReportAccepted'
      ? { outcome: 'accepted' as const, reason: null, reviewed_by: event.data.acceptedBy, reviewed_at: event.data.acceptedAt }
      : { outcome: 'returned' as const, reason: event.data.reason, reviewed_by: event.data.returnedBy, reviewed_at: event.data.returnedAt };
  await trx
    .insertInto(REPORT_REVIEWS)
    .values({ initiative_id: initiativeId, report_id: reportId, version, ...review })
    .onConflict((conflict) => conflict.columns(['initiative_id', 'report_id', 'version']).doNothing())
    .execute();
  await trx
    .updateTable(REPORTS)
    .set({ status: review.outcome })
    .where('initiative_id', '=', initiativeId)
    .where('report_id', '=', reportId)
    .where('version', '=', version)
    .execute();
  if (review.outcome === 'accepted' && kind === 'final') await advanceState(trx, initiativeId, 'completed');
};
