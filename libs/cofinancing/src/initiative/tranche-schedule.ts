import { identifier, invalidInput, isoDate, positiveMoney, positiveWholeNumber, type Money } from '@makers/kernel';
import type { AgreementParty } from './agreement.terms';

export const TRANCHE_CONDITIONS = ['interim-report-accepted', 'final-report-accepted'] as const;
export type TrancheCondition = (typeof TRANCHE_CONDITIONS)[number];

/** A tranche as the command gives it: an amount in the party's currency, or a whole percent of the party's commitment. */
export type TrancheInput = {
  trancheId: string;
  partyId: string;
  amount: Money | { percent: number };
  dueOn: string;
  condition?: TrancheCondition | null;
};

/** A tranche as recorded: always an amount, with the percent it was given as, if any. */
export type Tranche = { trancheId: string; partyId: string; amount: Money; percent: number | null; dueOn: string; condition: TrancheCondition | null };

type Loose<T> = Partial<Record<keyof T, unknown>>;
const objectOf = <T>(value: unknown): Loose<T> => (typeof value === 'object' && value !== null ? (value as Loose<T>) : {});

type Checked = Omit<Tranche, 'amount'> & { amount: Money | null };

const trancheOf = (value: unknown, index: number, parties: readonly AgreementParty[]): Checked => {
  const field = `tranches[${index}]`;
  const tranche = objectOf<TrancheInput>(value);
  const trancheId = identifier(tranche.trancheId, `${field}.trancheId`);
  const partyId = identifier(tranche.partyId, `${field}.partyId`);
  const party = parties.find((candidate) => candidate.partyId === partyId);
  if (!party) throw invalidInput('PartyNotInAgreement', `${partyId} is not a party to the agreement`, `${field}.partyId`);
  if (party.kind === 'in-kind') throw invalidInput('InKindHasNoTranches', `${party.name} contributes in kind: nothing is disbursed to schedule`, `${field}.partyId`);
  const dueOn = isoDate(tranche.dueOn, `${field}.dueOn`);
  const condition = tranche.condition === undefined || tranche.condition === null ? null : tranche.condition;
  if (condition !== null && !(TRANCHE_CONDITIONS as readonly unknown[]).includes(condition)) {
    throw invalidInput('TrancheConditionUnknown', `A tranche's condition is one of ${TRANCHE_CONDITIONS.join(', ')}`, `${field}.condition`);
  }
  const amount = objectOf<Money & { percent: number }>(tranche.amount);
  if (amount.percent !== undefined) {
    const percent = positiveWholeNumber(amount.percent, `${field}.amount.percent`, 'PercentInvalid');
    if (percent > 100) throw invalidInput('PercentInvalid', 'A tranche is at most 100 percent of the party’s commitment', `${field}.amount.percent`);
    return { trancheId, partyId, amount: null, percent, dueOn, condition: condition as TrancheCondition | null };
  }
  const money = positiveMoney(tranche.amount, `${field}.amount`);
  if (money.currency !== party.amount.currency) {
    throw invalidInput('TrancheCurrencyMismatch', `${party.name} committed in ${party.amount.currency}, the tranche is in ${money.currency}`, `${field}.amount.currency`);
  }
  return { trancheId, partyId, amount: money, percent: null, dueOn, condition: condition as TrancheCondition | null };
};

/**
 * A party's percentage tranches become amounts by cumulative flooring: the k-th tranche is
 * floor(p1+…+pk of the commitment) − floor(p1+…+pk−1 of it). Each is within a cent of its exact share, and
 * percentages adding up to 100 schedule exactly the commitment, never a cent more.
 */
const resolvePercentages = (tranches: Checked[], party: AgreementParty): void => {
  let cumulativePercent = 0;
  let scheduledSoFar = 0;
  for (const tranche of tranches) {
    if (tranche.partyId !== party.partyId || tranche.percent === null) continue;
    cumulativePercent += tranche.percent;
    const cumulativeAmount = Math.floor((party.amount.amountMinor * cumulativePercent) / 100);
    tranche.amount = { amountMinor: cumulativeAmount - scheduledSoFar, currency: party.amount.currency };
    scheduledSoFar = cumulativeAmount;
  }
};

/** Refuses a schedule whose tranches for any party add up to more than that party committed. */
export const refuseTranchesAboveCommitments = (tranches: readonly Tranche[], parties: readonly AgreementParty[], rule = 'TranchesExceedCommitment'): void => {
  for (const party of parties) {
    const scheduled = tranches.filter((tranche) => tranche.partyId === party.partyId).reduce((sum, tranche) => sum + tranche.amount.amountMinor, 0);
    if (scheduled > party.amount.amountMinor) {
      throw invalidInput(
        rule,
        `Tranches for ${party.name} add up to ${scheduled} ${party.amount.currency} minor units, above the ${party.amount.amountMinor} it committed`,
        'tranches',
      );
    }
  }
  const orphan = tranches.find((tranche) => !parties.some((party) => party.partyId === tranche.partyId));
  if (orphan) throw invalidInput(rule, `Tranche ${orphan.trancheId} is scheduled for ${orphan.partyId}, no longer a party`, 'tranches');
};

/** The tranches of a schedule, checked against the agreement's parties and resolved to amounts. */
export const validTranches = (value: unknown, parties: readonly AgreementParty[]): Tranche[] => {
  if (!Array.isArray(value) || value.length === 0) throw invalidInput('TranchesRequired', 'A schedule lists at least one tranche', 'tranches');
  const checked = value.map((entry, index) => trancheOf(entry, index, parties));
  checked.forEach((tranche, index) => {
    if (checked.findIndex((other) => other.trancheId === tranche.trancheId) !== index) {
      throw invalidInput('TrancheListedTwice', `${tranche.trancheId} is listed twice`, `tranches[${index}].trancheId`);
    }
  });
  parties.forEach((party) => resolvePercentages(checked, party));
  const tranches = checked as Tranche[];
  tranches.forEach((tranche, index) => {
    if (tranche.amount.amountMinor <= 0) throw invalidInput('TrancheOfNothing', `${tranche.percent}% of the commitment is less than a minor unit`, `tranches[${index}].amount`);
  });
  refuseTranchesAboveCommitments(tranches, parties);
  return tranches;
};

// Field by field rather than JSON text: an event read back from a store need not keep its keys in order.
const trancheKey = ({ trancheId, partyId, amount, percent, dueOn, condition }: Tranche): string =>
  [trancheId, partyId, amount.amountMinor, amount.currency, percent ?? '', dueOn, condition ?? ''].join('|');

/** The same tranches in the same order, each as given (a percent stays a percent) and resolved to the same amount. */
export const sameTranches = (a: readonly Tranche[], b: readonly Tranche[]): boolean =>
  a.length === b.length && a.every((tranche, index) => trancheKey(tranche) === trancheKey(b[index]));
