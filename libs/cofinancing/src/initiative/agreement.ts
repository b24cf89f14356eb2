import { conflict, invalidInput, isoDate, pastOrPresentDate, positiveWholeNumber, requiredFreeText, requiredName, type CommandContext } from '@makers/kernel';
import { dateUnderAgreement } from './agreement-dates';
import { refuseWithoutInitiativeMunicipality, validMoneyTerms, type AgreementMoneyTerms, type AgreementParty } from './agreement.terms';
import { refuseAmendmentBelowDisbursed } from './disbursements';
import type { ExchangeRate } from './exchange-rate';
import type { AmendAgreement, SignAgreement } from './initiative.commands';
import type { Initiative } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import { openInitiative, startedInitiative } from './started-initiative';
import { refuseTranchesAboveCommitments } from './tranche-schedule';

/** The money terms alone, of an event or of a version of the agreement. */
export const moneyTermsOf = ({ parties, exchangeRates, totals, undpCommitmentUsdMinor }: AgreementMoneyTerms): AgreementMoneyTerms => ({
  parties,
  exchangeRates,
  totals,
  undpCommitmentUsdMinor,
});

export const signAgreement = (data: SignAgreement['data'], state: Initiative, { now }: CommandContext): InitiativeEvent[] => {
  const agreementReference = requiredName(data.agreementReference, 'agreementReference');
  const signedOn = pastOrPresentDate(data.signedOn, 'signedOn', now, 'SignedOnInFuture');
  const terms = validMoneyTerms(data.parties, data.exchangeRates);
  const initiative = startedInitiative(state, data.initiativeId);
  refuseWithoutInitiativeMunicipality(terms.parties, initiative.municipalityId);
  if (initiative.agreement !== null) {
    throw conflict('AgreementAlreadySigned', `The agreement of initiative ${initiative.initiativeId} is signed (${initiative.agreement.agreementReference}): change it by an amendment with a reason`);
  }
  return [{ type: 'AgreementSigned', data: { initiativeId: initiative.initiativeId, version: 1, agreementReference, signedOn, ...terms } }];
};

// Field by field rather than JSON text: an event read back from a store need not keep its keys in order.
const partyKey = ({ partyId, kind, name, municipalityId, amount }: AgreementParty) => [partyId, kind, name, municipalityId, amount.amountMinor, amount.currency].join('|');
const rateKey = ({ currency, usdPerUnit }: ExchangeRate) => [currency, usdPerUnit.numerator, usdPerUnit.denominator].join('|');
const sameTerms = (a: AgreementMoneyTerms, b: AgreementMoneyTerms): boolean =>
  a.parties.map(partyKey).join('\n') === b.parties.map(partyKey).join('\n') && a.exchangeRates.map(rateKey).join('\n') === b.exchangeRates.map(rateKey).join('\n');

/**
 * An amendment carries the whole terms: decided on a version other than the one its caller read (another amendment came
 * in between, or it is retried after losing a race to append), it would silently undo that other amendment.
 */
const refuseAmendingAnotherVersion = (expectedValue: unknown, inForce: number, initiativeId: string): void => {
  const expected = positiveWholeNumber(expectedValue, 'expectedAgreementVersion', 'AgreementVersionInvalid');
  if (expected !== inForce) {
    throw conflict(
      'AgreementVersionChanged',
      `The agreement of initiative ${initiativeId} is at version ${inForce}, not the version ${expected} this amendment was made against: read the agreement in force and amend that`,
    );
  }
};

/**
 * A new version of the money terms, with why, under its own reference and dated the day it was agreed (`amendedOn`, the
 * year budget execution books it in); `amendedAt` is when it was recorded.
 */
export const amendAgreement = (data: AmendAgreement['data'], state: Initiative, { now }: CommandContext): InitiativeEvent[] => {
  const reason = requiredFreeText(data.reason, 'reason');
  const amendmentReference = requiredName(data.amendmentReference, 'amendmentReference');
  isoDate(data.amendedOn, 'amendedOn');
  const terms = validMoneyTerms(data.parties, data.exchangeRates);
  const initiative = openInitiative(state, data.initiativeId);
  refuseWithoutInitiativeMunicipality(terms.parties, initiative.municipalityId);
  const { agreement } = initiative;
  if (agreement === null) throw conflict('AgreementNotSigned', `Initiative ${initiative.initiativeId} has no signed agreement to amend`);
  const amendedOn = dateUnderAgreement(data.amendedOn, 'amendedOn', agreement.signedOn, now, { beforeSigning: 'AmendedOnInvalid', inFuture: 'AmendedOnInvalid' });
  // An amendment changes the version in force, so it is agreed no earlier than that version was (unknown for an older amendment without amendedOn).
  if (agreement.agreedOn !== null && amendedOn < agreement.agreedOn) {
    throw invalidInput(
      'AmendedOnInvalid',
      `amendedOn (${amendedOn}) is before ${agreement.agreedOn}, the day version ${agreement.version} of the agreement in force was agreed`,
      'amendedOn',
    );
  }
  // The terms in force again is a repeat (a retry, a replayed seed), whatever version it was made against: nothing to undo.
  if (sameTerms(terms, moneyTermsOf(agreement))) throw conflict('AmendmentChangesNothing', `The amendment leaves the agreement of initiative ${initiative.initiativeId} as it is`);
  refuseAmendingAnotherVersion(data.expectedAgreementVersion, agreement.version, initiative.initiativeId);
  // Money already paid is the harder fact: say so before the schedule.
  refuseAmendmentBelowDisbursed(initiative, terms.parties);
  refuseTranchesAboveCommitments(initiative.tranches, terms.parties, 'AmendmentBelowScheduledTranches');
  const version = agreement.version + 1;
  return [{ type: 'AgreementAmended', data: { initiativeId: initiative.initiativeId, version, reason, amendmentReference, amendedOn, amendedAt: now.toISOString(), ...terms } }];
};
