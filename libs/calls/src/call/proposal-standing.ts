import type { Money } from '@makers/kernel';

export type VoteCounts = { for: number; against: number; abstain: number };

/**
 * Where one proposal of a call stands, as the handler of CompleteEvaluation and AwardCall builds it from the proposal's
 * stream and its ballot box (the proposals read model says which proposals the call has).
 */
export type ProposalStanding = {
  proposalId: string;
  municipalityId: string;
  /** In the call's currency. */
  requestedAmount: Money;
  /** When it was first submitted (ISO 8601 with offset): the last tie-break of the award. */
  submittedAt: string;
  /** Passed the automatic checks and, if screened, the screener's decision. */
  eligible: boolean;
  withdrawn: boolean;
  /** The mean of its evaluators' weighted scores, in hundredths of a percent (0–10000); null while nobody scored it. */
  score: number | null;
  /** Online ballots, and paper ballots recorded at meetings, kept apart. */
  votes: VoteCounts;
  paperVotes: VoteCounts;
};
