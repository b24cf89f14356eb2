import type { ProposalStanding } from '../call/proposal-standing';
import type { Tally } from '../ballot-box/ballot-tally';
import { proposalScore, type SubmittedProposal } from './proposal.decider';

/**
 * Where a proposal stands for the call's evaluation and award: built from its folded stream and the tally of its
 * ballot box. It passed the automatic checks at submission, so it is eligible unless a screener decided otherwise.
 */
export const proposalStanding = (proposal: SubmittedProposal, tally: Pick<Tally, 'online' | 'paper'>): ProposalStanding => ({
  proposalId: proposal.proposalId,
  municipalityId: proposal.municipalityId,
  requestedAmount: proposal.requestedAmount,
  submittedAt: proposal.submittedAt,
  eligible: proposal.screening?.eligible ?? true,
  withdrawn: proposal.status === 'withdrawn',
  score: proposalScore(proposal),
  votes: tally.online,
  paperVotes: tally.paper,
});
