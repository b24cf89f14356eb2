import { DomainError, money } from './index';

describe('money', () => {
  it('keeps whole minor units with their currency', () => {
    expect(money(42_500_000, 'USD')).toEqual({ amountMinor: 42_500_000, currency: 'USD' });
  });

  it('refuses a fractional amount of minor units', () => {
    expect(() => money(10.5, 'BAM')).toThrow(DomainError);
  });
});
