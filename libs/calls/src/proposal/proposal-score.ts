import { invalidInput } from '@makers/kernel';
import { divideRoundingHalfUp } from '../call/award-ranking';
import type { Criterion } from '../call/call.terms';
import type { CriterionScore } from './proposal.commands';

/**
 * One evaluator's weighted score, in hundredths of a percent (0–10000): Σ weightᵢ · scoreᵢ / maxScoreᵢ (weights in
 * percent, summing to 100), times 100, rounded half up once at the end. Exact in integers: the fractions are summed
 * over the least common multiple of the maxima (BigInt, so no maximum can make it overflow).
 */
export const weightedScore = (criteria: readonly Criterion[], scores: readonly CriterionScore[]): number => {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const denominator = criteria.reduce((lcm, { maxScore }) => (lcm * BigInt(maxScore)) / gcd(lcm, BigInt(maxScore)), 1n);
  const numerator = criteria.reduce((sum, { criterionId, weight, maxScore }) => {
    const score = scores.find((entry) => entry.criterionId === criterionId)?.score ?? 0;
    return sum + 100n * BigInt(weight) * BigInt(score) * (denominator / BigInt(maxScore));
  }, 0n);
  return Number((2n * numerator + denominator) / (2n * denominator));
};

/** A proposal's score: the mean of its evaluators' weighted scores, rounded half up; null while nobody scored it. */
export const meanScore = (weighted: readonly number[]): number | null =>
  weighted.length === 0 ? null : divideRoundingHalfUp(weighted.reduce((sum, value) => sum + value, 0), weighted.length);

/**
 * The scores as the evaluator gave them, checked against the call's criteria: every criterion once, each a whole
 * number within 0..maxScore. Returned in the call's order of criteria.
 */
export const validScores = (value: unknown, criteria: readonly Criterion[]): CriterionScore[] => {
  if (!Array.isArray(value)) throw invalidInput('ScoresInvalid', 'scores must list a score per criterion', 'scores');
  const given = value.map((entry: Partial<Record<keyof CriterionScore, unknown>> | null | undefined, index) => {
    const field = `scores[${index}]`;
    const criterion = criteria.find((candidate) => candidate.criterionId === entry?.criterionId);
    if (!criterion) throw invalidInput('CriterionUnknown', `The call has no criterion ${JSON.stringify(entry?.criterionId)}`, `${field}.criterionId`);
    if (value.findIndex((other) => other?.criterionId === criterion.criterionId) !== index) {
      throw invalidInput('CriterionScoredTwice', `${criterion.criterionId} is scored twice`, `${field}.criterionId`);
    }
    const score = entry?.score;
    if (typeof score !== 'number' || !Number.isSafeInteger(score) || score < 0 || score > criterion.maxScore) {
      throw invalidInput('ScoreOutOfRange', `${criterion.name} is scored as a whole number from 0 to ${criterion.maxScore}, got ${JSON.stringify(score)}`, `${field}.score`);
    }
    return { criterionId: criterion.criterionId, score };
  });
  const missing = criteria.filter((criterion) => !given.some((entry) => entry.criterionId === criterion.criterionId));
  if (missing.length > 0) throw invalidInput('CriterionNotScored', `Not scored: ${missing.map((criterion) => criterion.criterionId).join(', ')}`, 'scores');
  return criteria.map((criterion) => given.find((entry) => entry.criterionId === criterion.criterionId) as CriterionScore);
};
