import type { Money } from '@makers/kernel';
import type { AgreementMoneyTerms } from './agreement.terms';
import type { ExchangeRate } from './exchange-rate';
import type { ReportContent, ReportKind } from './report';
import type { Tranche } from './tranche-schedule';

/** Where an initiative comes from: a funded proposal of a call, or a platform's standing priority. */
export type InitiativeOrigin = { kind: 'award'; callId: string; proposalId: string } | { kind: 'priority'; platformId: string; priorityId: string };

export type InitiativeStarted = {
  type: 'InitiativeStarted';
  data: {
    initiativeId: string;
    /** The programme whose envelope holds UNDP's share: named from a priority, the call's programme for an award. */
    programmeId: string;
    origin: InitiativeOrigin;
    municipalityId: string;
    title: string;
    /**
     * What the award funded, in minor units; null for an initiative from a priority, whose money is only what its
     * agreement commits.
     */
    amount: Money | null;
  };
};

/** Version 1 of the co-financing agreement, with its money in original currencies and, at the recorded rates, in US cents. */
export type AgreementSigned = {
  type: 'AgreementSigned';
  data: { initiativeId: string; version: 1; agreementReference: string; signedOn: string } & AgreementMoneyTerms;
};

/**
 * A later version of the agreement's money terms, with why they changed; the agreement's reference and signing date stay.
 * `amendedOn` is the day it was agreed (budget execution books it in that year), `amendmentReference` its own reference,
 * `amendedAt` when it was recorded. Amendments recorded before they were dated have neither.
 */
export type AgreementAmended = {
  type: 'AgreementAmended';
  data: { initiativeId: string; version: number; reason: string; amendmentReference?: string; amendedOn?: string; amendedAt: string } & AgreementMoneyTerms;
};

/**
 * The whole schedule, each tranche resolved to an amount in its party's currency; a later schedule replaces it.
 * `scheduleVersion` numbers the initiative's schedules 1, 2, …; the decider always records it, but a schedule recorded
 * before schedules were numbered has none, and counts as the next one when folded.
 */
export type TrancheScheduleDefined = {
  type: 'TrancheScheduleDefined';
  data: { initiativeId: string; scheduleVersion?: number; agreementVersion: number; tranches: Tranche[] };
};

/** Money asked for against a tranche; `requestedBy` is whoever asked, who may not also approve. */
export type DisbursementRequested = {
  type: 'DisbursementRequested';
  data: { initiativeId: string; disbursementId: string; trancheId: string; partyId: string; amount: Money; requestedBy: string; requestedAt: string };
};

export type DisbursementApproved = { type: 'DisbursementApproved'; data: { initiativeId: string; disbursementId: string; approvedBy: string; approvedAt: string } };

/** The money left: in its own currency and, at the rate used on the value date, in US cents. */
export type DisbursementPaid = {
  type: 'DisbursementPaid';
  data: {
    initiativeId: string;
    disbursementId: string;
    partyId: string;
    amount: Money;
    paymentReference: string;
    valueDate: string;
    exchangeRate: ExchangeRate;
    amountUsdMinor: number;
  };
};

/** A requested or approved disbursement turned down before payment: it will not be approved or paid, and holds up no close-out. */
export type DisbursementRejected = {
  type: 'DisbursementRejected';
  data: { initiativeId: string; disbursementId: string; reason: string; rejectedBy: string; rejectedAt: string };
};

/**
 * Unspent money returned by a party: it reduces what was disbursed to that party. `amountUsdMinor` is what it takes off
 * the US cents disbursed to the party, at the rates that money was paid at (its share of what was disbursed net), so
 * disbursed USD never goes negative; `valueUsdMinorAtRefundRate` is its value at its own rate on its value date, the
 * difference between the two an exchange gain or loss. Refunds recorded before had only the latter, as `amountUsdMinor`.
 */
export type RefundRecorded = {
  type: 'RefundRecorded';
  data: {
    initiativeId: string;
    refundId: string;
    partyId: string;
    amount: Money;
    valueDate: string;
    exchangeRate: ExchangeRate;
    amountUsdMinor: number;
    valueUsdMinorAtRefundRate?: number;
  };
};

/** A report as submitted; `version` counts submissions of the same report (1, then 2 after it was returned, …). */
export type ReportSubmitted = {
  type: 'ReportSubmitted';
  data: { initiativeId: string; reportId: string; kind: ReportKind; version: number; submittedBy: string; submittedAt: string } & ReportContent;
};

export type ReportAccepted = { type: 'ReportAccepted'; data: { initiativeId: string; reportId: string; kind: ReportKind; version: number; acceptedBy: string; acceptedAt: string } };

export type ReportReturned = {
  type: 'ReportReturned';
  data: { initiativeId: string; reportId: string; kind: ReportKind; version: number; reason: string; returnedBy: string; returnedAt: string };
};

export type InitiativeClosed = { type: 'InitiativeClosed'; data: { initiativeId: string; closedBy: string; closedAt: string } };

export type InitiativeEvent =
  | InitiativeStarted
  | AgreementSigned
  | AgreementAmended
  | TrancheScheduleDefined
  | DisbursementRequested
  | DisbursementApproved
  | DisbursementPaid
  | RefundRecorded
  | ReportSubmitted
  | ReportAccepted
  | ReportReturned
  | InitiativeClosed
  | DisbursementRejected;

export const INITIATIVE_EVENT_TYPES: readonly InitiativeEvent['type'][] = [
  'InitiativeStarted',
  'AgreementSigned',
  'AgreementAmended',
  'TrancheScheduleDefined',
  'DisbursementRequested',
  'DisbursementApproved',
  'DisbursementPaid',
  'RefundRecorded',
  'ReportSubmitted',
  'ReportAccepted',
  'ReportReturned',
  'InitiativeClosed',
  'DisbursementRejected',
];
