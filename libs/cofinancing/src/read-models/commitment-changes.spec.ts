import type { AgreementParty } from '../initiative/agreement.terms';
import { commitmentChanges } from './commitment-changes';

const party = (partyId: string, kind: AgreementParty['kind'], amountMinor: number, currency: 'USD' | 'BAM', amountUsdMinor: number): AgreementParty => ({
  partyId,
  kind,
  name: partyId,
  municipalityId: kind === 'municipality' ? 'gradacac' : null,
  amount: { amountMinor, currency },
  amountUsdMinor,
});
const lines = (previous: AgreementParty[], next: AgreementParty[]) =>
  commitmentChanges(previous, next).map((change) => [change.party.partyId, change.party.kind, change.currency, change.amountMinor, change.amountUsdMinor]);

describe('what an agreement version changes in commitments', () => {
  it('commits every party’s whole amount at signing', () => {
    expect(lines([], [party('undp', 'undp', 2_000_000, 'USD', 2_000_000), party('grad', 'municipality', 1_000_000, 'BAM', 613_550)])).toEqual([
      ['undp', 'undp', 'USD', 2_000_000, 2_000_000],
      ['grad', 'municipality', 'BAM', 1_000_000, 613_550],
    ]);
  });

  it('books the difference for a party that stays, negative when lowered, and leaves out a party that did not change', () => {
    const before = [party('undp', 'undp', 2_000_000, 'USD', 2_000_000), party('volonteri', 'in-kind', 150_000, 'BAM', 92_033)];
    expect(lines(before, [party('undp', 'undp', 2_000_000, 'USD', 2_000_000), party('volonteri', 'in-kind', 100_000, 'BAM', 61_355)])).toEqual([['volonteri', 'in-kind', 'BAM', -50_000, -30_678]]);
  });

  it('books a new rate alone as a change in US dollars only', () => {
    expect(lines([party('grad', 'municipality', 1_000_000, 'BAM', 613_550)], [party('grad', 'municipality', 1_000_000, 'BAM', 562_421)])).toEqual([['grad', 'municipality', 'BAM', 0, -51_129]]);
  });

  it('takes back a dropped party’s whole amount, and a changed currency as the old line back and the new one committed', () => {
    const before = [party('ambasada', 'other-donor', 100_000, 'USD', 100_000), party('fondacija', 'other-donor', 200_000, 'BAM', 122_710)];
    expect(lines(before, [party('fondacija', 'other-donor', 110_000, 'USD', 110_000)])).toEqual([
      ['fondacija', 'other-donor', 'BAM', -200_000, -122_710],
      ['fondacija', 'other-donor', 'USD', 110_000, 110_000],
      ['ambasada', 'other-donor', 'USD', -100_000, -100_000],
    ]);
  });
});
