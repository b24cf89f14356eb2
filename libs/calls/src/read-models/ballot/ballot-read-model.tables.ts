import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The ballots' read model: who voted on each proposal (and how, for open ballots only), the secret ballots' choices
 * without voters, and the paper tallies with their evidence. Counts are taken from rows, never kept as counters, so
 * applying an event twice changes nothing. Keys are `collate "C"` on PostgreSQL, byte order as on SQLite.
 */
export const BALLOT_VOTERS = 'calls_ballot_voters';
export const SECRET_VOTES = 'calls_secret_votes';
export const PAPER_TALLIES = 'calls_paper_tallies';

export interface BallotVoterRow {
  proposal_id: string;
  voter_id: string;
  /** 1 when the call's ballots are secret: then `choice` is null, always. */
  secret: number;
  choice: string | null;
  cast_at: string;
  /** The order ballots were cast in: the global position, zero-padded. */
  sort_key: string;
}

/** One secret ballot's choice, keyed by its event: no voter, by design. */
export interface SecretVoteRow {
  event_id: string;
  proposal_id: string;
  choice: string;
}

export interface PaperTallyRow {
  proposal_id: string;
  tally_id: string;
  platform_id: string;
  meeting_id: string | null;
  evidence_reference: string;
  evidence_document_url: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  recorded_by: string;
  recorded_at: string;
  sort_key: string;
}

export interface BallotReadModelTables {
  [BALLOT_VOTERS]: BallotVoterRow;
  [SECRET_VOTES]: SecretVoteRow;
  [PAPER_TALLIES]: PaperTallyRow;
}

export const createBallotTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(BALLOT_VOTERS)
    .ifNotExists()
    .addColumn('proposal_id', key, (column) => column.notNull())
    .addColumn('voter_id', key, (column) => column.notNull())
    .addColumn('secret', 'integer', (column) => column.notNull())
    .addColumn('choice', key)
    .addColumn('cast_at', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${BALLOT_VOTERS}_pk`, ['proposal_id', 'voter_id'])
    .execute();
  await db.schema.createIndex(`${BALLOT_VOTERS}_by_proposal`).ifNotExists().on(BALLOT_VOTERS).columns(['proposal_id', 'sort_key']).execute();
  await db.schema
    .createTable(SECRET_VOTES)
    .ifNotExists()
    .addColumn('event_id', key, (column) => column.notNull().primaryKey())
    .addColumn('proposal_id', key, (column) => column.notNull())
    .addColumn('choice', key, (column) => column.notNull())
    .execute();
  await db.schema.createIndex(`${SECRET_VOTES}_by_proposal`).ifNotExists().on(SECRET_VOTES).column('proposal_id').execute();
  await db.schema
    .createTable(PAPER_TALLIES)
    .ifNotExists()
    .addColumn('proposal_id', key, (column) => column.notNull())
    .addColumn('tally_id', key, (column) => column.notNull())
    .addColumn('platform_id', key, (column) => column.notNull())
    .addColumn('meeting_id', key)
    .addColumn('evidence_reference', 'text', (column) => column.notNull())
    .addColumn('evidence_document_url', 'text', (column) => column.notNull())
    .addColumn('votes_for', 'integer', (column) => column.notNull())
    .addColumn('votes_against', 'integer', (column) => column.notNull())
    .addColumn('votes_abstain', 'integer', (column) => column.notNull())
    .addColumn('recorded_by', key, (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${PAPER_TALLIES}_pk`, ['proposal_id', 'tally_id'])
    .execute();
};

export const dropBallotTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [PAPER_TALLIES, SECRET_VOTES, BALLOT_VOTERS]) await db.schema.dropTable(table).ifExists().execute();
};
