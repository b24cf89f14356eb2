import { identifier, invalidInput, isCurrency, positiveMoney, requiredName, type Currency, type Money } from '@makers/kernel';
import { refuseUsdRateOtherThanPar, toUsdMinor, USD_AT_PAR, validRational, type ExchangeRate } from './exchange-rate';

export const PARTY_KINDS = ['undp', 'municipality', 'other-donor', 'in-kind'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
const isPartyKind = (value: unknown): value is PartyKind => (PARTY_KINDS as readonly unknown[]).includes(value);

/** Agreements are in US dollars or convertible marks; euros reach the programme only through a rate to one of them. */
export const AGREEMENT_CURRENCIES: readonly Currency[] = ['USD', 'BAM'];

/** One party as the command gives it. */
export type AgreementPartyInput = { partyId: string; kind: PartyKind; name: string; municipalityId?: string | null; amount: Money };

/** One party as recorded: its commitment in its own currency and, at the agreement's rates, in US cents. */
export type AgreementParty = { partyId: string; kind: PartyKind; name: string; municipalityId: string | null; amount: Money; amountUsdMinor: number };

/** What each kind of party committed, in US cents at the recorded rates. */
export type AgreementTotals = { undpUsdMinor: number; municipalUsdMinor: number; otherDonorUsdMinor: number; inKindUsdMinor: number; totalUsdMinor: number };

/** The money terms of one version of the agreement, checked and converted. */
export type AgreementMoneyTerms = {
  parties: AgreementParty[];
  /** Every non-USD currency the parties use, at the rate recorded for this version. */
  exchangeRates: ExchangeRate[];
  totals: AgreementTotals;
  /** UNDP's commitment in US cents: what the programme envelope reserves. */
  undpCommitmentUsdMinor: number;
};

type Loose<T> = Partial<Record<keyof T, unknown>>;
const objectOf = <T>(value: unknown): Loose<T> => (typeof value === 'object' && value !== null ? (value as Loose<T>) : {});

const listOf = (value: unknown, field: string, rule: string, what: string): unknown[] => {
  if (!Array.isArray(value) || value.length === 0) throw invalidInput(rule, `${field} must list at least one ${what}`, field);
  return value;
};

const refuseDuplicates = (values: readonly string[], field: string, rule: string): void => {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) throw invalidInput(rule, `${value} is listed twice`, `${field}[${index}]`);
  });
};

const partyOf = (value: unknown, index: number): Omit<AgreementParty, 'amountUsdMinor'> => {
  const field = `parties[${index}]`;
  const party = objectOf<AgreementPartyInput>(value);
  const partyId = identifier(party.partyId, `${field}.partyId`);
  if (!isPartyKind(party.kind)) throw invalidInput('PartyKindUnknown', `A party is one of ${PARTY_KINDS.join(', ')}, got ${JSON.stringify(party.kind)}`, `${field}.kind`);
  const name = requiredName(party.name, `${field}.name`);
  const municipalityId =
    party.municipalityId === undefined || party.municipalityId === null ? null : identifier(party.municipalityId, `${field}.municipalityId`);
  if (party.kind === 'municipality' && municipalityId === null) {
    throw invalidInput('MunicipalityRequired', 'A municipality party names its municipality', `${field}.municipalityId`);
  }
  const amount = positiveMoney(party.amount, `${field}.amount`);
  if (!AGREEMENT_CURRENCIES.includes(amount.currency)) {
    throw invalidInput('CurrencyNotInAgreements', `Agreements are in ${AGREEMENT_CURRENCIES.join(' or ')}, got ${amount.currency}`, `${field}.amount.currency`);
  }
  return { partyId, kind: party.kind, name, municipalityId, amount };
};

const ratesOf = (value: unknown): ExchangeRate[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidInput('ExchangeRatesInvalid', 'exchangeRates must be a list of rates', 'exchangeRates');
  const rates = value.map((entry, index): ExchangeRate => {
    const field = `exchangeRates[${index}]`;
    const rate = objectOf<ExchangeRate>(entry);
    if (typeof rate.currency !== 'string' || !isCurrency(rate.currency) || !AGREEMENT_CURRENCIES.includes(rate.currency)) {
      throw invalidInput('CurrencyNotInAgreements', `Rates are for ${AGREEMENT_CURRENCIES.join(' or ')}, got ${JSON.stringify(rate.currency)}`, `${field}.currency`);
    }
    const checked = { currency: rate.currency, usdPerUnit: validRational(rate.usdPerUnit, `${field}.usdPerUnit`) };
    refuseUsdRateOtherThanPar(checked, `${field}.usdPerUnit`);
    return checked;
  });
  refuseDuplicates(
    rates.map((rate) => rate.currency),
    'exchangeRates',
    'ExchangeRateListedTwice',
  );
  return rates;
};

const sumOf = (parties: readonly AgreementParty[], kind: PartyKind): number =>
  parties.filter((party) => party.kind === kind).reduce((sum, party) => sum + party.amountUsdMinor, 0);

/**
 * The parties and rates of a signing or an amendment, checked: exactly one UNDP party, at least one municipality,
 * positive whole amounts in USD or BAM, a recorded rate for every non-USD currency in use; each amount converted to
 * US cents, half up.
 */
export const validMoneyTerms = (partiesValue: unknown, ratesValue: unknown): AgreementMoneyTerms => {
  const checked = listOf(partiesValue, 'parties', 'PartiesRequired', 'party').map(partyOf);
  refuseDuplicates(
    checked.map((party) => party.partyId),
    'parties',
    'PartyListedTwice',
  );
  const undpParties = checked.filter((party) => party.kind === 'undp').length;
  if (undpParties !== 1) throw invalidInput('ExactlyOneUndpParty', `An agreement has exactly one UNDP party, this one has ${undpParties}`, 'parties');
  if (!checked.some((party) => party.kind === 'municipality')) {
    throw invalidInput('MunicipalShareMissing', 'An agreement co-finances with a municipality: name at least one municipality party', 'parties');
  }
  const given = ratesOf(ratesValue);
  const currenciesInUse = AGREEMENT_CURRENCIES.filter((currency) => currency !== 'USD' && checked.some((party) => party.amount.currency === currency));
  const exchangeRates = currenciesInUse.map((currency) => {
    const rate = given.find((candidate) => candidate.currency === currency);
    if (!rate) throw invalidInput('ExchangeRateMissing', `A party commits in ${currency}: record its rate to USD at signing`, 'exchangeRates');
    return rate;
  });
  const rateFor = (currency: Currency): ExchangeRate => (currency === 'USD' ? USD_AT_PAR : exchangeRates.find((rate) => rate.currency === currency)!);
  const parties = checked.map((party) => ({ ...party, amountUsdMinor: toUsdMinor(party.amount, rateFor(party.amount.currency)) }));
  const totals: AgreementTotals = {
    undpUsdMinor: sumOf(parties, 'undp'),
    municipalUsdMinor: sumOf(parties, 'municipality'),
    otherDonorUsdMinor: sumOf(parties, 'other-donor'),
    inKindUsdMinor: sumOf(parties, 'in-kind'),
    totalUsdMinor: parties.reduce((sum, party) => sum + party.amountUsdMinor, 0),
  };
  return { parties, exchangeRates, totals, undpCommitmentUsdMinor: totals.undpUsdMinor };
};

/**
 * An initiative is co-financed with its own municipality: one municipality party is it. Other municipalities may join
 * (the neighbour in an inter-entity initiative), but they do not stand in for it.
 */
export const refuseWithoutInitiativeMunicipality = (parties: readonly AgreementParty[], municipalityId: string): void => {
  if (!parties.some((party) => party.kind === 'municipality' && party.municipalityId === municipalityId)) {
    throw invalidInput('InitiativeMunicipalityNotParty', `The initiative is in ${municipalityId}: name ${municipalityId} as a municipality party`, 'parties');
  }
};
