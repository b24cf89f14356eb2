import { fold } from '@makers/kernel';
import { NO_VOTES } from '../ballot-box/ballot-box.decider';
import { proposalDecider, proposalScore, type SubmittedProposal } from './proposal.decider';
import type { ProposalEvent } from './proposal.events';
import { proposalStanding } from './proposal.standing';
import { weightedScore } from './proposal-score';
import { EVALUATOR, OTHER_EVALUATOR, PROPOSAL_ID, submitted, terms, usd } from './proposal.fixtures';

const marks = (relevance: number, cohesion: number, feasibility: number, sustainability: number) => [
  { criterionId: 'relevance', score: relevance },
  { criterionId: 'cohesion', score: cohesion },
  { criterionId: 'feasibility', score: feasibility },
  { criterionId: 'sustainability', score: sustainability },
];
const declaredNoConflict = (evaluatorId: string): ProposalEvent => ({ type: 'ConflictOfInterestDeclared', data: { proposalId: PROPOSAL_ID, evaluatorId, hasConflict: false, note: null } });
const scoredAt = (evaluatorId: string, weighted: number, type: 'ProposalScored' | 'ProposalRescored' = 'ProposalScored'): ProposalEvent => ({
  type,
  data: { proposalId: PROPOSAL_ID, evaluatorId, scores: marks(0, 0, 0, 0), weighted },
});
const proposalAfter = (...events: ProposalEvent[]) => fold(proposalDecider, [submitted, ...events]) as SubmittedProposal;

describe('an evaluator’s weighted score, in hundredths of a percent', () => {
  it('gives full marks 10000 and no marks 0', () => {
    expect(weightedScore(terms.criteria, marks(10, 10, 8, 7))).toBe(10_000);
    expect(weightedScore(terms.criteria, marks(0, 0, 0, 0))).toBe(0);
  });

  it('rounds half up: 30·8/10 + 30·9/10 + 25·1/8 = 54.125 % is 5413', () => expect(weightedScore(terms.criteria, marks(8, 9, 1, 0))).toBe(5413));

  it('rounds once, at the end, not criterion by criterion: 73.0536 % is 7305, not 7306', () => expect(weightedScore(terms.criteria, marks(8, 9, 5, 3))).toBe(7305));

  it('stays exact when the maxima’s common multiple is beyond what a float holds exactly', () => {
    const primes = [9973, 9967, 9949, 9941, 9931].map((maxScore, index) => ({ criterionId: `c${index}`, name: `C${index}`, weight: 20, maxScore }));
    const scores = primes.map(({ criterionId, maxScore }, index) => ({ criterionId, score: index === 0 ? maxScore : 1 }));
    // 20 % for the first, and 20·1/maxScore % for each other: 2000 + 4 × about 0.2 hundredths.
    expect(weightedScore(primes, scores)).toBe(2001);
  });
});

describe('a proposal’s score', () => {
  it('is none while no evaluator scored it', () => expect(proposalScore(proposalAfter())).toBeNull());

  it('is the mean of its evaluators’ weighted scores, rounded half up', () =>
    expect(proposalScore(proposalAfter(declaredNoConflict(EVALUATOR), scoredAt(EVALUATOR, 7743), declaredNoConflict(OTHER_EVALUATOR), scoredAt(OTHER_EVALUATOR, 7304)))).toBe(7524));

  it('counts a rescored evaluator once, with their latest scores', () =>
    expect(proposalScore(proposalAfter(declaredNoConflict(EVALUATOR), scoredAt(EVALUATOR, 5000), scoredAt(EVALUATOR, 8000, 'ProposalRescored')))).toBe(8000));
});

describe('where a proposal stands for the award', () => {
  const tally = { online: { for: 23, against: 4, abstain: 1 }, paper: { for: 14, against: 3, abstain: 2 } };

  it('sums up the proposal, its score and its votes, online and paper apart', () =>
    expect(proposalStanding(proposalAfter(declaredNoConflict(EVALUATOR), scoredAt(EVALUATOR, 7305)), tally)).toEqual({
      proposalId: PROPOSAL_ID,
      municipalityId: 'doboj-istok',
      requestedAmount: usd(12_000),
      submittedAt: '2021-07-01T08:00:00.000Z',
      eligible: true,
      withdrawn: false,
      score: 7305,
      votes: { for: 23, against: 4, abstain: 1 },
      paperVotes: { for: 14, against: 3, abstain: 2 },
    }));

  it('is not eligible once a screener said so', () =>
    expect(
      proposalStanding(proposalAfter({ type: 'ProposalScreened', data: { proposalId: PROPOSAL_ID, version: 1, eligible: false, reason: 'Nedostaje statut' } }), {
        online: NO_VOTES,
        paper: NO_VOTES,
      }).eligible,
    ).toBe(false));

  it('shows a withdrawn proposal as withdrawn', () =>
    expect(proposalStanding(proposalAfter({ type: 'ProposalWithdrawn', data: { proposalId: PROPOSAL_ID, reason: 'Partner se povukao' } }), tally).withdrawn).toBe(true));

  it('keeps the first submission’s time through revisions, and the latest version’s request', () => {
    const { proposalId: _p, callId: _c, version: _v, submittedBy: _b, submittedAt: _a, ...content } = submitted.data;
    const standing = proposalStanding(
      proposalAfter({ type: 'ProposalRevised', data: { proposalId: PROPOSAL_ID, version: 2, ...content, requestedAmount: usd(9_000), budgetLines: [{ description: 'Radovi', amount: usd(9_000) }] } }),
      tally,
    );
    expect({ submittedAt: standing.submittedAt, requestedAmount: standing.requestedAmount }).toEqual({ submittedAt: '2021-07-01T08:00:00.000Z', requestedAmount: usd(9_000) });
  });
});
