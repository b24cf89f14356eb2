import { makersCallTerms, makersProposals, votersOf, makersEvaluators, makersPaperBallotTally, makersAppeal } from './makers-call';

describe('the MAKERS open call demo data', () => {
  it('asks for more than the budget, so the award has to choose', () => {
    const requested = makersProposals.reduce((sum, proposal) => sum + proposal.budgetLines.reduce((lines, line) => lines + line.marks, 0), 0);
    expect(requested * 100).toBeGreaterThan(makersCallTerms.budget.total.amountMinor);
  });

  it('keeps every proposal within the ceiling, from an eligible municipality, submitted while the call was open', () => {
    for (const proposal of makersProposals) {
      const requested = proposal.budgetLines.reduce((sum, line) => sum + line.marks, 0) * 100;
      expect(requested).toBeLessThanOrEqual(makersCallTerms.budget.perProposalCeiling.amountMinor);
      expect(makersCallTerms.eligibleMunicipalityIds).toContain(proposal.municipalityId);
      expect(Date.parse(proposal.submittedAt)).toBeGreaterThanOrEqual(Date.parse(makersCallTerms.opensAt));
      expect(Date.parse(proposal.submittedAt)).toBeLessThan(Date.parse(makersCallTerms.closesAt));
    }
  });

  it('scores with assigned evaluators only, and has no more online votes than eligible members', () => {
    for (const proposal of makersProposals) {
      expect(Object.keys(proposal.scores).every((evaluator) => (makersEvaluators as readonly string[]).includes(evaluator))).toBe(true);
      expect(proposal.votes.length).toBeLessThanOrEqual(votersOf(proposal.municipalityId).length);
    }
  });

  it('records the paper ballots and the appeal within the voting window and the appeal period', () => {
    expect(Date.parse(makersPaperBallotTally.recordedAt)).toBeLessThan(Date.parse(makersCallTerms.voting.closesAt));
    expect(makersProposals.map((proposal) => proposal.proposalId)).toEqual(expect.arrayContaining([makersPaperBallotTally.proposalId, makersAppeal.proposalId]));
  });
});
