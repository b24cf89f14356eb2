import {
  assertNever,
  conflict,
  DomainError,
  identifier,
  invalidInput,
  requiredName,
  subjectId,
  wholeNumberAtLeastZero,
  type CommandContext,
  type Decider,
} from '@makers/kernel';
import { isoDateTime } from '@makers/platforms';
import type { VoteCounts } from '../call/proposal-standing';
import type { BallotBoxCommand, CastBallot, PaperBallotEvidence, RecordPaperBallotTally } from './ballot-box.commands';
import { BALLOT_CHOICES, isBallotChoice, type BallotBoxEvent, type PaperBallotTallyRecorded } from './ballot-box.events';

export const NO_VOTES: VoteCounts = Object.freeze({ for: 0, against: 0, abstain: 0 });

export type PaperTally = PaperBallotTallyRecorded['data'];

/**
 * The folded ballot-box stream: who voted (never how, for a secret ballot), the open ballots' counts, and the paper
 * tallies. A secret ballot's choice lives on the tally stream only.
 */
export type BallotBox =
  | { status: 'empty' }
  | {
      status: 'receiving';
      proposalId: string;
      voterIds: ReadonlySet<string>;
      /** Choices of open ballots. */
      open: VoteCounts;
      /** How many secret ballots were cast: their choices are counted on the tally stream. */
      secretBallots: number;
      paperTallies: readonly PaperTally[];
    };

export type BallotBoxStatus = BallotBox['status'];

export const initialState: BallotBox = { status: 'empty' };

const receiving = (state: BallotBox, proposalId: string): Extract<BallotBox, { status: 'receiving' }> =>
  state.status === 'receiving' ? state : { status: 'receiving', proposalId, voterIds: new Set(), open: NO_VOTES, secretBallots: 0, paperTallies: [] };

const plus = (counts: VoteCounts, choice: keyof VoteCounts): VoteCounts => ({ ...counts, [choice]: counts[choice] + 1 });

export const evolve = (state: BallotBox, event: BallotBoxEvent): BallotBox => {
  switch (event.type) {
    case 'BallotCast': {
      const box = receiving(state, event.data.proposalId);
      const voterIds = new Set(box.voterIds).add(event.data.voterId);
      return event.data.secret
        ? { ...box, voterIds, secretBallots: box.secretBallots + 1 }
        : { ...box, voterIds, open: plus(box.open, event.data.choice) };
    }
    case 'PaperBallotTallyRecorded': {
      const box = receiving(state, event.data.proposalId);
      return { ...box, paperTallies: [...box.paperTallies, event.data] };
    }
    case 'SecretVoteCounted':
      // Appended to the tally stream, never to the ballot box: see `secretTallyOf`.
      return state;
    default:
      return assertNever(event);
  }
};

export const decide = (command: BallotBoxCommand, state: BallotBox, context: CommandContext): BallotBoxEvent[] => {
  switch (command.type) {
    case 'CastBallot':
      return cast(command.data, state, context);
    case 'RecordPaperBallotTally':
      return recordPaperTally(command.data, state);
    default:
      return assertNever(command);
  }
};

const idList = (value: unknown, field: string): string[] => {
  if (!Array.isArray(value)) throw invalidInput('IdentifierListInvalid', `${field} must be a list of ids`, field);
  return value.map((id, index) => identifier(id, `${field}[${index}]`));
};

/** The handler folded another proposal's ballot box: a wiring bug, not the user's mistake. */
const sameProposal = (state: BallotBox, proposalId: string): void => {
  if (state.status === 'receiving' && state.proposalId !== proposalId) {
    throw new Error(`The ballot box of ${state.proposalId} was given a command for ${proposalId}`);
  }
};

const cast = (data: CastBallot['data'], state: BallotBox, { now }: CommandContext): BallotBoxEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  if (!isBallotChoice(data.choice)) throw invalidInput('BallotChoiceInvalid', `choice must be one of ${BALLOT_CHOICES.join(', ')}`, 'choice');
  const { choice, voter } = data;
  const voterId = subjectId(voter.voterId, 'voter.voterId');
  const opensAt = isoDateTime(voter.votingOpensAt, 'voter.votingOpensAt');
  const closesAt = isoDateTime(voter.votingClosesAt, 'voter.votingClosesAt');
  if (now.getTime() < Date.parse(opensAt)) throw conflict('VotingNotOpen', `Voting on ${proposalId} opens at ${opensAt}`);
  if (now.getTime() >= Date.parse(closesAt)) throw conflict('VotingClosed', `Voting on ${proposalId} closed at ${closesAt}`);
  const platformsOfMunicipality = idList(voter.platformsOfMunicipality, 'voter.platformsOfMunicipality');
  if (!idList(voter.platformIds, 'voter.platformIds').some((platformId) => platformsOfMunicipality.includes(platformId))) {
    throw new DomainError('FORBIDDEN', 'VoterNotEligible', `${voterId} is not a member of a platform of the proposal's municipality`);
  }
  sameProposal(state, proposalId);
  if (state.status === 'receiving' && state.voterIds.has(voterId)) throw conflict('AlreadyVoted', `${voterId} has already voted on ${proposalId}`);
  if (voter.secret === true) {
    return [
      { type: 'BallotCast', data: { proposalId, voterId, secret: true } },
      { type: 'SecretVoteCounted', data: { proposalId, choice } },
    ];
  }
  return [{ type: 'BallotCast', data: { proposalId, voterId, secret: false, choice } }];
};

/** Evidence anyone auditing can open: a reference to the record, and an https link to the scanned document. */
const evidenceOf = (value: unknown): PaperBallotEvidence => {
  const evidence = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof PaperBallotEvidence, unknown>>;
  const reference = requiredName(evidence.reference, 'evidence.reference');
  const documentUrl = typeof evidence.documentUrl === 'string' ? evidence.documentUrl.trim() : '';
  let protocol: string | null = null;
  try {
    protocol = new URL(documentUrl).protocol;
  } catch {
    protocol = null;
  }
  if (protocol !== 'https:' || documentUrl.length > 2000) {
    throw invalidInput('EvidenceLinkInvalid', `evidence.documentUrl must be an https link to the document, got ${JSON.stringify(evidence.documentUrl)}`, 'evidence.documentUrl');
  }
  return { reference, documentUrl };
};

const recordPaperTally = (data: RecordPaperBallotTally['data'], state: BallotBox): BallotBoxEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const tallyId = identifier(data.tallyId, 'tallyId');
  const platformId = identifier(data.platformId, 'platformId');
  const meetingId = data.meetingId === undefined || data.meetingId === null ? null : identifier(data.meetingId, 'meetingId');
  const evidence = evidenceOf(data.evidence);
  const counts = {
    for: wholeNumberAtLeastZero(data.for, 'for', 'PaperBallotCountInvalid'),
    against: wholeNumberAtLeastZero(data.against, 'against', 'PaperBallotCountInvalid'),
    abstain: wholeNumberAtLeastZero(data.abstain, 'abstain', 'PaperBallotCountInvalid'),
  };
  if (!idList(data.platformsOfMunicipality, 'platformsOfMunicipality').includes(platformId)) {
    throw invalidInput('PlatformNotOfMunicipality', `Platform ${platformId} does not cover the proposal's municipality`, 'platformId');
  }
  sameProposal(state, proposalId);
  const tallies = state.status === 'receiving' ? state.paperTallies : [];
  if (tallies.some((tally) => tally.tallyId === tallyId)) throw conflict('PaperTallyAlreadyRecorded', `Paper tally ${tallyId} is already recorded`);
  // The same meeting's paper ballots counted twice would be counted twice in the award.
  if (meetingId !== null && tallies.some((tally) => tally.meetingId === meetingId)) {
    throw conflict('MeetingTallyAlreadyRecorded', `The paper ballots of meeting ${meetingId} are already recorded`);
  }
  return [{ type: 'PaperBallotTallyRecorded', data: { proposalId, tallyId, platformId, meetingId, evidence, ...counts } }];
};

export const ballotBoxDecider: Decider<BallotBoxCommand, BallotBoxEvent, BallotBox> = { initialState, evolve, decide };
