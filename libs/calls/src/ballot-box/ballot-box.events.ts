import type { PaperBallotEvidence } from './ballot-box.commands';

export const BALLOT_CHOICES = ['for', 'against', 'abstain'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];
export const isBallotChoice = (value: unknown): value is BallotChoice => (BALLOT_CHOICES as readonly unknown[]).includes(value);

/**
 * A member voted. An open ballot carries the choice; a secret one only says who voted (one member, one vote), and its
 * choice goes, without the voter, to the tally stream as `SecretVoteCounted`.
 */
export type BallotCast = {
  type: 'BallotCast';
  data: { proposalId: string; voterId: string } & ({ secret: false; choice: BallotChoice } | { secret: true });
};

/**
 * A secret ballot's choice, appended to `calls-tally-<proposalId>` (never to the ballot box), with no voter and a fresh
 * causation id. What links it to its `BallotCast` is only the order of appends in the store: documented, not hidden.
 */
export type SecretVoteCounted = { type: 'SecretVoteCounted'; data: { proposalId: string; choice: BallotChoice } };

/** Paper ballots counted at a meeting, recorded by a moderator; shown apart from the online tally. */
export type PaperBallotTallyRecorded = {
  type: 'PaperBallotTallyRecorded';
  data: {
    proposalId: string;
    tallyId: string;
    platformId: string;
    meetingId: string | null;
    evidence: PaperBallotEvidence;
    for: number;
    against: number;
    abstain: number;
  };
};

/** Events of the ballot-box stream. */
export type BallotBoxStreamEvent = BallotCast | PaperBallotTallyRecorded;

/** What the ballot box decides: its own stream's events, and a secret ballot's count for the tally stream. */
export type BallotBoxEvent = BallotBoxStreamEvent | SecretVoteCounted;

export const BALLOT_BOX_EVENT_TYPES: readonly BallotBoxStreamEvent['type'][] = ['BallotCast', 'PaperBallotTallyRecorded'];
export const SECRET_TALLY_EVENT_TYPES: readonly SecretVoteCounted['type'][] = ['SecretVoteCounted'];
