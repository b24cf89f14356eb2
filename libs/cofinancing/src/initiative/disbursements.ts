import {
  conflict,
  DomainError,
  identifier,
  invalidInput,
  isoDate,
  notFound,
  positiveMoney,
  requiredFreeText,
  requiredName,
  type CommandContext,
  type Money,
} from '@makers/kernel';
import { dateUnderAgreement, VALUE_DATE_RULES } from './agreement-dates';
import type { AgreementParty } from './agreement.terms';
import type { Tranche } from './tranche-schedule';
import { refuseUsdRateOtherThanPar, toUsdMinor, validRational, type ExchangeRate } from './exchange-rate';
import type { ApproveDisbursement, PayDisbursement, RejectDisbursement, RequestDisbursement } from './initiative.commands';
import type { Agreement, Initiative } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import { trancheConditionMet } from './reports';
import { refuseClosed } from './closed-initiative';

/** A disbursement as folded: who requested it (the four-eyes rule needs them) and how far it has come; a rejected one goes no further. */
export type Disbursement = {
  disbursementId: string;
  trancheId: string;
  partyId: string;
  amount: Money;
  requestedBy: string;
  status: 'requested' | 'approved' | 'paid' | 'rejected';
  approvedBy: string | null;
  amountUsdMinor: number | null;
  /** When the money left: null until paid. */
  valueDate: string | null;
};

/** A refund as folded: `amountUsdMinor` is what it took off the US cents disbursed to its party (refunds.ts). */
export type Refund = { refundId: string; partyId: string; amount: Money; amountUsdMinor: number; valueDate: string };

export type Started = Extract<Initiative, { status: 'started' }>;
export type Signed = Started & { agreement: Agreement };

export const signedInitiative = (initiative: Started): Signed => {
  if (initiative.agreement === null) throw conflict('AgreementNotSigned', `Initiative ${initiative.initiativeId} has no signed agreement to disburse under`);
  return initiative as Signed;
};

const sumOf = (amounts: readonly { amount: Money }[]): number => amounts.reduce((sum, { amount }) => sum + amount.amountMinor, 0);

/** What was paid to a party, less what it refunded, in its own currency's minor units. */
export const disbursedTo = (initiative: Started, partyId: string): number =>
  sumOf(initiative.disbursements.filter((d) => d.partyId === partyId && d.status === 'paid')) - sumOf(initiative.refunds.filter((r) => r.partyId === partyId));

/** committed − disbursed + refunded: what the party may still be paid. */
const remainingCommitment = (initiative: Signed, party: AgreementParty): number => party.amount.amountMinor - disbursedTo(initiative, party.partyId);

const refuseAboveRemaining = (initiative: Signed, party: AgreementParty, amount: Money, what: string): void => {
  const remaining = remainingCommitment(initiative, party);
  if (amount.amountMinor > remaining) {
    throw conflict(
      'DisbursementAboveRemainingCommitment',
      `The ${what} of ${amount.amountMinor} ${amount.currency} minor units is above the ${remaining} that remains of ${party.name}'s commitment`,
    );
  }
};

/**
 * What is held against a tranche: every disbursement asked for against it, requested, approved or paid, other than the
 * one being decided. A rejected one holds nothing: it never moves money, and the tranche is free to be asked for again.
 *
 * A refund does not give a tranche back. A tranche is money tied to its milestone (signing, the interim report, the final
 * one); a refund returns what was not spent, it does not undo that the milestone's money was drawn. If it reopened the
 * tranche, a party could be paid the whole unconditioned first tranche, refund part of it and draw it again, and the
 * tranche's paid figure would no longer say what left against it. What is refunded still raises the party's remaining
 * commitment, so it can be paid under another tranche, with that tranche's own condition.
 */
const heldAgainst = (initiative: Started, trancheId: string, exceptDisbursementId: string | null): number =>
  sumOf(initiative.disbursements.filter((d) => d.trancheId === trancheId && d.status !== 'rejected' && d.disbursementId !== exceptDisbursementId));

/**
 * A disbursement fits within its own tranche, not only within the party's commitment: otherwise the whole commitment could
 * be asked for against the first, unconditioned tranche, and the report conditions of the later ones would hold back
 * nothing. Checked again at approval and payment, because a new schedule may have cut the tranche meanwhile.
 */
const refuseAboveTranche = (initiative: Started, tranche: Tranche, amount: Money, exceptDisbursementId: string | null, what: string): void => {
  const left = tranche.amount.amountMinor - heldAgainst(initiative, tranche.trancheId, exceptDisbursementId);
  if (amount.amountMinor > left) {
    throw conflict(
      'DisbursementAboveTranche',
      `The ${what} of ${amount.amountMinor} ${amount.currency} minor units is above the ${Math.max(left, 0)} left of tranche ${tranche.trancheId} (${tranche.amount.amountMinor}, less what is already asked for against it)`,
    );
  }
};

export const partyNamed = (initiative: Signed, partyId: string, field: string): AgreementParty => {
  const party = initiative.agreement.parties.find((candidate) => candidate.partyId === partyId);
  if (!party) throw invalidInput('PartyNotInAgreement', `${partyId} is not a party to the agreement`, field);
  return party;
};

const disbursementNamed = (initiative: Started, disbursementIdValue: unknown): Disbursement => {
  const disbursementId = identifier(disbursementIdValue, 'disbursementId');
  const disbursement = initiative.disbursements.find((candidate) => candidate.disbursementId === disbursementId);
  if (!disbursement) throw notFound('DisbursementNotFound', `Initiative ${initiative.initiativeId} has no disbursement ${disbursementId}`);
  return disbursement;
};

/** The tranche a disbursement was asked for against; a schedule keeps it while the disbursement is not rejected (`DisbursedTrancheChanged`). */
const trancheOf = (initiative: Started, disbursement: Disbursement): Tranche => {
  const tranche = initiative.tranches.find((candidate) => candidate.trancheId === disbursement.trancheId);
  if (!tranche) throw notFound('TrancheNotFound', `Initiative ${initiative.initiativeId} no longer has tranche ${disbursement.trancheId}`);
  return tranche;
};

const refuseRejected = (disbursement: Disbursement): void => {
  if (disbursement.status === 'rejected') throw conflict('DisbursementNotPending', `Disbursement ${disbursement.disbursementId} was rejected`);
};

/** The rate used, as a ratio of whole numbers, for the currency of the money it converts. */
export const rateFor = (value: unknown, currency: Money['currency']): ExchangeRate => {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ExchangeRate, unknown>>;
  if (given.currency !== currency) {
    throw invalidInput('ExchangeRateCurrencyMismatch', `The amount is in ${currency}: give the rate used for ${currency}`, 'exchangeRate.currency');
  }
  const rate: ExchangeRate = { currency, usdPerUnit: validRational(given.usdPerUnit, 'exchangeRate.usdPerUnit') };
  refuseUsdRateOtherThanPar(rate, 'exchangeRate.usdPerUnit');
  return rate;
};

export const requestDisbursement = (data: RequestDisbursement['data'], started: Started, { now, actor }: CommandContext): InitiativeEvent[] => {
  const disbursementId = identifier(data.disbursementId, 'disbursementId');
  const trancheId = identifier(data.trancheId, 'trancheId');
  const amount = positiveMoney(data.amount, 'amount');
  const initiative = signedInitiative(started);
  if (initiative.disbursements.some((candidate) => candidate.disbursementId === disbursementId)) {
    throw conflict('DisbursementAlreadyRequested', `Disbursement ${disbursementId} has already been requested`);
  }
  refuseClosed(initiative);
  const tranche = initiative.tranches.find((candidate) => candidate.trancheId === trancheId);
  if (!tranche) throw notFound('TrancheNotFound', `Initiative ${initiative.initiativeId} has no tranche ${trancheId}`);
  if (amount.currency !== tranche.amount.currency) {
    throw invalidInput('DisbursementCurrencyMismatch', `Tranche ${trancheId} is in ${tranche.amount.currency}, the request is in ${amount.currency}`, 'amount.currency');
  }
  refuseAboveRemaining(initiative, partyNamed(initiative, tranche.partyId, 'trancheId'), amount, 'request');
  refuseAboveTranche(initiative, tranche, amount, null, 'request');
  return [
    {
      type: 'DisbursementRequested',
      data: { initiativeId: initiative.initiativeId, disbursementId, trancheId, partyId: tranche.partyId, amount, requestedBy: actor, requestedAt: now.toISOString() },
    },
  ];
};

export const approveDisbursement = (data: ApproveDisbursement['data'], started: Started, { now, actor }: CommandContext): InitiativeEvent[] => {
  const initiative = signedInitiative(started);
  const disbursement = disbursementNamed(initiative, data.disbursementId);
  refuseRejected(disbursement);
  if (disbursement.status !== 'requested') throw conflict('DisbursementAlreadyApproved', `Disbursement ${disbursement.disbursementId} is already ${disbursement.status}`);
  refuseClosed(initiative);
  // Four eyes: whoever asked for the money cannot also release it.
  if (disbursement.requestedBy === actor) {
    throw new DomainError('FORBIDDEN', 'RequesterCannotApprove', `${actor} requested disbursement ${disbursement.disbursementId}: another person must approve it`);
  }
  const tranche = trancheOf(initiative, disbursement);
  if (!trancheConditionMet(initiative, tranche.condition)) {
    throw conflict('TrancheConditionUnmet', `Tranche ${tranche.trancheId} waits for its condition (${tranche.condition})`);
  }
  refuseAboveRemaining(initiative, partyNamed(initiative, disbursement.partyId, 'disbursementId'), disbursement.amount, 'approval');
  refuseAboveTranche(initiative, tranche, disbursement.amount, disbursement.disbursementId, 'approval');
  return [{ type: 'DisbursementApproved', data: { initiativeId: initiative.initiativeId, disbursementId: disbursement.disbursementId, approvedBy: actor, approvedAt: now.toISOString() } }];
};

export const payDisbursement = (data: PayDisbursement['data'], started: Started, { now }: CommandContext): InitiativeEvent[] => {
  const paymentReference = requiredName(data.paymentReference, 'paymentReference');
  isoDate(data.valueDate, 'valueDate');
  const initiative = signedInitiative(started);
  const disbursement = disbursementNamed(initiative, data.disbursementId);
  refuseRejected(disbursement);
  if (disbursement.status === 'paid') throw conflict('DisbursementAlreadyPaid', `Disbursement ${disbursement.disbursementId} has already been paid`);
  refuseClosed(initiative);
  if (disbursement.status === 'requested') throw conflict('NotApproved', `Disbursement ${disbursement.disbursementId} has not been approved`);
  const valueDate = dateUnderAgreement(data.valueDate, 'valueDate', initiative.agreement.signedOn, now, VALUE_DATE_RULES);
  const exchangeRate = rateFor(data.exchangeRate, disbursement.amount.currency);
  refuseAboveRemaining(initiative, partyNamed(initiative, disbursement.partyId, 'disbursementId'), disbursement.amount, 'payment');
  refuseAboveTranche(initiative, trancheOf(initiative, disbursement), disbursement.amount, disbursement.disbursementId, 'payment');
  return [
    {
      type: 'DisbursementPaid',
      data: {
        initiativeId: initiative.initiativeId,
        disbursementId: disbursement.disbursementId,
        partyId: disbursement.partyId,
        amount: disbursement.amount,
        paymentReference,
        valueDate,
        exchangeRate,
        amountUsdMinor: toUsdMinor(disbursement.amount, exchangeRate),
      },
    },
  ];
};

/** A request turned down before the money leaves, requested or approved alike; whoever asked may withdraw it. */
export const rejectDisbursement = (data: RejectDisbursement['data'], started: Started, { now, actor }: CommandContext): InitiativeEvent[] => {
  const reason = requiredFreeText(data.reason, 'reason');
  const initiative = signedInitiative(started);
  const disbursement = disbursementNamed(initiative, data.disbursementId);
  if (disbursement.status === 'rejected') throw conflict('DisbursementAlreadyRejected', `Disbursement ${disbursement.disbursementId} has already been rejected`);
  if (disbursement.status === 'paid') {
    throw conflict('DisbursementNotPending', `Disbursement ${disbursement.disbursementId} is already paid: only a requested or approved one can be rejected`);
  }
  refuseClosed(initiative);
  return [
    {
      type: 'DisbursementRejected',
      data: { initiativeId: initiative.initiativeId, disbursementId: disbursement.disbursementId, reason, rejectedBy: actor, rejectedAt: now.toISOString() },
    },
  ];
};

/** An amendment may not take a party below what was already paid to it (net of refunds), nor drop a paid party or change its currency. */
export const refuseAmendmentBelowDisbursed = (initiative: Started, parties: readonly AgreementParty[]): void => {
  const paidParties = new Set(initiative.disbursements.filter((d) => d.status === 'paid').map((d) => d.partyId));
  for (const partyId of paidParties) {
    const disbursed = disbursedTo(initiative, partyId);
    const party = parties.find((candidate) => candidate.partyId === partyId);
    const paidCurrency = initiative.disbursements.find((d) => d.partyId === partyId && d.status === 'paid')!.amount.currency;
    if (disbursed > 0 && (!party || party.amount.currency !== paidCurrency || party.amount.amountMinor < disbursed)) {
      throw conflict('AmendmentBelowDisbursed', `${partyId} has already been paid ${disbursed} ${paidCurrency} minor units: the amendment must leave at least that`);
    }
  }
};

/**
 * A new schedule may not loosen or cut a tranche with live money (requested, approved or paid against it; a rejected
 * request holds none): it keeps the tranche for the same party, in the same currency and under the same condition (else
 * it could lift the report condition of money already asked for), and at no less than what is held against it (else a
 * pending request would only be refused at approval or payment, and what was paid would stand above its tranche).
 */
export const refuseScheduleChangingDisbursedTranches = (initiative: Started, tranches: readonly Tranche[]): void => {
  const live = initiative.disbursements.filter((d) => d.status !== 'rejected');
  for (const trancheId of new Set(live.map((d) => d.trancheId))) {
    const [first] = live.filter((d) => d.trancheId === trancheId);
    const condition = initiative.tranches.find((tranche) => tranche.trancheId === trancheId)?.condition ?? null;
    const kept = tranches.find((tranche) => tranche.trancheId === trancheId);
    const asked = `Money was asked for against tranche ${trancheId} (disbursement ${first.disbursementId})`;
    if (!kept || kept.partyId !== first.partyId || kept.amount.currency !== first.amount.currency || kept.condition !== condition) {
      const under = condition === null ? 'with no condition' : `under its condition ${condition}`;
      throw conflict('DisbursedTrancheChanged', `${asked}: keep it for ${first.partyId} in ${first.amount.currency}, ${under}`);
    }
    const held = heldAgainst(initiative, trancheId, null);
    if (kept.amount.amountMinor < held) {
      throw conflict(
        'TrancheBelowDisbursed',
        `${asked}: ${held} ${kept.amount.currency} minor units are requested, approved or paid against it, so it may not be set to ${kept.amount.amountMinor}`,
      );
    }
  }
};
