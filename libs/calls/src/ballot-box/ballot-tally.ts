import type { VoteCounts } from '../call/proposal-standing';
import { NO_VOTES, type BallotBox } from './ballot-box.decider';
import type { SecretVoteCounted } from './ballot-box.events';

/** Folds the tally stream (`calls-tally-<proposalId>`): the choices of secret ballots, counted without voters. */
export const evolveSecretTally = (counts: VoteCounts, event: SecretVoteCounted): VoteCounts => ({ ...counts, [event.data.choice]: counts[event.data.choice] + 1 });

export const secretTallyOf = (events: readonly SecretVoteCounted[]): VoteCounts => events.reduce(evolveSecretTally, NO_VOTES);

export type Tally = {
  /** Online ballots, open and secret together. */
  online: VoteCounts;
  /** Paper ballots recorded at meetings, summed; shown apart from the online ones. */
  paper: VoteCounts;
  /** Members who voted online (the ballot box's `BallotCast` events). */
  voters: number;
};

const sum = (a: VoteCounts, b: VoteCounts): VoteCounts => ({ for: a.for + b.for, against: a.against + b.against, abstain: a.abstain + b.abstain });

/**
 * A proposal's tally: open ballots from the ballot box, secret ones from the tally stream (`secretTallyOf` of its
 * events; `NO_VOTES` when the call's ballots are open), paper tallies apart.
 */
export const tally = (ballotBox: BallotBox, secretTally: VoteCounts): Tally => {
  if (ballotBox.status === 'empty') return { online: secretTally, paper: NO_VOTES, voters: 0 };
  const paper = ballotBox.paperTallies.reduce<VoteCounts>((counts, recorded) => sum(counts, recorded), NO_VOTES);
  return { online: sum(ballotBox.open, secretTally), paper, voters: ballotBox.voterIds.size };
};
