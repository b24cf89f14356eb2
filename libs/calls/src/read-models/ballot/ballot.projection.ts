import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import type { Projection } from '@makers/projections';
import { BALLOT_BOX_EVENT_TYPES, SECRET_TALLY_EVENT_TYPES, type BallotBoxEvent } from '../../ballot-box/ballot-box.events';
import { positionKey } from '../proposal/proposal.projection';
import { BALLOT_VOTERS, createBallotTables, dropBallotTables, PAPER_TALLIES, SECRET_VOTES, type BallotReadModelTables } from './ballot-read-model.tables';

const EVENT_TYPES: readonly string[] = [...BALLOT_BOX_EVENT_TYPES, ...SECRET_TALLY_EVENT_TYPES];

/**
 * Ballots: who voted, open ballots' choices, secret ballots' choices apart from any voter, and paper tallies. A secret
 * `BallotCast` carries no choice and a `SecretVoteCounted` no voter; this projection keeps them apart as the store
 * does, so no row ever joins a member to a secret choice.
 */
export const ballotProjection: Projection<BallotReadModelTables> = {
  name: 'calls-ballots',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createBallotTables(db),
  teardown: (db: Kysely<any>) => dropBallotTables(db),
  apply: async (trx: Transaction<BallotReadModelTables>, recorded: RecordedEvent) => {
    if (!EVENT_TYPES.includes(recorded.type)) return;
    const event = recorded as unknown as BallotBoxEvent;
    switch (event.type) {
      case 'BallotCast': {
        const { proposalId, voterId } = event.data;
        await trx
          .insertInto(BALLOT_VOTERS)
          .values({
            proposal_id: proposalId,
            voter_id: voterId,
            secret: event.data.secret ? 1 : 0,
            choice: event.data.secret ? null : event.data.choice,
            cast_at: recorded.metadata.occurredAt,
            sort_key: positionKey(recorded.position),
          })
          .onConflict((conflict) => conflict.columns(['proposal_id', 'voter_id']).doNothing())
          .execute();
        return;
      }
      case 'SecretVoteCounted':
        await trx
          .insertInto(SECRET_VOTES)
          .values({ event_id: recorded.id, proposal_id: event.data.proposalId, choice: event.data.choice })
          .onConflict((conflict) => conflict.column('event_id').doNothing())
          .execute();
        return;
      case 'PaperBallotTallyRecorded': {
        const { proposalId, tallyId, platformId, meetingId, evidence } = event.data;
        await trx
          .insertInto(PAPER_TALLIES)
          .values({
            proposal_id: proposalId,
            tally_id: tallyId,
            platform_id: platformId,
            meeting_id: meetingId,
            evidence_reference: evidence.reference,
            evidence_document_url: evidence.documentUrl,
            votes_for: event.data.for,
            votes_against: event.data.against,
            votes_abstain: event.data.abstain,
            recorded_by: recorded.metadata.actor,
            recorded_at: recorded.metadata.occurredAt,
            sort_key: positionKey(recorded.position),
          })
          .onConflict((conflict) => conflict.columns(['proposal_id', 'tally_id']).doNothing())
          .execute();
        return;
      }
      default:
        assertNever(event);
    }
  },
};
