import fc from 'fast-check';
import { combinedPointsOf, FULL_POINTS, rankAndFund, votePointsOf } from './award-ranking';
import { standing, usd } from './call.fixtures';
import type { AwardRule } from './call.terms';
import type { ProposalStanding } from './proposal-standing';

const seventyThirty: AwardRule = { scoreWeight: 70, votesWeight: 30 };
const votes = (yes: number, no: number, abstain = 0) => ({ for: yes, against: no, abstain });
const ranked = (standings: ProposalStanding[], budget = usd(100_000), rule = seventyThirty) => rankAndFund(standings, rule, budget);
const summary = (standings: ProposalStanding[], budget?: ReturnType<typeof usd>, rule?: AwardRule) =>
  ranked(standings, budget, rule).ranking.map(({ proposalId, rank, funded }) => ({ proposalId, rank, funded }));

describe('points', () => {
  it('counts the share of votes for among votes for and against, ignoring abstentions', () => expect(votePointsOf(votes(3, 1, 40))).toBe(7500));

  it('gives no vote points to a proposal nobody voted on', () => expect(votePointsOf(votes(0, 0, 5))).toBe(0));

  it('rounds vote points half up, in hundredths of a percent', () => {
    expect(votePointsOf(votes(2, 1))).toBe(6667);
    expect(votePointsOf(votes(1, 2))).toBe(3333);
    expect(votePointsOf(votes(1, 15))).toBe(625);
  });

  it('combines score and votes by the call’s weights, rounding half up', () => {
    expect(combinedPointsOf(seventyThirty, 8000, 7500)).toBe(7850);
    expect(combinedPointsOf({ scoreWeight: 55, votesWeight: 45 }, 7001, 0)).toBe(3851); // 3850.55
    expect(combinedPointsOf({ scoreWeight: 50, votesWeight: 50 }, 1, 0)).toBe(1); // 0.5 rounds up
  });

  it('adds paper ballots to online ones, and records both together', () => {
    const [only] = ranked([standing('doboj-istok-mural', { municipalityId: 'doboj-istok', votes: votes(10, 10, 1), paperVotes: votes(20, 0, 2) })]).ranking;
    expect({ votes: only.votes, votePoints: only.votePoints }).toEqual({ votes: votes(30, 10, 3), votePoints: 7500 });
  });
});

describe('who is ranked', () => {
  it('ranks only eligible, not withdrawn, scored proposals', () =>
    expect(
      summary([
        standing('ns-youth-bridge'),
        standing('pale-late', { municipalityId: 'pale', eligible: false }),
        standing('trebinje-withdrawn', { municipalityId: 'trebinje', withdrawn: true }),
        standing('doboj-istok-unscored', { municipalityId: 'doboj-istok', score: null }),
      ]).map((entry) => entry.proposalId),
    ).toEqual(['ns-youth-bridge']));
});

describe('the ranking', () => {
  it('ranks by combined points, votes counting as the call says', () =>
    expect(
      summary([
        standing('ns-youth-bridge', { score: 8000, votes: votes(10, 30) }), // 5600 + 750 = 6350
        standing('trebinje-green-yard', { municipalityId: 'trebinje', score: 7000, votes: votes(40, 0) }), // 4900 + 3000 = 7900
      ]).map((entry) => entry.proposalId),
    ).toEqual(['trebinje-green-yard', 'ns-youth-bridge']));

  it('breaks a tie in combined points by the evaluation score', () =>
    expect(
      summary(
        [
          standing('ns-youth-bridge', { score: 6000, votes: votes(1, 0) }), // 3000 + 5000 = 8000
          standing('trebinje-green-yard', { municipalityId: 'trebinje', score: 8000, votes: votes(4, 1) }), // 4000 + 4000 = 8000
        ],
        usd(100_000),
        { scoreWeight: 50, votesWeight: 50 },
      ).map((entry) => entry.proposalId),
    ).toEqual(['trebinje-green-yard', 'ns-youth-bridge']));

  it('breaks a tie in combined points and score by who submitted first', () =>
    expect(
      summary([
        standing('ns-youth-bridge', { submittedAt: '2021-07-10T12:00:00+02:00' }),
        standing('doboj-istok-mural', { municipalityId: 'doboj-istok', submittedAt: '2021-07-10T11:30:00Z' }), // 13:30 in Sarajevo: later
        standing('trebinje-green-yard', { municipalityId: 'trebinje', submittedAt: '2021-06-20T09:00:00+02:00' }),
      ]).map((entry) => entry.proposalId),
    ).toEqual(['trebinje-green-yard', 'ns-youth-bridge', 'doboj-istok-mural']));

  it('gives every candidate its own rank, from 1', () =>
    expect(summary([standing('a'), standing('b'), standing('c')]).map((entry) => entry.rank)).toEqual([1, 2, 3]));
});

describe('funding', () => {
  it('funds proposals in rank order within the budget and skips one that does not fit', () => {
    const award = ranked(
      [
        standing('ns-youth-bridge', { score: 9000, requestedAmount: usd(15_000) }),
        standing('trebinje-green-yard', { municipalityId: 'trebinje', score: 8500, requestedAmount: usd(12_000) }),
        standing('doboj-istok-mural', { municipalityId: 'doboj-istok', score: 8000, requestedAmount: usd(4_000) }),
        standing('ins-sports-day', { municipalityId: 'istocno-novo-sarajevo', score: 7000, requestedAmount: usd(2_000) }),
      ],
      usd(21_000),
    );
    expect(award.ranking.map(({ proposalId, funded, amount }) => ({ proposalId, funded, amount }))).toEqual([
      { proposalId: 'ns-youth-bridge', funded: true, amount: usd(15_000) },
      { proposalId: 'trebinje-green-yard', funded: false, amount: usd(0) },
      { proposalId: 'doboj-istok-mural', funded: true, amount: usd(4_000) },
      { proposalId: 'ins-sports-day', funded: true, amount: usd(2_000) },
    ]);
    expect(award.totalAwarded).toEqual(usd(21_000));
  });

  it('funds a proposal that takes exactly what is left of the budget', () =>
    expect(ranked([standing('ns-youth-bridge', { requestedAmount: usd(15_000) })], usd(15_000)).ranking[0].funded).toBe(true));

  it('awards nothing, and records nothing ranked, when no proposal is in the running', () =>
    expect(ranked([standing('pale-late', { eligible: false })])).toEqual({ ranking: [], totalAwarded: usd(0) }));
});

describe('properties of the award', () => {
  const municipalities = ['novo-sarajevo', 'istocno-novo-sarajevo', 'doboj-istok', 'trebinje'];
  const voteCounts = fc.record({ for: fc.nat(500), against: fc.nat(500), abstain: fc.nat(50) });
  const aStanding = fc.record({
    municipalityId: fc.constantFrom(...municipalities),
    requestedAmount: fc.integer({ min: 1, max: 1_500_000 }).map((amountMinor) => ({ amountMinor, currency: 'USD' as const })),
    submittedAt: fc.integer({ min: Date.parse('2021-06-15T07:00:00Z'), max: Date.parse('2021-07-15T14:00:00Z') }).map((ms) => new Date(ms).toISOString()),
    eligible: fc.boolean(),
    withdrawn: fc.boolean(),
    score: fc.option(fc.integer({ min: 0, max: FULL_POINTS }), { nil: null, freq: 5 }),
    votes: voteCounts,
    paperVotes: voteCounts,
  });
  const standings = fc
    .array(aStanding, { maxLength: 25 })
    .map((entries) => entries.map((entry, index): ProposalStanding => ({ proposalId: `proposal-${index}`, ...entry })));
  const budget = fc.integer({ min: 1, max: 10_000_000 }).map((amountMinor) => ({ amountMinor, currency: 'USD' as const }));
  const rule = fc.integer({ min: 0, max: 100 }).map((scoreWeight): AwardRule => ({ scoreWeight, votesWeight: 100 - scoreWeight }));

  it('never awards more than the budget, and the total is the sum of the amounts funded', () =>
    fc.assert(
      fc.property(standings, rule, budget, (proposals, awardRule, total) => {
        const { ranking, totalAwarded } = rankAndFund(proposals, awardRule, total);
        const sum = ranking.reduce((acc, entry) => acc + entry.amount.amountMinor, 0);
        return totalAwarded.amountMinor === sum && sum <= total.amountMinor;
      }),
    ));

  it('never leaves unfunded a proposal that would have fit in what was left when its turn came', () =>
    fc.assert(
      fc.property(standings, rule, budget, (proposals, awardRule, total) => {
        const { ranking } = rankAndFund(proposals, awardRule, total);
        return ranking.every((entry, index) => {
          const spentAbove = ranking.slice(0, index).reduce((acc, above) => acc + above.amount.amountMinor, 0);
          return entry.funded === entry.requestedAmount.amountMinor <= total.amountMinor - spentAbove;
        });
      }),
    ));

  it('funds each proposal with exactly what it requested, or nothing', () =>
    fc.assert(
      fc.property(standings, rule, budget, (proposals, awardRule, total) =>
        rankAndFund(proposals, awardRule, total).ranking.every((entry) => entry.amount.amountMinor === (entry.funded ? entry.requestedAmount.amountMinor : 0)),
      ),
    ));

  it('orders the ranking by combined points, then score, with ranks 1 to n and points within 0–10000', () =>
    fc.assert(
      fc.property(standings, rule, budget, (proposals, awardRule, total) => {
        const { ranking } = rankAndFund(proposals, awardRule, total);
        return ranking.every(
          (entry, index) =>
            entry.rank === index + 1 &&
            [entry.scorePoints, entry.votePoints, entry.combined].every((points) => Number.isSafeInteger(points) && points >= 0 && points <= FULL_POINTS) &&
            (index === 0 ||
              ranking[index - 1].combined > entry.combined ||
              (ranking[index - 1].combined === entry.combined && ranking[index - 1].scorePoints >= entry.scorePoints)),
        );
      }),
    ));

  it('ranks exactly the candidates: eligible, not withdrawn, scored', () =>
    fc.assert(
      fc.property(standings, rule, budget, (proposals, awardRule, total) => {
        const ids = rankAndFund(proposals, awardRule, total).ranking.map((entry) => entry.proposalId);
        const candidates = proposals.filter((proposal) => proposal.eligible && !proposal.withdrawn && proposal.score !== null).map((proposal) => proposal.proposalId);
        return ids.length === candidates.length && candidates.every((id) => ids.includes(id));
      }),
    ));

  it('reaches the same decision whatever order the proposals are listed in', () =>
    fc.assert(
      fc.property(
        standings.chain((proposals) => fc.tuple(fc.constant(proposals), fc.shuffledSubarray(proposals, { minLength: proposals.length, maxLength: proposals.length }))),
        rule,
        budget,
        ([proposals, shuffled], awardRule, total) => {
          expect(rankAndFund(shuffled, awardRule, total)).toEqual(rankAndFund(proposals, awardRule, total));
        },
      ),
    ));
});
