import type { Money } from '@makers/kernel';
import type { AwardRule } from './call.terms';
import { instantOf } from './call.terms';
import type { ProposalStanding, VoteCounts } from './proposal-standing';

/**
 * The award decision's arithmetic, pure and in integers so a replay or an auditor's spreadsheet gets the same ranking.
 * Points are hundredths of a percent (0–10000).
 */
export const FULL_POINTS = 10_000;

/** One candidate as the award ranked it; CallAwarded records every one. */
export type RankedProposal = {
  proposalId: string;
  municipalityId: string;
  /** 1 for the best; every candidate has its own rank (ties are broken, never shared). */
  rank: number;
  scorePoints: number;
  votePoints: number;
  combined: number;
  /** Online and paper ballots added together, as counted. */
  votes: VoteCounts;
  requestedAmount: Money;
  funded: boolean;
  /** The requested amount when funded, zero otherwise. */
  amount: Money;
};

export type AwardRanking = { ranking: RankedProposal[]; totalAwarded: Money };

/** numerator ÷ denominator, rounded half up, for non-negative integers. */
export const divideRoundingHalfUp = (numerator: number, denominator: number): number => Math.floor((2 * numerator + denominator) / (2 * denominator));

/** Candidates: eligible, not withdrawn, and scored. */
export const isCandidate = (standing: ProposalStanding): standing is ProposalStanding & { score: number } =>
  standing.eligible && !standing.withdrawn && standing.score !== null;

export const allVotes = (standing: Pick<ProposalStanding, 'votes' | 'paperVotes'>): VoteCounts => ({
  for: standing.votes.for + standing.paperVotes.for,
  against: standing.votes.against + standing.paperVotes.against,
  abstain: standing.votes.abstain + standing.paperVotes.abstain,
});

/** The share of votes for among votes for and against (abstentions count for neither); 0 when nobody voted either way. */
export const votePointsOf = (votes: VoteCounts): number => {
  const decided = votes.for + votes.against;
  return decided === 0 ? 0 : divideRoundingHalfUp(FULL_POINTS * votes.for, decided);
};

export const combinedPointsOf = (rule: AwardRule, scorePoints: number, votePoints: number): number =>
  divideRoundingHalfUp(rule.scoreWeight * scorePoints + rule.votesWeight * votePoints, 100);

type Scored = Omit<RankedProposal, 'rank' | 'funded' | 'amount'> & { submittedAt: number };

/** Combined points first, then the evaluation score, then who submitted first; the id only keeps a replay deterministic. */
const byRank = (a: Scored, b: Scored): number =>
  b.combined - a.combined ||
  b.scorePoints - a.scorePoints ||
  a.submittedAt - b.submittedAt ||
  (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0);

/**
 * Ranks the candidates by the call's rule and funds them in rank order while what is left of the budget covers the
 * requested amount: one that does not fit is skipped, and a cheaper one below it may still be funded.
 */
export const rankAndFund = (standings: readonly ProposalStanding[], rule: AwardRule, budget: Money): AwardRanking => {
  const scored: Scored[] = standings.filter(isCandidate).map((standing) => {
    const votes = allVotes(standing);
    const votePoints = votePointsOf(votes);
    return {
      proposalId: standing.proposalId,
      municipalityId: standing.municipalityId,
      scorePoints: standing.score,
      votePoints,
      combined: combinedPointsOf(rule, standing.score, votePoints),
      votes,
      requestedAmount: standing.requestedAmount,
      submittedAt: instantOf(standing.submittedAt),
    };
  });
  let remaining = budget.amountMinor;
  const ranking = [...scored].sort(byRank).map(({ submittedAt: _submittedAt, ...candidate }, index): RankedProposal => {
    const funded = candidate.requestedAmount.amountMinor <= remaining;
    if (funded) remaining -= candidate.requestedAmount.amountMinor;
    return { ...candidate, rank: index + 1, funded, amount: { amountMinor: funded ? candidate.requestedAmount.amountMinor : 0, currency: budget.currency } };
  });
  return { ranking, totalAwarded: { amountMinor: budget.amountMinor - remaining, currency: budget.currency } };
};
