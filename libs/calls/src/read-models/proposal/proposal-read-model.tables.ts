import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The proposals' read model: each proposal as it stands (its current version), every version kept, each evaluator's
 * declaration and scores, and appeals with their outcome. Keys and sort keys are `collate "C"` on PostgreSQL, byte
 * order as on SQLite; money in integer minor units (bigint), with its currency.
 */
export const PROPOSALS = 'calls_proposals';
export const PROPOSAL_VERSIONS = 'calls_proposal_versions';
export const PROPOSAL_EVALUATIONS = 'calls_proposal_evaluations';
export const PROPOSAL_APPEALS = 'calls_proposal_appeals';

/** Where a proposal is: submitted (not yet screened, or revised since), screened eligible or not, or withdrawn. */
export const PROPOSAL_STATES = ['submitted', 'eligible', 'ineligible', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** The content of a version, as the proposal row and the version rows both hold it. */
export interface ProposalContentColumns {
  applicant_name: string;
  applicant_type: string;
  municipality_id: string;
  title: string;
  summary: string;
  /** JSON: `{ description, amountMinor }[]`, in the proposal's currency. */
  budget_lines: string;
  currency: string;
  requested_amount: number;
  co_financing_amount: number;
  priority_platform_id: string | null;
  priority_id: string | null;
  /** The version of the call's terms it was checked against. */
  call_version: number;
}

export interface ProposalRow extends ProposalContentColumns {
  proposal_id: string;
  call_id: string;
  submitted_by: string;
  submitted_at: string;
  version: number;
  state: ProposalState;
  /** The screener's decision on the current version: null until screened, and again after a revision. */
  screening_reason: string | null;
  withdrawal_reason: string | null;
  /** The mean of the evaluators' weighted scores, hundredths of a percent (0–10000); null while unscored. */
  score: number | null;
  /** From the award: the proposal's rank among the candidates, whether funded and how much (null before, or not ranked). */
  award_rank: number | null;
  award_funded: number | null;
  award_amount: number | null;
  /** Submission order: the global position of ProposalSubmitted, zero-padded. */
  sort_key: string;
  updated_at: string;
}

export interface ProposalVersionRow extends ProposalContentColumns {
  proposal_id: string;
  version: number;
  recorded_at: string;
}

export interface ProposalEvaluationRow {
  proposal_id: string;
  evaluator_id: string;
  /** 1: declared a conflict of interest; 0: declared none; null: not declared yet. */
  has_conflict: number | null;
  conflict_note: string | null;
  declared_at: string | null;
  /** JSON: `{ criterionId, score }[]`, the latest scores; null while unscored. */
  scores: string | null;
  weighted: number | null;
  scored_at: string | null;
  /** 1 once these scores replaced earlier ones of the same evaluator. */
  rescored: number;
}

export interface ProposalAppealRow {
  proposal_id: string;
  appeal_id: string;
  grounds: string;
  filed_by: string;
  filed_at: string;
  /** 1 upheld, 0 dismissed, null undecided. */
  upheld: number | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  sort_key: string;
}

export interface ProposalReadModelTables {
  [PROPOSALS]: ProposalRow;
  [PROPOSAL_VERSIONS]: ProposalVersionRow;
  [PROPOSAL_EVALUATIONS]: ProposalEvaluationRow;
  [PROPOSAL_APPEALS]: ProposalAppealRow;
}

type ColumnBuilder = ReturnType<Kysely<any>['schema']['createTable']>;

const withContentColumns = (table: ColumnBuilder, key: ReturnType<typeof sql>): ColumnBuilder =>
  table
    .addColumn('applicant_name', 'text', (column) => column.notNull())
    .addColumn('applicant_type', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('budget_lines', 'text', (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addColumn('requested_amount', 'bigint', (column) => column.notNull())
    .addColumn('co_financing_amount', 'bigint', (column) => column.notNull())
    .addColumn('priority_platform_id', key)
    .addColumn('priority_id', key)
    .addColumn('call_version', 'integer', (column) => column.notNull());

export const createProposalTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await withContentColumns(
    db.schema
      .createTable(PROPOSALS)
      .ifNotExists()
      .addColumn('proposal_id', key, (column) => column.notNull().primaryKey())
      .addColumn('call_id', key, (column) => column.notNull())
      .addColumn('submitted_by', key, (column) => column.notNull())
      .addColumn('submitted_at', 'text', (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('state', key, (column) => column.notNull())
      .addColumn('screening_reason', 'text')
      .addColumn('withdrawal_reason', 'text')
      .addColumn('score', 'integer')
      .addColumn('award_rank', 'integer')
      .addColumn('award_funded', 'integer')
      .addColumn('award_amount', 'bigint')
      .addColumn('sort_key', key, (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull()),
    key,
  ).execute();
  await db.schema.createIndex(`${PROPOSALS}_by_call`).ifNotExists().on(PROPOSALS).columns(['call_id', 'sort_key']).execute();
  await db.schema.createIndex(`${PROPOSALS}_by_time`).ifNotExists().on(PROPOSALS).column('sort_key').execute();
  await withContentColumns(
    db.schema
      .createTable(PROPOSAL_VERSIONS)
      .ifNotExists()
      .addColumn('proposal_id', key, (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('recorded_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint(`${PROPOSAL_VERSIONS}_pk`, ['proposal_id', 'version']),
    key,
  ).execute();
  await db.schema
    .createTable(PROPOSAL_EVALUATIONS)
    .ifNotExists()
    .addColumn('proposal_id', key, (column) => column.notNull())
    .addColumn('evaluator_id', key, (column) => column.notNull())
    .addColumn('has_conflict', 'integer')
    .addColumn('conflict_note', 'text')
    .addColumn('declared_at', 'text')
    .addColumn('scores', 'text')
    .addColumn('weighted', 'integer')
    .addColumn('scored_at', 'text')
    .addColumn('rescored', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${PROPOSAL_EVALUATIONS}_pk`, ['proposal_id', 'evaluator_id'])
    .execute();
  await db.schema
    .createTable(PROPOSAL_APPEALS)
    .ifNotExists()
    .addColumn('proposal_id', key, (column) => column.notNull())
    .addColumn('appeal_id', key, (column) => column.notNull())
    .addColumn('grounds', 'text', (column) => column.notNull())
    .addColumn('filed_by', key, (column) => column.notNull())
    .addColumn('filed_at', 'text', (column) => column.notNull())
    .addColumn('upheld', 'integer')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', key)
    .addColumn('decided_at', 'text')
    .addColumn('sort_key', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${PROPOSAL_APPEALS}_pk`, ['proposal_id', 'appeal_id'])
    .execute();
  await db.schema.createIndex(`${PROPOSAL_APPEALS}_by_time`).ifNotExists().on(PROPOSAL_APPEALS).column('sort_key').execute();
};

export const dropProposalTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [PROPOSAL_APPEALS, PROPOSAL_EVALUATIONS, PROPOSAL_VERSIONS, PROPOSALS]) await db.schema.dropTable(table).ifExists().execute();
};
