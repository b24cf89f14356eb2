import type { Kysely } from 'kysely';
import { invalidInput, type Currency, type Money } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { ApplicantType } from '../../call/call.terms';
import type { Applicant, BudgetLine, CriterionScore, PriorityReference } from '../../proposal/proposal.commands';
import {
  PROPOSAL_APPEALS,
  PROPOSAL_EVALUATIONS,
  PROPOSAL_STATES,
  PROPOSAL_VERSIONS,
  PROPOSALS,
  type ProposalAppealRow,
  type ProposalContentColumns,
  type ProposalEvaluationRow,
  type ProposalReadModelTables,
  type ProposalRow,
  type ProposalState,
  type ProposalVersionRow,
} from './proposal-read-model.tables';

/** One version of a proposal's content, as submitted or revised. */
export interface ProposalContentView {
  readonly applicant: Applicant;
  readonly municipalityId: string;
  readonly title: string;
  readonly summary: string;
  readonly budgetLines: BudgetLine[];
  readonly requestedAmount: Money;
  readonly coFinancingOffered: Money;
  readonly priority: PriorityReference | null;
  /** The version of the call's terms it was checked against. */
  readonly callVersion: number;
}

export interface ProposalVersionView extends ProposalContentView {
  readonly version: number;
  readonly recordedAt: string;
}

export interface AwardStandingView {
  readonly rank: number;
  readonly funded: boolean;
  readonly amount: Money;
}

export interface ProposalView extends ProposalContentView {
  readonly id: string;
  readonly callId: string;
  /** The identity subject that submitted: for access checks, never shown to others (it may be a contact). */
  readonly submittedBy: string;
  readonly submittedAt: string;
  /** The current version: 1 when submitted, one more with each revision. */
  readonly version: number;
  readonly state: ProposalState;
  /** The screener's reason for the current version; null until screened. */
  readonly screeningReason: string | null;
  readonly withdrawalReason: string | null;
  /** The mean of the evaluators' weighted scores in hundredths of a percent (0–10000); null while unscored. */
  readonly score: number | null;
  /** Its place in the award's ranking; null before the award or when it was no candidate. */
  readonly award: AwardStandingView | null;
  readonly updatedAt: string;
}

export interface EvaluationView {
  readonly proposalId: string;
  readonly evaluatorId: string;
  /** null until the evaluator declares. */
  readonly hasConflict: boolean | null;
  readonly conflictNote: string | null;
  readonly declaredAt: string | null;
  /** The latest scores, per criterion; null while unscored. */
  readonly scores: CriterionScore[] | null;
  /** Their weighted sum in hundredths of a percent (0–10000). */
  readonly weighted: number | null;
  readonly scoredAt: string | null;
  readonly rescored: boolean;
}

export interface AppealView {
  readonly id: string;
  readonly proposalId: string;
  readonly callId: string;
  readonly grounds: string;
  readonly filedBy: string;
  readonly filedAt: string;
  /** null while undecided. */
  readonly decision: { readonly upheld: boolean; readonly reason: string; readonly decidedBy: string; readonly decidedAt: string } | null;
}

export interface ListProposalsOptions extends PageRequest {
  readonly callId?: string | null;
  readonly state?: ProposalState | null;
  readonly municipalityId?: string | null;
  /** Only the proposals this identity subject submitted. */
  readonly submittedBy?: string | null;
}

export interface ListAppealsOptions extends PageRequest {
  readonly callId?: string | null;
  readonly proposalId?: string | null;
  /** true: decided only; false: undecided only; absent: all. */
  readonly decided?: boolean | null;
}

export const isProposalState = (value: unknown): value is ProposalState => (PROPOSAL_STATES as readonly unknown[]).includes(value);

const contentOf = (row: ProposalContentColumns): ProposalContentView => {
  const currency = row.currency as Currency;
  const money = (amountMinor: number | string): Money => ({ amountMinor: Number(amountMinor), currency });
  const lines = JSON.parse(row.budget_lines) as { description: string; amountMinor: number }[];
  return {
    applicant: { name: row.applicant_name, type: row.applicant_type as ApplicantType },
    municipalityId: row.municipality_id,
    title: row.title,
    summary: row.summary,
    budgetLines: lines.map((line) => ({ description: line.description, amount: money(line.amountMinor) })),
    requestedAmount: money(row.requested_amount),
    coFinancingOffered: money(row.co_financing_amount),
    priority: row.priority_platform_id !== null && row.priority_id !== null ? { platformId: row.priority_platform_id, priorityId: row.priority_id } : null,
    callVersion: Number(row.call_version),
  };
};

const toProposalView = (row: ProposalRow): ProposalView => ({
  id: row.proposal_id,
  callId: row.call_id,
  submittedBy: row.submitted_by,
  submittedAt: row.submitted_at,
  ...contentOf(row),
  version: Number(row.version),
  state: row.state,
  screeningReason: row.screening_reason,
  withdrawalReason: row.withdrawal_reason,
  score: row.score === null ? null : Number(row.score),
  award:
    row.award_rank === null
      ? null
      : { rank: Number(row.award_rank), funded: Number(row.award_funded) === 1, amount: { amountMinor: Number(row.award_amount ?? 0), currency: row.currency as Currency } },
  updatedAt: row.updated_at,
});

const toVersionView = (row: ProposalVersionRow): ProposalVersionView => ({ version: Number(row.version), recordedAt: row.recorded_at, ...contentOf(row) });

const toEvaluationView = (row: ProposalEvaluationRow): EvaluationView => ({
  proposalId: row.proposal_id,
  evaluatorId: row.evaluator_id,
  hasConflict: row.has_conflict === null ? null : Number(row.has_conflict) === 1,
  conflictNote: row.conflict_note,
  declaredAt: row.declared_at,
  scores: row.scores === null ? null : (JSON.parse(row.scores) as CriterionScore[]),
  weighted: row.weighted === null ? null : Number(row.weighted),
  scoredAt: row.scored_at,
  rescored: Number(row.rescored) === 1,
});

const toAppealView = (row: ProposalAppealRow & { call_id: string }): AppealView => ({
  id: row.appeal_id,
  proposalId: row.proposal_id,
  callId: row.call_id,
  grounds: row.grounds,
  filedBy: row.filed_by,
  filedAt: row.filed_at,
  decision:
    row.upheld === null
      ? null
      : { upheld: Number(row.upheld) === 1, reason: row.decision_reason ?? '', decidedBy: row.decided_by ?? '', decidedAt: row.decided_at ?? '' },
});

/** The ids of a call's proposals (withdrawn ones included), in submission order: what the call's evaluation and award fold. */
export const proposalIdsOfCall = async (db: Kysely<any>, callId: string): Promise<string[]> => {
  const rows = await (db as Kysely<ProposalReadModelTables>)
    .selectFrom(PROPOSALS)
    .select('proposal_id')
    .where('call_id', '=', callId)
    .orderBy('sort_key')
    .execute();
  return rows.map((row) => row.proposal_id);
};

export const getProposal = async (db: Kysely<any>, proposalId: string): Promise<ProposalView | null> => {
  const row = await (db as Kysely<ProposalReadModelTables>).selectFrom(PROPOSALS).selectAll().where('proposal_id', '=', proposalId).executeTakeFirst();
  return row ? toProposalView(row) : null;
};

/** Proposals in submission order, filtered by call, state, municipality or submitter; keyset-paginated. */
export const listProposals = async (db: Kysely<any>, options: ListProposalsOptions): Promise<Page<ProposalView>> => {
  const size = pageSize(options.first);
  const { callId, state, municipalityId, submittedBy, after } = options;
  if (state != null && !isProposalState(state)) throw invalidInput('ProposalStateUnknown', `state must be one of ${PROPOSAL_STATES.join(', ')}`, 'state');
  let filtered = (db as Kysely<ProposalReadModelTables>).selectFrom(PROPOSALS).selectAll();
  if (callId != null) filtered = filtered.where('call_id', '=', callId);
  if (state != null) filtered = filtered.where('state', '=', state);
  if (municipalityId != null) filtered = filtered.where('municipality_id', '=', municipalityId);
  if (submittedBy != null) filtered = filtered.where('submitted_by', '=', submittedBy);
  const page = after ? filtered.where('sort_key', '>', decodeCursor('proposals', after, 1)[0]) : filtered;
  const [rows, total] = await Promise.all([
    page.orderBy('sort_key').limit(size + 1).execute(),
    filtered.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toProposalView, (row) => encodeCursor('proposals', [row.sort_key]));
};

/** Every version of a proposal, the first first. */
export const listProposalVersions = async (db: Kysely<any>, proposalId: string): Promise<ProposalVersionView[]> => {
  const rows = await (db as Kysely<ProposalReadModelTables>)
    .selectFrom(PROPOSAL_VERSIONS)
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('version')
    .execute();
  return rows.map(toVersionView);
};

/** Each evaluator's declaration and latest scores on a proposal, by evaluator. */
export const listEvaluations = async (db: Kysely<any>, proposalId: string): Promise<EvaluationView[]> => {
  const rows = await (db as Kysely<ProposalReadModelTables>)
    .selectFrom(PROPOSAL_EVALUATIONS)
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('evaluator_id')
    .execute();
  return rows.map(toEvaluationView);
};

/** Appeals in the order they were filed, of a call, of a proposal, or all; keyset-paginated. */
export const listAppeals = async (db: Kysely<any>, options: ListAppealsOptions): Promise<Page<AppealView>> => {
  const size = pageSize(options.first);
  const { callId, proposalId, decided, after } = options;
  let filtered = (db as Kysely<ProposalReadModelTables>)
    .selectFrom(PROPOSAL_APPEALS)
    .innerJoin(PROPOSALS, `${PROPOSALS}.proposal_id`, `${PROPOSAL_APPEALS}.proposal_id`)
    .selectAll(PROPOSAL_APPEALS)
    .select(`${PROPOSALS}.call_id`);
  if (callId != null) filtered = filtered.where(`${PROPOSALS}.call_id`, '=', callId);
  if (proposalId != null) filtered = filtered.where(`${PROPOSAL_APPEALS}.proposal_id`, '=', proposalId);
  if (decided != null) filtered = filtered.where(`${PROPOSAL_APPEALS}.upheld`, decided ? 'is not' : 'is', null);
  const page = after ? filtered.where(`${PROPOSAL_APPEALS}.sort_key`, '>', decodeCursor('appeals', after, 1)[0]) : filtered;
  const [rows, total] = await Promise.all([
    page.orderBy(`${PROPOSAL_APPEALS}.sort_key`).limit(size + 1).execute(),
    filtered.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toAppealView, (row) => encodeCursor('appeals', [row.sort_key]));
};

export const getAppeal = async (db: Kysely<any>, proposalId: string, appealId: string): Promise<AppealView | null> => {
  const row = await (db as Kysely<ProposalReadModelTables>)
    .selectFrom(PROPOSAL_APPEALS)
    .innerJoin(PROPOSALS, `${PROPOSALS}.proposal_id`, `${PROPOSAL_APPEALS}.proposal_id`)
    .selectAll(PROPOSAL_APPEALS)
    .select(`${PROPOSALS}.call_id`)
    .where(`${PROPOSAL_APPEALS}.proposal_id`, '=', proposalId)
    .where(`${PROPOSAL_APPEALS}.appeal_id`, '=', appealId)
    .executeTakeFirst();
  return row ? toAppealView(row) : null;
};
