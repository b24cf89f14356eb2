import fc from 'fast-check';
import type { Money } from '@makers/kernel';
import { timesRatioHalfUp, toUsdMinor, USD_AT_PAR, type ExchangeRate } from './exchange-rate';

const bam = (amountMinor: number): Money => ({ amountMinor, currency: 'BAM' });
const rate = (numerator: number, denominator: number): ExchangeRate => ({ currency: 'BAM', usdPerUnit: { numerator, denominator } });

// Up to a billion marks, at rates up to two dollars a mark: far beyond any agreement, well within safe integers.
const amounts = fc.integer({ min: 1, max: 100_000_000_000 });
const rates = fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 100_000, max: 1_000_000 })).map(([n, d]) => rate(n, d));

describe('converting to US cents', () => {
  it('leaves US dollars as they are', () =>
    fc.assert(fc.property(amounts, (amountMinor) => toUsdMinor({ amountMinor, currency: 'USD' }, USD_AT_PAR) === amountMinor)));

  it('rounds half a cent up and less than half down', () => {
    expect(toUsdMinor(bam(1), rate(1, 2))).toBe(1);
    expect(toUsdMinor(bam(1), rate(49, 100))).toBe(0);
    expect(toUsdMinor(bam(3), rate(1, 2))).toBe(2);
  });

  it('converts BAM 10,000 at 1.20 USD/EUR over the 1.95583 peg to USD 6,135.50', () =>
    expect(toUsdMinor(bam(1_000_000), rate(120_000, 195_583))).toBe(613_550));

  it('is within half a cent of the exact amount', () =>
    fc.assert(
      fc.property(amounts, rates, (amountMinor, r) => {
        const cents = BigInt(toUsdMinor(bam(amountMinor), r));
        const { numerator, denominator } = r.usdPerUnit;
        // |cents − a·n/d| ≤ 1/2, and exactly half rounds up: −d < 2(cents·d − a·n) ≤ d
        const twiceError = 2n * (cents * BigInt(denominator) - BigInt(amountMinor) * BigInt(numerator));
        return twiceError > -BigInt(denominator) && twiceError <= BigInt(denominator);
      }),
    ));

  it('never converts a larger amount to fewer cents', () =>
    fc.assert(fc.property(amounts, amounts, rates, (a, b, r) => toUsdMinor(bam(Math.min(a, b)), r) <= toUsdMinor(bam(Math.max(a, b)), r))));

  it('gives the same cents for the same rate written in other terms', () =>
    fc.assert(fc.property(amounts, rates, fc.integer({ min: 2, max: 1000 }), (a, r, k) => {
      const scaled = rate(r.usdPerUnit.numerator * k, r.usdPerUnit.denominator * k);
      return toUsdMinor(bam(a), r) === toUsdMinor(bam(a), scaled);
    })));

  it('refuses to convert at another currency’s rate', () => expect(() => toUsdMinor(bam(100), USD_AT_PAR)).toThrow());
});

describe('a share of a whole, in whole units', () => {
  it('is the whole when the part is the whole, and never more', () =>
    fc.assert(fc.property(amounts, amounts, amounts, (total, a, b) => {
      const [part, whole] = [Math.min(a, b), Math.max(a, b)];
      return timesRatioHalfUp(total, whole, whole) === total && timesRatioHalfUp(total, part, whole) <= total;
    })));
});
