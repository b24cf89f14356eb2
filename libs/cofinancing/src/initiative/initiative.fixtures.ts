import type { AgreementPartyInput } from './agreement.terms';
import type { SignAgreement } from './initiative.commands';
import type { InitiativeStarted } from './initiative.events';
import type { ExchangeRate } from './exchange-rate';

/** Test fixtures: an initiative in Gradačac co-financed by UNDP in USD and the municipality in BAM. */
export const INITIATIVE_ID = 'priority-gradacac-skatepark';

export const startedFromPriority: InitiativeStarted = {
  type: 'InitiativeStarted',
  data: {
    initiativeId: INITIATIVE_ID,
    programmeId: 'makers-bih',
    origin: { kind: 'priority', platformId: 'gradacac-youth', priorityId: 'skatepark' },
    municipalityId: 'gradacac',
    title: 'Skejt park Gradačac',
    amount: null,
  },
};

/** 1.20 USD per EUR over BAM's peg of 1.95583 per EUR, as whole numbers. */
export const BAM_RATE: ExchangeRate = { currency: 'BAM', usdPerUnit: { numerator: 120_000, denominator: 195_583 } };

export const undp: AgreementPartyInput = { partyId: 'undp', kind: 'undp', name: 'UNDP BiH', amount: { amountMinor: 2_000_000, currency: 'USD' } };
export const gradacac: AgreementPartyInput = {
  partyId: 'gradacac',
  kind: 'municipality',
  name: 'Grad Gradačac',
  municipalityId: 'gradacac',
  amount: { amountMinor: 1_000_000, currency: 'BAM' },
};
export const volunteers: AgreementPartyInput = { partyId: 'volunteers', kind: 'in-kind', name: 'Volonteri Gradačac', amount: { amountMinor: 150_000, currency: 'BAM' } };

export const sign = (data: Partial<SignAgreement['data']> = {}): SignAgreement => ({
  type: 'SignAgreement',
  data: {
    initiativeId: INITIATIVE_ID,
    agreementReference: 'MAKERS-CA-2021-07',
    signedOn: '2021-07-15',
    parties: [undp, gradacac, volunteers],
    exchangeRates: [BAM_RATE],
    ...data,
  },
});
