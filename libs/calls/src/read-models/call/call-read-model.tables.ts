import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The calls' read-model tables. Portable column types (text, bigint); instants are ISO text, and the ones lists filter
 * and sort by are also kept in UTC (`…_utc`, from `toISOString`) so they compare byte-wise whatever offset the call
 * was written with. Keys are `collate "C"` on PostgreSQL, so a keyset cursor walks the same order on both databases.
 */
export const CALLS = 'calls_calls';
export const CALL_VERSIONS = 'calls_call_versions';
export const CALL_EVALUATORS = 'calls_call_evaluators';
export const AWARD_RANKING = 'calls_award_ranking';

/** Where a call is, as recorded; OPEN is derived from the time at query time (see `callStateAt`). */
export const RECORDED_CALL_STATUSES = ['draft', 'published', 'closed', 'evaluated', 'awarded', 'cancelled'] as const;
export type RecordedCallStatus = (typeof RECORDED_CALL_STATUSES)[number];

export interface CallRow {
  call_id: string;
  programme_id: string;
  status: string;
  /** The terms in force (the draft's, or the latest version's), as JSON. */
  terms_json: string;
  /** 0 while a draft; 1 once published; one more with each amendment. Never back to 0: a cancelled draft stays 0. */
  version: number;
  /** Submissions' window in UTC, for the OPEN filter and the order of lists. */
  opens_at_utc: string;
  closes_at_utc: string;
  drafted_at: string;
  published_at: string | null;
  closed_at: string | null;
  evaluated_at: string | null;
  cancelled_at: string | null;
  cancellation_reason: string | null;
  /** The award: when, the rule and budget it applied (JSON), what it awarded in all. */
  awarded_at: string | null;
  award_rule_json: string | null;
  award_budget_minor: number | null;
  total_awarded_minor: number | null;
  award_currency: string | null;
}

/** Every published version of a call's terms: version 1 without a reason, each amendment with one. */
export interface CallVersionRow {
  call_id: string;
  version: number;
  terms_json: string;
  reason: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface CallEvaluatorRow {
  call_id: string;
  evaluator_id: string;
  assigned_at: string;
}

/** One candidate of an award, as CallAwarded recorded it. */
export interface AwardRankingRow {
  call_id: string;
  rank: number;
  proposal_id: string;
  municipality_id: string;
  score_points: number;
  vote_points: number;
  combined: number;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  requested_minor: number;
  /** 1 when funded, 0 when not: booleans are not portable. */
  funded: number;
  amount_minor: number;
  currency: string;
}

export interface CallReadModelTables {
  [CALLS]: CallRow;
  [CALL_VERSIONS]: CallVersionRow;
  [CALL_EVALUATORS]: CallEvaluatorRow;
  [AWARD_RANKING]: AwardRankingRow;
}

export const createCallTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(CALLS)
    .ifNotExists()
    .addColumn('call_id', key, (column) => column.primaryKey())
    .addColumn('programme_id', key, (column) => column.notNull())
    .addColumn('status', key, (column) => column.notNull())
    .addColumn('terms_json', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('opens_at_utc', key, (column) => column.notNull())
    .addColumn('closes_at_utc', key, (column) => column.notNull())
    .addColumn('drafted_at', 'text', (column) => column.notNull())
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('evaluated_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancellation_reason', 'text')
    .addColumn('awarded_at', key)
    .addColumn('award_rule_json', 'text')
    .addColumn('award_budget_minor', 'bigint')
    .addColumn('total_awarded_minor', 'bigint')
    .addColumn('award_currency', 'text')
    .execute();
  await db.schema.createIndex(`${CALLS}_by_opening`).ifNotExists().on(CALLS).columns(['opens_at_utc', 'call_id']).execute();
  await db.schema.createIndex(`${CALLS}_by_award`).ifNotExists().on(CALLS).columns(['awarded_at', 'call_id']).execute();
  await db.schema
    .createTable(CALL_VERSIONS)
    .ifNotExists()
    .addColumn('call_id', key, (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('terms_json', 'text', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${CALL_VERSIONS}_pk`, ['call_id', 'version'])
    .execute();
  await db.schema
    .createTable(CALL_EVALUATORS)
    .ifNotExists()
    .addColumn('call_id', key, (column) => column.notNull())
    .addColumn('evaluator_id', key, (column) => column.notNull())
    .addColumn('assigned_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${CALL_EVALUATORS}_pk`, ['call_id', 'evaluator_id'])
    .execute();
  await db.schema
    .createTable(AWARD_RANKING)
    .ifNotExists()
    .addColumn('call_id', key, (column) => column.notNull())
    .addColumn('rank', 'integer', (column) => column.notNull())
    .addColumn('proposal_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('score_points', 'integer', (column) => column.notNull())
    .addColumn('vote_points', 'integer', (column) => column.notNull())
    .addColumn('combined', 'integer', (column) => column.notNull())
    .addColumn('votes_for', 'integer', (column) => column.notNull())
    .addColumn('votes_against', 'integer', (column) => column.notNull())
    .addColumn('votes_abstain', 'integer', (column) => column.notNull())
    .addColumn('requested_minor', 'bigint', (column) => column.notNull())
    .addColumn('funded', 'integer', (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${AWARD_RANKING}_pk`, ['call_id', 'rank'])
    .execute();
};

export const dropCallTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [AWARD_RANKING, CALL_EVALUATORS, CALL_VERSIONS, CALLS]) await db.schema.dropTable(table).ifExists().execute();
};
