import { invalidInput, positiveWholeNumber } from '@makers/kernel';

/**
 * How many members must attend for a platform's meeting to decide, counted on the members active on the meeting's
 * date. `majority` (the default) is ⌊n/2⌋+1; `minimum` a fixed head count; `share` ⌈n·percent/100⌉.
 */
export type QuorumRule = { kind: 'majority' } | { kind: 'minimum'; members: number } | { kind: 'share'; percent: number };

export const QUORUM_KINDS = ['majority', 'minimum', 'share'] as const satisfies readonly QuorumRule['kind'][];

export const DEFAULT_QUORUM: QuorumRule = { kind: 'majority' };

/**
 * The quorum for `activeMembers` members. Never below one: a meeting nobody attends decides nothing, even on a
 * platform whose members have all left or under a share that rounds to zero.
 */
export const quorumFor = (rule: QuorumRule, activeMembers: number): number => {
  switch (rule.kind) {
    case 'majority':
      return Math.floor(activeMembers / 2) + 1;
    case 'minimum':
      return rule.members;
    case 'share':
      // Integer arithmetic: ⌈n·p/100⌉ without a float in between.
      return Math.max(1, Math.floor((activeMembers * rule.percent + 99) / 100));
    default: {
      const unknown: never = rule;
      return unknown;
    }
  }
};

/** Shape check of a quorum rule as a command gives it; `field` names it in the refusal. */
export const validQuorumRule = (value: unknown, field: string): QuorumRule => {
  const candidate = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  switch (candidate.kind) {
    case 'majority':
      return { kind: 'majority' };
    case 'minimum':
      return { kind: 'minimum', members: positiveWholeNumber(candidate.members, `${field}.members`, 'QuorumMinimumNotPositive') };
    case 'share': {
      const percent = candidate.percent;
      if (typeof percent !== 'number' || !Number.isSafeInteger(percent) || percent < 1 || percent > 100) {
        throw invalidInput('QuorumShareInvalid', `${field}.percent must be a whole number from 1 to 100, got ${JSON.stringify(percent)}`, `${field}.percent`);
      }
      return { kind: 'share', percent };
    }
    default:
      throw invalidInput('QuorumKindUnknown', `${field}.kind must be one of ${QUORUM_KINDS.join(', ')}`, `${field}.kind`);
  }
};

export const sameQuorumRule = (a: QuorumRule, b: QuorumRule): boolean => JSON.stringify(a) === JSON.stringify(b);
