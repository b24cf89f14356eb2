import { invalidInput, positiveWholeNumber, type Currency, type Money } from '@makers/kernel';

/** A positive ratio of whole numbers: a rate is kept exactly as agreed, never as a float. */
export type Rational = { numerator: number; denominator: number };

/**
 * US dollars per one unit of `currency`, as recorded at signing (for BAM, the USD rate of the day: BAM is pegged to
 * EUR at 1.95583, so 1.20 USD/EUR is 120000/195583 USD per BAM). Both currencies have 100 minor units, so the same
 * ratio converts feninga to cents.
 */
export type ExchangeRate = { currency: Currency; usdPerUnit: Rational };

/** The rate a USD amount converts at. */
export const USD_AT_PAR: ExchangeRate = Object.freeze({ currency: 'USD', usdPerUnit: Object.freeze({ numerator: 1, denominator: 1 }) });

/**
 * `money` in whole US cents at `rate`, rounded half up (half a cent and more rounds to the next cent). Integer
 * arithmetic throughout: BigInt, so no intermediate product loses precision.
 */
export const toUsdMinor = (money: Money, rate: ExchangeRate): number => {
  if (money.currency !== rate.currency) throw new Error(`A ${money.currency} amount cannot convert at the ${rate.currency} rate`);
  if (money.currency === 'USD') return money.amountMinor;
  const usdMinor = timesRatioHalfUp(money.amountMinor, rate.usdPerUnit.numerator, rate.usdPerUnit.denominator);
  if (!Number.isSafeInteger(usdMinor)) throw new Error(`${money.amountMinor} ${money.currency} converts beyond a safe whole number of cents`);
  return usdMinor;
};

/**
 * amount · numerator / denominator in whole units, rounded half up (negative amounts half away from zero), with BigInt
 * so no intermediate product loses precision: a conversion at a rate, or a share of a whole.
 */
export const timesRatioHalfUp = (amountValue: number, numeratorValue: number, denominatorValue: number): number => {
  const [amount, numerator, denominator] = [BigInt(amountValue), BigInt(numeratorValue), BigInt(denominatorValue)];
  // floor(x + 1/2) for x = amount·n/d, which is (2·amount·n + d) div 2d.
  const sign = amount < 0n ? -1n : 1n;
  const magnitude = (2n * (amount * sign) * numerator + denominator) / (2n * denominator);
  return Number(sign * magnitude);
};

/** A rate as a command gives it: whole positive numerator and denominator. */
export const validRational = (value: unknown, field: string): Rational => {
  const candidate = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Rational, unknown>>;
  return {
    numerator: positiveWholeNumber(candidate.numerator, `${field}.numerator`, 'ExchangeRateInvalid'),
    denominator: positiveWholeNumber(candidate.denominator, `${field}.denominator`, 'ExchangeRateInvalid'),
  };
};

export const sameRational = (a: Rational, b: Rational): boolean => BigInt(a.numerator) * BigInt(b.denominator) === BigInt(b.numerator) * BigInt(a.denominator);

/** A USD "rate" other than 1 would silently rescale dollars. */
export const refuseUsdRateOtherThanPar = (rate: ExchangeRate, field: string): void => {
  if (rate.currency === 'USD' && !sameRational(rate.usdPerUnit, USD_AT_PAR.usdPerUnit)) {
    throw invalidInput('UsdRateNotOne', 'A US dollar is worth one US dollar: leave USD out of the rates or give it as 1/1', field);
  }
};
