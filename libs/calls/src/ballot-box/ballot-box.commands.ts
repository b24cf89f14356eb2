import type { BallotChoice } from './ballot-box.events';

/**
 * What the handler knows about the voter and the vote, with the command: who votes and on which platforms (from the
 * verified token), which platforms cover the proposal's municipality (from the platforms read model), and the call's
 * voting rules (from the folded call stream).
 */
export type VoterSnapshot = {
  /** The voter's identity subject. */
  voterId: string;
  /** The platforms the voter is a member of, from the token's scope. */
  platformIds: string[];
  /** The platforms covering the proposal's municipality (an inter-municipal platform counts for each of its municipalities). */
  platformsOfMunicipality: string[];
  secret: boolean;
  /** ISO 8601 with offset; ballots are cast while votingOpensAt ≤ now < votingClosesAt. */
  votingOpensAt: string;
  votingClosesAt: string;
};

export type CastBallot = {
  type: 'CastBallot';
  data: { proposalId: string; choice: BallotChoice; voter: VoterSnapshot };
};

/** Evidence a paper tally rests on: the minutes' or the ballot record's reference, and a link to the scanned document. */
export type PaperBallotEvidence = { reference: string; documentUrl: string };

export type RecordPaperBallotTally = {
  type: 'RecordPaperBallotTally';
  data: {
    proposalId: string;
    tallyId: string;
    /** The platform whose members voted on paper; the recording moderator's platform. */
    platformId: string;
    /** The meeting the paper vote took place at, when there was one. */
    meetingId?: string | null;
    evidence: PaperBallotEvidence;
    for: number;
    against: number;
    abstain: number;
    /** Snapshot: the platforms covering the proposal's municipality, as for a voter. */
    platformsOfMunicipality: string[];
  };
};

export type BallotBoxCommand = CastBallot | RecordPaperBallotTally;
