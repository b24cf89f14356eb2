import type { Kysely } from 'kysely';
import { invalidInput, isCurrency, type Currency, type Money } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { AwardRule, CallTerms } from '../../call/call.terms';
import type { VoteCounts } from '../../call/proposal-standing';
import {
  AWARD_RANKING,
  CALL_EVALUATORS,
  CALL_VERSIONS,
  CALLS,
  RECORDED_CALL_STATUSES,
  type AwardRankingRow,
  type CallReadModelTables,
  type CallRow,
  type RecordedCallStatus,
} from './call-read-model.tables';

/** What a reader sees: the recorded status, except that a published call is OPEN between its opening and closing. */
export const CALL_STATES = ['draft', 'published', 'open', 'closed', 'evaluated', 'awarded', 'cancelled'] as const;
export type CallState = (typeof CALL_STATES)[number];
export const isCallState = (value: unknown): value is CallState => (CALL_STATES as readonly unknown[]).includes(value);

export interface CallView {
  readonly id: string;
  readonly programmeId: string;
  /** At the time asked about (`now`). */
  readonly state: CallState;
  /** The terms in force: the draft's, or the latest published version's. */
  readonly terms: CallTerms;
  /** 0 while a draft; 1 when published; one more with each amendment. */
  readonly version: number;
  /** Whether it was ever published: a draft (even a cancelled one) is programme staff's business only. */
  readonly everPublished: boolean;
  readonly draftedAt: string;
  readonly publishedAt: string | null;
  readonly closedAt: string | null;
  readonly evaluatedAt: string | null;
  readonly awardedAt: string | null;
  readonly totalAwarded: Money | null;
  readonly cancelledAt: string | null;
  readonly cancellationReason: string | null;
}

export interface CallVersionView {
  readonly version: number;
  readonly terms: CallTerms;
  /** Why the terms changed; null for version 1, as published. */
  readonly reason: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface CallEvaluatorView {
  /** The evaluator's identity subject. */
  readonly evaluatorId: string;
  readonly assignedAt: string;
}

export interface RankedProposalView {
  readonly proposalId: string;
  readonly municipalityId: string;
  readonly rank: number;
  readonly scorePoints: number;
  readonly votePoints: number;
  readonly combined: number;
  readonly votes: VoteCounts;
  readonly requestedAmount: Money;
  readonly funded: boolean;
  readonly amount: Money;
}

export interface AwardView {
  readonly callId: string;
  readonly awardedAt: string;
  readonly rule: AwardRule;
  readonly budget: Money;
  readonly totalAwarded: Money;
  /** Every candidate, best first, as the award ranked it. */
  readonly ranking: RankedProposalView[];
}

export interface ListCallsOptions extends PageRequest {
  readonly state?: CallState | null;
  /** Drafts are listed only for programme staff. */
  readonly includeDrafts: boolean;
  /** The time OPEN is judged at. */
  readonly now: Date;
}

const currencyOf = (value: string | null, what: string): Currency => {
  if (value === null || !isCurrency(value)) throw new Error(`${what} has an unknown currency ${value}`);
  return value;
};

const recordedStatus = (row: CallRow): RecordedCallStatus => {
  if (!(RECORDED_CALL_STATUSES as readonly string[]).includes(row.status)) throw new Error(`Call ${row.call_id} has an unknown status ${row.status}`);
  return row.status as RecordedCallStatus;
};

/** OPEN while published and opensAt ≤ now < closesAt: one second after closing, a call is no longer open. */
export const callStateAt = (row: Pick<CallRow, 'call_id' | 'status' | 'opens_at_utc' | 'closes_at_utc'>, now: Date): CallState => {
  const status = recordedStatus(row as CallRow);
  const at = now.toISOString();
  return status === 'published' && row.opens_at_utc <= at && at < row.closes_at_utc ? 'open' : status;
};

const toCallView = (row: CallRow, now: Date): CallView => {
  const terms = JSON.parse(row.terms_json) as CallTerms;
  return {
    id: row.call_id,
    programmeId: row.programme_id,
    state: callStateAt(row, now),
    terms,
    version: Number(row.version),
    everPublished: Number(row.version) > 0,
    draftedAt: row.drafted_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    evaluatedAt: row.evaluated_at,
    awardedAt: row.awarded_at,
    totalAwarded:
      row.total_awarded_minor === null ? null : { amountMinor: Number(row.total_awarded_minor), currency: currencyOf(row.award_currency, `Call ${row.call_id}`) },
    cancelledAt: row.cancelled_at,
    cancellationReason: row.cancellation_reason,
  };
};

/** One call as it stands at `now`, or null when it was never drafted. Whether the reader may see a draft is the caller's to decide. */
export const getCall = async (db: Kysely<any>, callId: string, now: Date): Promise<CallView | null> => {
  const row = await (db as Kysely<CallReadModelTables>).selectFrom(CALLS).selectAll().where('call_id', '=', callId).executeTakeFirst();
  return row ? toCallView(row, now) : null;
};

/** Calls in the order they open (then by id), filtered by state at `now`; keyset-paginated. */
export const listCalls = async (db: Kysely<any>, options: ListCallsOptions): Promise<Page<CallView>> => {
  const size = pageSize(options.first);
  const { state, includeDrafts, now, after } = options;
  if (state != null && !isCallState(state)) throw invalidInput('CallStateUnknown', `state must be one of ${CALL_STATES.join(', ')}`, 'state');
  const at = now.toISOString();

  let filtered = (db as Kysely<CallReadModelTables>).selectFrom(CALLS);
  if (!includeDrafts) filtered = filtered.where('version', '>', 0);
  if (state === 'open') {
    filtered = filtered.where('status', '=', 'published').where('opens_at_utc', '<=', at).where('closes_at_utc', '>', at);
  } else if (state === 'published') {
    filtered = filtered.where('status', '=', 'published').where((eb) => eb.or([eb('opens_at_utc', '>', at), eb('closes_at_utc', '<=', at)]));
  } else if (state != null) {
    filtered = filtered.where('status', '=', state);
  }
  let page = filtered.selectAll();
  if (after) {
    const [opensAt, callId] = decodeCursor('calls', after, 2);
    page = page.where((eb) => eb.or([eb('opens_at_utc', '>', opensAt), eb.and([eb('opens_at_utc', '=', opensAt), eb('call_id', '>', callId)])]));
  }
  const [rows, total] = await Promise.all([
    page.orderBy('opens_at_utc').orderBy('call_id').limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), (row) => toCallView(row, now), (row) => encodeCursor('calls', [row.opens_at_utc, row.call_id]));
};

/** Every published version of a call's terms, oldest first; empty for a draft. */
export const listCallVersions = async (db: Kysely<any>, callId: string): Promise<CallVersionView[]> => {
  const rows = await (db as Kysely<CallReadModelTables>).selectFrom(CALL_VERSIONS).selectAll().where('call_id', '=', callId).orderBy('version').execute();
  return rows.map((row) => ({
    version: Number(row.version),
    terms: JSON.parse(row.terms_json) as CallTerms,
    reason: row.reason,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
};

/** The call's evaluators in the order they were assigned. */
export const listCallEvaluators = async (db: Kysely<any>, callId: string): Promise<CallEvaluatorView[]> => {
  const rows = await (db as Kysely<CallReadModelTables>)
    .selectFrom(CALL_EVALUATORS)
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('assigned_at')
    .orderBy('evaluator_id')
    .execute();
  return rows.map((row) => ({ evaluatorId: row.evaluator_id, assignedAt: row.assigned_at }));
};

const toRankedProposal = (row: AwardRankingRow): RankedProposalView => {
  const currency = currencyOf(row.currency, `The award of call ${row.call_id}`);
  return {
    proposalId: row.proposal_id,
    municipalityId: row.municipality_id,
    rank: Number(row.rank),
    scorePoints: Number(row.score_points),
    votePoints: Number(row.vote_points),
    combined: Number(row.combined),
    votes: { for: Number(row.votes_for), against: Number(row.votes_against), abstain: Number(row.votes_abstain) },
    requestedAmount: { amountMinor: Number(row.requested_minor), currency },
    funded: Number(row.funded) === 1,
    amount: { amountMinor: Number(row.amount_minor), currency },
  };
};

const rankingsOf = async (db: Kysely<CallReadModelTables>, callIds: readonly string[]): Promise<Map<string, RankedProposalView[]>> => {
  const rankings = new Map<string, RankedProposalView[]>(callIds.map((callId) => [callId, []]));
  if (callIds.length === 0) return rankings;
  const rows = await db.selectFrom(AWARD_RANKING).selectAll().where('call_id', 'in', callIds).orderBy('call_id').orderBy('rank').execute();
  for (const row of rows) rankings.get(row.call_id)?.push(toRankedProposal(row));
  return rankings;
};

type AwardedRow = CallRow & { awarded_at: string };

const toAwardView = (row: AwardedRow, ranking: RankedProposalView[]): AwardView => {
  const currency = currencyOf(row.award_currency, `The award of call ${row.call_id}`);
  return {
    callId: row.call_id,
    awardedAt: row.awarded_at,
    rule: JSON.parse(row.award_rule_json ?? '{}') as AwardRule,
    budget: { amountMinor: Number(row.award_budget_minor), currency },
    totalAwarded: { amountMinor: Number(row.total_awarded_minor), currency },
    ranking,
  };
};

/** The award of a call with the ranking it used, or null while the call is not awarded. */
export const getAward = async (db: Kysely<any>, callId: string): Promise<AwardView | null> => {
  const calls = db as Kysely<CallReadModelTables>;
  const row = await calls.selectFrom(CALLS).selectAll().where('call_id', '=', callId).where('awarded_at', 'is not', null).executeTakeFirst();
  if (!row) return null;
  const rankings = await rankingsOf(calls, [callId]);
  return toAwardView(row as AwardedRow, rankings.get(callId) ?? []);
};

/** Awards in the order they were decided (then by call id), each with its ranking; keyset-paginated. */
export const listAwards = async (db: Kysely<any>, { first, after }: PageRequest): Promise<Page<AwardView>> => {
  const size = pageSize(first);
  const calls = db as Kysely<CallReadModelTables>;
  const filtered = calls.selectFrom(CALLS).where('awarded_at', 'is not', null);
  let page = filtered.selectAll();
  if (after) {
    const [awardedAt, callId] = decodeCursor('awards', after, 2);
    page = page.where((eb) => eb.or([eb('awarded_at', '>', awardedAt), eb.and([eb('awarded_at', '=', awardedAt), eb('call_id', '>', callId)])]));
  }
  const [rows, total] = await Promise.all([
    page.orderBy('awarded_at').orderBy('call_id').limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const awarded = rows as AwardedRow[];
  const rankings = await rankingsOf(calls, awarded.slice(0, size).map((row) => row.call_id));
  return toPage(
    awarded,
    size,
    Number(total.count),
    (row) => toAwardView(row, rankings.get(row.call_id) ?? []),
    (row) => encodeCursor('awards', [row.awarded_at, row.call_id]),
  );
};
