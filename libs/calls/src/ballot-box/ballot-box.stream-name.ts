import type { BallotBoxEvent, BallotBoxStreamEvent, SecretVoteCounted } from './ballot-box.events';

/** `calls-ballots-<proposalId>`: who voted on a proposal (and, for open ballots, how), and its paper tallies. */
export const BALLOT_BOX_STREAM_PREFIX = 'calls-ballots-';
export const ballotBoxStreamName = (proposalId: string): string => `${BALLOT_BOX_STREAM_PREFIX}${proposalId}`;

/** `calls-tally-<proposalId>`: the choices of secret ballots, with no voter. */
export const SECRET_TALLY_STREAM_PREFIX = 'calls-tally-';
export const secretTallyStreamName = (proposalId: string): string => `${SECRET_TALLY_STREAM_PREFIX}${proposalId}`;

/**
 * Where the ballot box's decided events go. The handler appends `ballots` to the ballot-box stream with the revision it
 * folded (so of two ballots from one member at once, exactly one is appended and the other retries into AlreadyVoted),
 * and only then `tally` to the tally stream with any expected revision, under a fresh causation id (not the command's),
 * so nothing in the counted vote's metadata points back to the voter's ballot.
 */
export type BallotBoxAppends = {
  ballots: { streamName: string; events: BallotBoxStreamEvent[] };
  tally: { streamName: string; events: SecretVoteCounted[] };
};

export const splitByStream = (proposalId: string, events: readonly BallotBoxEvent[]): BallotBoxAppends => ({
  ballots: { streamName: ballotBoxStreamName(proposalId), events: events.filter((event): event is BallotBoxStreamEvent => event.type !== 'SecretVoteCounted') },
  tally: { streamName: secretTallyStreamName(proposalId), events: events.filter((event): event is SecretVoteCounted => event.type === 'SecretVoteCounted') },
});
