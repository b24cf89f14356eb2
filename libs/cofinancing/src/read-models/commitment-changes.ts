import type { Currency } from '@makers/kernel';
import type { AgreementParty } from '../initiative/agreement.terms';

/** One party's change of commitment, in its own currency and in US cents; either may be negative. */
export interface CommitmentChange {
  readonly party: Pick<AgreementParty, 'partyId' | 'kind' | 'name' | 'municipalityId'>;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly amountUsdMinor: number;
}

const whole = (party: AgreementParty, sign: 1 | -1): CommitmentChange => ({
  party,
  amountMinor: sign * party.amount.amountMinor,
  currency: party.amount.currency,
  amountUsdMinor: sign * party.amountUsdMinor,
});

/**
 * What an agreement version changes against the one before (none for the signing): a new party commits its whole
 * amount, a dropped party takes its whole amount back, a party in the same currency and of the same kind changes by the
 * difference (in US cents too, where a new rate alone changes it), and a party that changed currency or kind takes back
 * the old line and commits the new one. Changes of nothing are left out.
 */
export const commitmentChanges = (previous: readonly AgreementParty[], next: readonly AgreementParty[]): CommitmentChange[] => {
  const changes: CommitmentChange[] = [];
  for (const party of next) {
    const before = previous.find((candidate) => candidate.partyId === party.partyId);
    if (!before) {
      changes.push(whole(party, 1));
    } else if (before.kind !== party.kind || before.amount.currency !== party.amount.currency) {
      changes.push(whole(before, -1), whole(party, 1));
    } else {
      const amountMinor = party.amount.amountMinor - before.amount.amountMinor;
      const amountUsdMinor = party.amountUsdMinor - before.amountUsdMinor;
      if (amountMinor !== 0 || amountUsdMinor !== 0) changes.push({ party, amountMinor, currency: party.amount.currency, amountUsdMinor });
    }
  }
  for (const before of previous) {
    if (!next.some((party) => party.partyId === before.partyId)) changes.push(whole(before, -1));
  }
  return changes;
};
