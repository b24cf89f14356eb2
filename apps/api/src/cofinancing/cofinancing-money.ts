import type { Money as DomainMoney } from '@makers/kernel';
import type { ExchangeRate as DomainExchangeRate } from '@makers/cofinancing';
import { CurrencyCode, Money } from '../programme/programme.types';
import type { ExchangeRate } from './agreement.types';

/** The read models' Money as the schema's: the same minor units and currency code. */
export const moneyOf = ({ amountMinor, currency }: DomainMoney): Money => ({ amountMinor, currency: currency as CurrencyCode });

/** US cents as Money: every conversion the read models keep (commitments, payments, refunds at their recorded rates). */
export const usd = (amountMinor: number): Money => ({ amountMinor, currency: CurrencyCode.USD });

export const exchangeRateOf = ({ currency, usdPerUnit }: DomainExchangeRate): ExchangeRate => ({
  currency: currency as CurrencyCode,
  usdPerUnit: { numerator: usdPerUnit.numerator, denominator: usdPerUnit.denominator },
});
