import { given } from '@makers/kernel/testing';
import { fold } from '@makers/kernel';
import type { AgreementPartyInput } from './agreement.terms';
import type { AmendAgreement } from './initiative.commands';
import { initiativeDecider, isCoFinanced } from './initiative.decider';
import type { AgreementAmended, AgreementSigned } from './initiative.events';
import { amendment, at, BAM_RATE, gradacac, INITIATIVE_ID, sign, startedFromPriority, undp, volunteers } from './initiative.fixtures';

const signed: AgreementSigned = {
  type: 'AgreementSigned',
  data: {
    initiativeId: INITIATIVE_ID,
    version: 1,
    agreementReference: 'MAKERS-CA-2021-07',
    signedOn: '2021-05-17',
    parties: [
      { ...undp, municipalityId: null, amountUsdMinor: 2_000_000 },
      // BAM 10,000.00 × 120000/195583 = USD 6,135.4998…, half up to 6,135.50.
      { ...gradacac, municipalityId: 'gradacac', amountUsdMinor: 613_550 },
      // BAM 1,500.00 × 120000/195583 = USD 920.3254…, down to 920.33.
      { ...volunteers, municipalityId: null, amountUsdMinor: 92_033 },
    ],
    exchangeRates: [BAM_RATE],
    totals: { undpUsdMinor: 2_000_000, municipalUsdMinor: 613_550, otherDonorUsdMinor: 0, inKindUsdMinor: 92_033, totalUsdMinor: 2_705_583 },
    undpCommitmentUsdMinor: 2_000_000,
  },
};

/** A neighbouring municipality's share: BAM 5,000.00 × 120000/195583 = USD 3,067.7512…, down to 3,067.75. */
const srebrenik: AgreementPartyInput = {
  partyId: 'srebrenik',
  kind: 'municipality',
  name: 'Grad Srebrenik',
  municipalityId: 'srebrenik',
  amount: { amountMinor: 500_000, currency: 'BAM' },
};

const amend = (data: Partial<AmendAgreement['data']> = {}): AmendAgreement =>
  amendment({
    parties: [undp, { ...gradacac, amount: { amountMinor: 1_200_000, currency: 'BAM' } }, volunteers],
    reason: 'Općinsko vijeće povećalo učešće na 12.000 KM',
    ...data,
  });

const amended: AgreementAmended = {
  type: 'AgreementAmended',
  data: {
    ...signed.data,
    version: 2,
    reason: 'Općinsko vijeće povećalo učešće na 12.000 KM',
    amendmentReference: 'MAKERS-CA-2021-07/A1',
    amendedOn: '2021-06-01',
    amendedAt: '2021-06-01T09:00:00.000Z',
    parties: [signed.data.parties[0], { ...signed.data.parties[1], amount: { amountMinor: 1_200_000, currency: 'BAM' }, amountUsdMinor: 736_260 }, signed.data.parties[2]],
    totals: { ...signed.data.totals, municipalUsdMinor: 736_260, totalUsdMinor: 2_828_293 },
  },
};
delete (amended.data as Partial<AgreementSigned['data']>).agreementReference;
delete (amended.data as Partial<AgreementSigned['data']>).signedOn;

describe('signing the co-financing agreement', () => {
  it('records the exchange rate at signing and converts BAM to USD in whole cents', () =>
    given(initiativeDecider, [startedFromPriority]).when(sign()).then([signed]));

  it('records the UNDP commitment in USD, for the programme envelope', () => {
    const [event] = initiativeDecider.decide(sign(), fold(initiativeDecider, [startedFromPriority]), { now: new Date(), actor: 'pm' });
    expect((event as AgreementSigned).data.undpCommitmentUsdMinor).toBe(2_000_000);
  });

  it('refuses an agreement without a municipal share', () =>
    given(initiativeDecider, [startedFromPriority]).when(sign({ parties: [undp, volunteers] })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'MunicipalShareMissing' }));

  it('refuses an agreement whose municipal share is another municipality\'s, not the initiative\'s own', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, srebrenik, volunteers] }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'InitiativeMunicipalityNotParty', field: 'parties' }));

  it('refuses an agreement that names the initiative\'s municipality only as a donor, not as a municipality party', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, srebrenik, { ...gradacac, kind: 'other-donor' }] }))
      .thenThrows('InitiativeMunicipalityNotParty'));

  it('signs with a neighbouring municipality as a further party, as an inter-entity initiative does', () => {
    const [event] = initiativeDecider.decide(sign({ parties: [undp, gradacac, srebrenik] }), fold(initiativeDecider, [startedFromPriority]), at('pm'));
    expect((event as AgreementSigned).data.parties.filter((party) => party.kind === 'municipality').map((party) => party.municipalityId)).toEqual(['gradacac', 'srebrenik']);
  });

  it('refuses an agreement without UNDP', () =>
    given(initiativeDecider, [startedFromPriority]).when(sign({ parties: [gradacac] })).thenThrows('ExactlyOneUndpParty'));

  it('refuses an agreement with UNDP named twice', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, { ...undp, partyId: 'undp-2' }, gradacac] }))
      .thenThrows('ExactlyOneUndpParty'));

  it('refuses a BAM share without the rate it converts at', () =>
    given(initiativeDecider, [startedFromPriority]).when(sign({ exchangeRates: [] })).thenThrows('ExchangeRateMissing'));

  it('refuses a rate given as a decimal rather than a ratio of whole numbers', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ exchangeRates: [{ currency: 'BAM', usdPerUnit: { numerator: 0.6135, denominator: 1 } }] }))
      .thenThrows({ rule: 'ExchangeRateInvalid', field: 'exchangeRates[0].usdPerUnit.numerator' }));

  it('refuses a share in fractions of a feninga', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, { ...gradacac, amount: { amountMinor: 100.5, currency: 'BAM' } }] }))
      .thenThrows({ rule: 'AmountNotPositiveMinorUnits', field: 'parties[1].amount.amountMinor' }));

  it('refuses a share of nothing', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, { ...gradacac, amount: { amountMinor: 0, currency: 'BAM' } }] }))
      .thenThrows('AmountNotPositiveMinorUnits'));

  it('refuses a share in euros: agreements are in USD or BAM', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, { ...gradacac, amount: { amountMinor: 500_000, currency: 'EUR' } }] }))
      .thenThrows('CurrencyNotInAgreements'));

  it('refuses a municipality party that names no municipality', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ parties: [undp, { ...gradacac, municipalityId: undefined }] }))
      .thenThrows({ rule: 'MunicipalityRequired', field: 'parties[1].municipalityId' }));

  it('refuses to sign a second agreement: it changes only by amendment', () =>
    given(initiativeDecider, [startedFromPriority, signed]).when(sign()).thenThrows({ code: 'CONFLICT', rule: 'AgreementAlreadySigned' }));

  it('refuses an agreement for an initiative never started', () => given(initiativeDecider).when(sign()).thenThrows({ code: 'NOT_FOUND' }));

  it('refuses an agreement signed after today: it records a signature that happened', () =>
    given(initiativeDecider, [startedFromPriority]).when(sign({ signedOn: '2021-06-02' })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'SignedOnInFuture', field: 'signedOn' }));

  it('signs on today’s date in Sarajevo, though it is still yesterday in UTC', () =>
    given(initiativeDecider, [startedFromPriority])
      .when(sign({ signedOn: '2021-06-02' }), { now: new Date('2021-06-01T22:30:00Z'), actor: 'pm' })
      .then([{ ...signed, data: { ...signed.data, signedOn: '2021-06-02' } }]));
});

describe('amending the agreement', () => {
  it('records the new version with its reason', () => given(initiativeDecider, [startedFromPriority, signed]).when(amend()).then([amended]));

  it('keeps every version of the agreement when amended', () => {
    const state = fold(initiativeDecider, [startedFromPriority, signed, amended]);
    if (state.status !== 'started' || !state.agreement) throw new Error('expected a signed agreement');
    expect(state.agreement.versions.map(({ version, reason, totals }) => ({ version, reason, municipal: totals.municipalUsdMinor }))).toEqual([
      { version: 1, reason: null, municipal: 613_550 },
      { version: 2, reason: 'Općinsko vijeće povećalo učešće na 12.000 KM', municipal: 736_260 },
    ]);
    expect(state.agreement).toMatchObject({ version: 2, agreementReference: 'MAKERS-CA-2021-07', signedOn: '2021-05-17' });
  });

  it('refuses an amendment without its reference', () =>
    given(initiativeDecider, [startedFromPriority, signed]).when(amend({ amendmentReference: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'amendmentReference' }));

  it.each([
    ['dated before the agreement was signed', '2021-05-16'],
    ['dated after today', '2021-06-02'],
  ])('refuses an amendment %s', (_, amendedOn) =>
    given(initiativeDecider, [startedFromPriority, signed]).when(amend({ amendedOn })).thenThrows({ code: 'BAD_USER_INPUT', rule: 'AmendedOnInvalid', field: 'amendedOn' }));

  it('refuses an amendment date that is not a calendar date', () =>
    given(initiativeDecider, [startedFromPriority, signed]).when(amend({ amendedOn: '2021-02-30' })).thenThrows({ rule: 'DateInvalid', field: 'amendedOn' }));

  describe('dated against the version in force', () => {
    const amendedAgain = (data: Partial<AmendAgreement['data']>) =>
      amend({ parties: [undp, { ...gradacac, amount: { amountMinor: 1_300_000, currency: 'BAM' } }, volunteers], expectedAgreementVersion: 2, ...data });

    it('refuses an amendment dated before the amendment in force was agreed', () =>
      given(initiativeDecider, [startedFromPriority, signed, amended])
        .when(amendedAgain({ amendedOn: '2021-05-31' }))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'AmendedOnInvalid', field: 'amendedOn' }));

    it('amends on the day the amendment in force was agreed', () =>
      given(initiativeDecider, [startedFromPriority, signed, amended])
        .when(amendedAgain({ amendedOn: '2021-06-01' }))
        .then([expect.objectContaining({ type: 'AgreementAmended', data: expect.objectContaining({ version: 3, amendedOn: '2021-06-01' }) })]));

    it('checks only against signing after an older amendment recorded without amendedOn', () => {
      const { amendedOn: _, ...olderData } = amended.data;
      given(initiativeDecider, [startedFromPriority, signed, { ...amended, data: olderData }])
        .when(amendedAgain({ amendedOn: '2021-05-17' }))
        .then([expect.objectContaining({ type: 'AgreementAmended', data: expect.objectContaining({ version: 3, amendedOn: '2021-05-17' }) })]);
    });
  });

  it('amends on the day the agreement was signed', () =>
    given(initiativeDecider, [startedFromPriority, signed])
      .when(amend({ amendedOn: '2021-05-17' }))
      .then([{ ...amended, data: { ...amended.data, amendedOn: '2021-05-17' } }]));

  it('refuses an amendment without a reason', () =>
    given(initiativeDecider, [startedFromPriority, signed]).when(amend({ reason: '  ' })).thenThrows({ rule: 'Required', field: 'reason' }));

  it('refuses an amendment that changes nothing', () =>
    given(initiativeDecider, [startedFromPriority, signed])
      .when(amend({ parties: [undp, gradacac, volunteers] }))
      .thenThrows('AmendmentChangesNothing'));

  it('refuses to amend an agreement never signed', () =>
    given(initiativeDecider, [startedFromPriority]).when(amend()).thenThrows({ code: 'CONFLICT', rule: 'AgreementNotSigned' }));

  it('refuses an amendment that drops the municipal share', () =>
    given(initiativeDecider, [startedFromPriority, signed]).when(amend({ parties: [undp] })).thenThrows('MunicipalShareMissing'));

  it('refuses an amendment that hands the municipal share to another municipality', () =>
    given(initiativeDecider, [startedFromPriority, signed])
      .when(amend({ parties: [undp, srebrenik, volunteers] }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'InitiativeMunicipalityNotParty', field: 'parties' }));

  describe('amended by two people at once', () => {
    const raisedUndp = amend({ parties: [{ ...undp, amount: { amountMinor: 2_500_000, currency: 'USD' } }, gradacac, volunteers], reason: 'UNDP dodaje rasvjetu' });

    it('refuses an amendment of a version no longer in force: it would undo the amendment made in between', () =>
      given(initiativeDecider, [startedFromPriority, signed, amended])
        .when(raisedUndp)
        .thenThrows({ code: 'CONFLICT', rule: 'AgreementVersionChanged' }));

    it('amends the version in force when the caller read it', () =>
      given(initiativeDecider, [startedFromPriority, signed, amended])
        .when({ ...raisedUndp, data: { ...raisedUndp.data, expectedAgreementVersion: 2, parties: [raisedUndp.data.parties[0], ...amend().data.parties.slice(1)] } })
        .then([expect.objectContaining({ type: 'AgreementAmended', data: expect.objectContaining({ version: 3 }) })]));

    it('refuses an amendment that names a version not yet reached', () =>
      given(initiativeDecider, [startedFromPriority, signed]).when(amend({ expectedAgreementVersion: 2 })).thenThrows('AgreementVersionChanged'));

    it('reads the terms in force sent again as a repeat, whatever version they were made against', () =>
      given(initiativeDecider, [startedFromPriority, signed, amended]).when(amend()).thenThrows('AmendmentChangesNothing'));

    it.each([0, 1.5, null])('refuses an expected version that is not a version: %s', (expectedAgreementVersion) =>
      given(initiativeDecider, [startedFromPriority, signed])
        .when(amend({ expectedAgreementVersion: expectedAgreementVersion as number }))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'AgreementVersionInvalid', field: 'expectedAgreementVersion' }));
  });

  it('amends to add a neighbouring municipality alongside the initiative\'s own', () =>
    given(initiativeDecider, [startedFromPriority, signed])
      .when(amend({ parties: [undp, gradacac, volunteers, srebrenik] }))
      .then([{ ...amended, data: { ...amended.data, parties: [...signed.data.parties, { ...srebrenik, municipalityId: 'srebrenik', amountUsdMinor: 306_775 }], totals: { ...signed.data.totals, municipalUsdMinor: 920_325, totalUsdMinor: 3_012_358 } } }]));
});

describe('counting co-financed initiatives', () => {
  it('counts an initiative once its agreement is signed with a municipal share', () => {
    expect(isCoFinanced(fold(initiativeDecider, [startedFromPriority]))).toBe(false);
    expect(isCoFinanced(fold(initiativeDecider, [startedFromPriority, signed]))).toBe(true);
  });

  it('does not count an initiative never started', () => expect(isCoFinanced(initiativeDecider.initialState)).toBe(false));
});
