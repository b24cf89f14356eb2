import {
  assertNever,
  conflict,
  DomainError,
  identifier,
  invalidInput,
  isoDate,
  notFound,
  positiveMoney,
  requiredFreeText,
  requiredName,
  wholeNumberAtLeastZero,
  type CommandContext,
} from '@makers/kernel';
import { isSex, SEXES } from '@makers/people';
import { AGE_GROUPS, type AgeGroup } from '@makers/platforms';
import type { AgreementParty } from './agreement.terms';
import type { AcceptReport, ReturnReport, SubmitReport } from './initiative.commands';
import type { Agreement, Initiative } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import { MAX_NARRATIVE_LENGTH, REPORT_KINDS, type BeneficiaryCount, type ReportKind, type SpendingLine } from './report';
import type { TrancheCondition } from './tranche-schedule';
import { refuseClosed } from './closed-initiative';

/** Where a report stands: a submitted version waits for a programme manager, who accepts it or returns it to be resubmitted. */
export type ReportStatus = 'awaiting-review' | 'accepted' | 'returned';

/** A report as folded: its latest version, who submitted it (the reviewer must be someone else) and where it stands. */
export type Report = {
  reportId: string;
  kind: ReportKind;
  version: number;
  status: ReportStatus;
  submittedBy: string;
  submittedAt: string;
  /** Why the latest version was returned; null unless it was. */
  returnReason: string | null;
};

type Started = Extract<Initiative, { status: 'started' }>;
type Signed = Started & { agreement: Agreement };

const signedInitiative = (initiative: Started): Signed => {
  if (initiative.agreement === null) throw conflict('AgreementNotSigned', `Initiative ${initiative.initiativeId} has no signed agreement to report under`);
  return initiative as Signed;
};

/** The final report is accepted: the initiative may close, and no progress report comes after it. */
export const finalReportAccepted = (initiative: Initiative): boolean =>
  initiative.status === 'started' && initiative.reports.some((report) => report.kind === 'final' && report.status === 'accepted');

/**
 * Whether a tranche's condition holds, read from the initiative's own reports: the interim condition once any report
 * (progress or final) is accepted, the final condition once the final report is. A tranche without a condition is always free.
 */
export const trancheConditionMet = (initiative: Initiative, condition: TrancheCondition | null | undefined): boolean => {
  if (condition === null || condition === undefined) return true;
  if (initiative.status !== 'started') return false;
  switch (condition) {
    case 'interim-report-accepted':
      return initiative.reports.some((report) => report.status === 'accepted');
    case 'final-report-accepted':
      return finalReportAccepted(initiative);
    default:
      return assertNever(condition);
  }
};

type Loose<T> = Partial<Record<keyof T, unknown>>;
const objectOf = <T>(value: unknown): Loose<T> => (typeof value === 'object' && value !== null ? (value as Loose<T>) : {});

const listOf = (value: unknown, field: string, rule: string): unknown[] => {
  if (!Array.isArray(value)) throw invalidInput(rule, `${field} must be a list (it may be empty)`, field);
  return value;
};

const reportKindOf = (value: unknown): ReportKind => {
  if (!(REPORT_KINDS as readonly unknown[]).includes(value)) {
    throw invalidInput('ReportKindUnknown', `A report is one of ${REPORT_KINDS.join(', ')}, got ${JSON.stringify(value)}`, 'kind');
  }
  return value as ReportKind;
};

const isAgeGroup = (value: unknown): value is AgeGroup => (AGE_GROUPS as readonly unknown[]).includes(value);

/** People reached, each (sex, age group) counted once, so the programme's disaggregated indicators add up. */
const validBeneficiaries = (value: unknown): BeneficiaryCount[] => {
  const counts = listOf(value, 'beneficiaries', 'BeneficiariesInvalid').map((entry, index): BeneficiaryCount => {
    const field = `beneficiaries[${index}]`;
    const given = objectOf<BeneficiaryCount>(entry);
    if (!isSex(given.sex)) throw invalidInput('SexUnknown', `sex must be one of ${SEXES.join(', ')}`, `${field}.sex`);
    if (!isAgeGroup(given.ageGroup)) throw invalidInput('AgeGroupUnknown', `ageGroup must be one of ${AGE_GROUPS.join(', ')}`, `${field}.ageGroup`);
    return { sex: given.sex, ageGroup: given.ageGroup, count: wholeNumberAtLeastZero(given.count, `${field}.count`, 'BeneficiaryCountInvalid') };
  });
  counts.forEach(({ sex, ageGroup }, index) => {
    if (counts.findIndex((other) => other.sex === sex && other.ageGroup === ageGroup) !== index) {
      throw invalidInput('BeneficiaryGroupRepeated', `${sex}, ${ageGroup} is counted twice: give one count per sex and age group`, `beneficiaries[${index}]`);
    }
  });
  return counts;
};

/** What each party's money went on, in that party's currency under the agreement in force. */
const validSpending = (value: unknown, parties: readonly AgreementParty[]): SpendingLine[] =>
  listOf(value, 'spending', 'SpendingInvalid').map((entry, index): SpendingLine => {
    const field = `spending[${index}]`;
    const line = objectOf<SpendingLine>(entry);
    const partyId = identifier(line.partyId, `${field}.partyId`);
    const party = parties.find((candidate) => candidate.partyId === partyId);
    if (!party) throw invalidInput('PartyNotInAgreement', `${partyId} is not a party to the agreement`, `${field}.partyId`);
    const category = requiredName(line.category, `${field}.category`);
    const amount = positiveMoney(line.amount, `${field}.amount`);
    if (amount.currency !== party.amount.currency) {
      throw invalidInput('SpendingCurrencyMismatch', `${party.name} committed in ${party.amount.currency}, the spending is in ${amount.currency}`, `${field}.amount.currency`);
    }
    return { partyId, category, amount };
  });

/** A new report, or the next version of a returned one; at most one final report, and nothing in progress after it. */
const refuseOutOfTurn = (initiative: Signed, reportId: string, kind: ReportKind): Report | undefined => {
  const previous = initiative.reports.find((report) => report.reportId === reportId);
  if (previous?.status === 'awaiting-review') throw conflict('ReportAwaitingReview', `Version ${previous.version} of report ${reportId} awaits review: it can be resubmitted once returned`);
  if (previous?.status === 'accepted') throw conflict('ReportAlreadyAccepted', `Report ${reportId} has been accepted and is final`);
  refuseClosed(initiative);
  if (previous && previous.kind !== kind) throw invalidInput('ReportKindChanged', `Report ${reportId} is a ${previous.kind} report: resubmit it as one`, 'kind');
  if (kind === 'final') {
    const other = initiative.reports.find((report) => report.kind === 'final' && report.reportId !== reportId && report.status !== 'returned');
    if (other) throw conflict('FinalReportAlreadySubmitted', `Initiative ${initiative.initiativeId} already has final report ${other.reportId} (${other.status})`);
  } else if (finalReportAccepted(initiative)) {
    throw conflict('FinalReportAccepted', `The final report of initiative ${initiative.initiativeId} is accepted: no progress report follows it`);
  }
  return previous;
};

export const submitReport = (data: SubmitReport['data'], started: Started, { now, actor }: CommandContext): InitiativeEvent[] => {
  const reportId = identifier(data.reportId, 'reportId');
  const kind = reportKindOf(data.kind);
  const periodStart = isoDate(data.periodStart, 'periodStart');
  const periodEnd = isoDate(data.periodEnd, 'periodEnd');
  // ISO dates compare as text.
  if (periodEnd < periodStart) throw invalidInput('ReportPeriodInvalid', `The period ends (${periodEnd}) before it starts (${periodStart})`, 'periodEnd');
  const narrative = requiredFreeText(data.narrative, 'narrative', MAX_NARRATIVE_LENGTH);
  const beneficiaries = validBeneficiaries(data.beneficiaries);
  const volunteerMinutes = wholeNumberAtLeastZero(data.volunteerMinutes, 'volunteerMinutes', 'VolunteerMinutesInvalid');
  const initiative = signedInitiative(started);
  const previous = refuseOutOfTurn(initiative, reportId, kind);
  const spending = validSpending(data.spending, initiative.agreement.parties);
  return [
    {
      type: 'ReportSubmitted',
      data: {
        initiativeId: initiative.initiativeId,
        reportId,
        kind,
        version: previous ? previous.version + 1 : 1,
        periodStart,
        periodEnd,
        narrative,
        beneficiaries,
        volunteerMinutes,
        spending,
        submittedBy: actor,
        submittedAt: now.toISOString(),
      },
    },
  ];
};

/** The report a review is about: one awaiting review, reviewed by someone other than whoever submitted that version. */
const reportUnderReview = (initiative: Started, reportIdValue: unknown, reviewer: string): Report => {
  const reportId = identifier(reportIdValue, 'reportId');
  const report = initiative.reports.find((candidate) => candidate.reportId === reportId);
  if (!report) throw notFound('ReportNotFound', `Initiative ${initiative.initiativeId} has no report ${reportId}`);
  if (report.status === 'accepted') throw conflict('ReportAlreadyAccepted', `Report ${reportId} has been accepted and is final`);
  if (report.status !== 'awaiting-review') throw conflict('ReportNotAwaitingReview', `Version ${report.version} of report ${reportId} is ${report.status}, not awaiting review`);
  // Four eyes, as for disbursements: whoever reports cannot also sign the report off.
  if (report.submittedBy === reviewer) {
    throw new DomainError('FORBIDDEN', 'SubmitterCannotReview', `${reviewer} submitted version ${report.version} of report ${reportId}: another person must review it`);
  }
  return report;
};

export const acceptReport = (data: AcceptReport['data'], initiative: Started, { now, actor }: CommandContext): InitiativeEvent[] => {
  const { reportId, kind, version } = reportUnderReview(initiative, data.reportId, actor);
  return [{ type: 'ReportAccepted', data: { initiativeId: initiative.initiativeId, reportId, kind, version, acceptedBy: actor, acceptedAt: now.toISOString() } }];
};

export const returnReport = (data: ReturnReport['data'], initiative: Started, { now, actor }: CommandContext): InitiativeEvent[] => {
  const reason = requiredFreeText(data.reason, 'reason');
  const { reportId, kind, version } = reportUnderReview(initiative, data.reportId, actor);
  // Accepted after close-out, a report is settled; returned, it could never be resubmitted.
  refuseClosed(initiative);
  return [{ type: 'ReportReturned', data: { initiativeId: initiative.initiativeId, reportId, kind, version, reason, returnedBy: actor, returnedAt: now.toISOString() } }];
};
