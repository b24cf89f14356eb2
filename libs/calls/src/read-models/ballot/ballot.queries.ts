import type { Kysely } from 'kysely';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { VoteCounts } from '../../call/proposal-standing';
import { BALLOT_CHOICES, type BallotChoice } from '../../ballot-box/ballot-box.events';
import { BALLOT_VOTERS, PAPER_TALLIES, SECRET_VOTES, type BallotReadModelTables, type PaperTallyRow } from './ballot-read-model.tables';

export interface VoterView {
  readonly proposalId: string;
  readonly voterId: string;
  readonly secret: boolean;
  /** The choice of an open ballot; null, always, for a secret one. */
  readonly choice: BallotChoice | null;
  readonly castAt: string;
}

export interface PaperTallyView extends VoteCounts {
  readonly id: string;
  readonly proposalId: string;
  readonly platformId: string;
  readonly meetingId: string | null;
  readonly evidence: { readonly reference: string; readonly documentUrl: string };
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface TallyView {
  readonly proposalId: string;
  /** Online ballots, open and secret together. */
  readonly online: VoteCounts;
  /** Paper tallies summed, shown apart from the online ballots. */
  readonly paper: VoteCounts;
  /** Online and paper together: what the award counts. */
  readonly total: VoteCounts;
  /** Members who voted online. */
  readonly voters: number;
  readonly paperTallies: PaperTallyView[];
}

const counts = (rows: { choice: string | null; count: number | string | bigint }[]): VoteCounts => {
  const result = { for: 0, against: 0, abstain: 0 };
  for (const row of rows) if (row.choice !== null && (BALLOT_CHOICES as readonly string[]).includes(row.choice)) result[row.choice as BallotChoice] += Number(row.count);
  return result;
};

const sum = (a: VoteCounts, b: VoteCounts): VoteCounts => ({ for: a.for + b.for, against: a.against + b.against, abstain: a.abstain + b.abstain });

const toPaperTallyView = (row: PaperTallyRow): PaperTallyView => ({
  id: row.tally_id,
  proposalId: row.proposal_id,
  platformId: row.platform_id,
  meetingId: row.meeting_id,
  evidence: { reference: row.evidence_reference, documentUrl: row.evidence_document_url },
  for: Number(row.votes_for),
  against: Number(row.votes_against),
  abstain: Number(row.votes_abstain),
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

/** A proposal's tally: online (open ballots' choices and secret ballots' counted choices), paper apart, and both together. */
export const getTally = async (db: Kysely<any>, proposalId: string): Promise<TallyView> => {
  const ballots = db as Kysely<BallotReadModelTables>;
  const [open, secret, voters, paperRows] = await Promise.all([
    ballots
      .selectFrom(BALLOT_VOTERS)
      .select(['choice', (eb) => eb.fn.countAll<number>().as('count')])
      .where('proposal_id', '=', proposalId)
      .where('choice', 'is not', null)
      .groupBy('choice')
      .execute(),
    ballots
      .selectFrom(SECRET_VOTES)
      .select(['choice', (eb) => eb.fn.countAll<number>().as('count')])
      .where('proposal_id', '=', proposalId)
      .groupBy('choice')
      .execute(),
    ballots.selectFrom(BALLOT_VOTERS).select((eb) => eb.fn.countAll<number>().as('count')).where('proposal_id', '=', proposalId).executeTakeFirstOrThrow(),
    ballots.selectFrom(PAPER_TALLIES).selectAll().where('proposal_id', '=', proposalId).orderBy('sort_key').execute(),
  ]);
  const online = sum(counts(open), counts(secret));
  const paperTallies = paperRows.map(toPaperTallyView);
  const paper = paperTallies.reduce<VoteCounts>((total, tally) => sum(total, tally), { for: 0, against: 0, abstain: 0 });
  return { proposalId, online, paper, total: sum(online, paper), voters: Number(voters.count), paperTallies };
};

/** Who voted on a proposal, in the order they voted; a secret ballot's choice is never there to show. */
export const listVoters = async (db: Kysely<any>, proposalId: string, { first, after }: PageRequest): Promise<Page<VoterView>> => {
  const size = pageSize(first);
  const filtered = (db as Kysely<BallotReadModelTables>).selectFrom(BALLOT_VOTERS).selectAll().where('proposal_id', '=', proposalId);
  const page = after ? filtered.where('sort_key', '>', decodeCursor('voters', after, 1)[0]) : filtered;
  const [rows, total] = await Promise.all([
    page.orderBy('sort_key').limit(size + 1).execute(),
    filtered.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(
    rows,
    size,
    Number(total.count),
    (row): VoterView => ({
      proposalId: row.proposal_id,
      voterId: row.voter_id,
      secret: Number(row.secret) === 1,
      choice: Number(row.secret) === 1 ? null : (row.choice as BallotChoice | null),
      castAt: row.cast_at,
    }),
    (row) => encodeCursor('voters', [row.sort_key]),
  );
};

/** One voter's ballot on a proposal, if they voted. */
export const getBallotOf = async (db: Kysely<any>, proposalId: string, voterId: string): Promise<VoterView | null> => {
  const row = await (db as Kysely<BallotReadModelTables>)
    .selectFrom(BALLOT_VOTERS)
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('voter_id', '=', voterId)
    .executeTakeFirst();
  if (!row) return null;
  const secret = Number(row.secret) === 1;
  return { proposalId: row.proposal_id, voterId: row.voter_id, secret, choice: secret ? null : (row.choice as BallotChoice | null), castAt: row.cast_at };
};

export const getPaperTally = async (db: Kysely<any>, proposalId: string, tallyId: string): Promise<PaperTallyView | null> => {
  const row = await (db as Kysely<BallotReadModelTables>)
    .selectFrom(PAPER_TALLIES)
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('tally_id', '=', tallyId)
    .executeTakeFirst();
  return row ? toPaperTallyView(row) : null;
};
