import { invalidInput } from './domain-error';

/** ISO 4217 codes the programme handles. BAM is pegged to EUR at 1.95583. */
export const CURRENCIES = ['USD', 'BAM', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An amount in integer minor units (cents, feninga) with its currency; never a float. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: Currency;
}

export const isCurrency = (value: string): value is Currency => (CURRENCIES as readonly string[]).includes(value);

export const money = (amountMinor: number, currency: Currency): Money => {
  if (!Number.isSafeInteger(amountMinor)) {
    throw invalidInput('AmountNotInMinorUnits', `An amount must be a whole number of minor units, got ${amountMinor}`, 'amountMinor');
  }
  return { amountMinor, currency };
};
