import type { Money } from '@makers/kernel';
import type { AgreementPartyInput } from './agreement.terms';
import type { ExchangeRate } from './exchange-rate';
import type { ReportContent, ReportKind } from './report';
import type { TrancheInput } from './tranche-schedule';

/**
 * Sent by the award → co-financing process manager for each funded proposal of a `CallAwarded`, exactly once in
 * effect: the id is derived from the award (`award-<callId>-<proposalId>`), so a replayed or repeated award meets
 * `InitiativeAlreadyStarted`, which the process manager treats as done.
 */
export type StartInitiativeFromAward = {
  type: 'StartInitiativeFromAward';
  data: {
    initiativeId: string;
    /** The call's programme, whose envelope the initiative's UNDP share is reserved against. */
    programmeId: string;
    callId: string;
    proposalId: string;
    municipalityId: string;
    /** The proposal's title, so the initiative reads on its own. */
    title: string;
    /** The amount the award funded. */
    amount: Money;
  };
};

/** A programme manager starts an initiative directly from a platform's priority. */
export type StartInitiativeFromPriority = {
  type: 'StartInitiativeFromPriority';
  data: {
    initiativeId: string;
    programmeId: string;
    municipalityId: string;
    platformId: string;
    priorityId: string;
    title: string;
    /**
     * Whether the priority stands, as the handler found it in the platform's decision register: true while its
     * decision stands, false once superseded or rescinded, null when the register has no such priority.
     */
    priorityStanding: boolean | null;
    /**
     * The municipalities the priority's platform covers, as the handler found them in the platform's stream (two for
     * an inter-entity platform): the initiative must be in one of them.
     */
    platformMunicipalityIds: readonly string[];
    /**
     * The programme's partner municipalities, as the handler found them in the programme's stream; null when no such
     * programme is registered. Its envelope holds UNDP's share, and it co-finances only with its partners.
     */
    programmePartnerIds: readonly string[] | null;
  };
};

/** Every command names its initiative: the handler reads the stream it names. */
export type SignAgreement = {
  type: 'SignAgreement';
  data: { initiativeId: string; agreementReference: string; signedOn: string; parties: AgreementPartyInput[]; exchangeRates: ExchangeRate[] };
};

/**
 * The agreement's parties and rates in full, as a new version. `expectedAgreementVersion` is the version the caller
 * amends: the whole terms are sent, so an amendment decided on another version would undo what came in between.
 * `amendedOn` is the business date of the amendment (YYYY-MM-DD), `amendmentReference` its own reference (an annex's).
 */
export type AmendAgreement = {
  type: 'AmendAgreement';
  data: {
    initiativeId: string;
    expectedAgreementVersion: number;
    amendmentReference: string;
    amendedOn: string;
    parties: AgreementPartyInput[];
    exchangeRates: ExchangeRate[];
    reason: string;
  };
};

/**
 * The whole schedule, replacing the one in force. `expectedScheduleVersion` is the schedule the caller replaces (0 or
 * null when there is none yet): the whole schedule is sent, so one decided on another would undo what came in between.
 */
export type DefineTrancheSchedule = { type: 'DefineTrancheSchedule'; data: { initiativeId: string; expectedScheduleVersion: number | null; tranches: TrancheInput[] } };

/** Asks for money against a tranche; the requester is the command's actor, so a different person must approve. */
export type RequestDisbursement = { type: 'RequestDisbursement'; data: { initiativeId: string; disbursementId: string; trancheId: string; amount: Money } };

/** Approves a requested disbursement; its tranche's condition (a report accepted) is read from the initiative's own reports. */
export type ApproveDisbursement = { type: 'ApproveDisbursement'; data: { initiativeId: string; disbursementId: string } };

/** Records the payment of an approved disbursement, with the rate used (USD per unit of the disbursement's currency). */
export type PayDisbursement = {
  type: 'PayDisbursement';
  data: { initiativeId: string; disbursementId: string; paymentReference: string; valueDate: string; exchangeRate: ExchangeRate };
};

/**
 * Turns down a requested or approved disbursement before it is paid, with why; the requester may withdraw their own. It
 * moves no money, so it needs no second person.
 */
export type RejectDisbursement = { type: 'RejectDisbursement'; data: { initiativeId: string; disbursementId: string; reason: string } };

/** Unspent funds a party returns, typically at close-out: they reduce what was disbursed to it. */
export type RecordRefund = {
  type: 'RecordRefund';
  data: { initiativeId: string; refundId: string; partyId: string; amount: Money; valueDate: string; exchangeRate: ExchangeRate };
};

/**
 * A progress or final report. A report returned with a reason is resubmitted under the same id (its next version);
 * an accepted one is final.
 */
export type SubmitReport = { type: 'SubmitReport'; data: { initiativeId: string; reportId: string; kind: ReportKind } & ReportContent };

/** A programme manager accepts a submitted report; accepted reports meet tranche conditions. */
export type AcceptReport = { type: 'AcceptReport'; data: { initiativeId: string; reportId: string } };

/** A programme manager returns a submitted report with what must change; not once the initiative is closed, when it could not be resubmitted. */
export type ReturnReport = { type: 'ReturnReport'; data: { initiativeId: string; reportId: string; reason: string } };

/** Close-out: the final report is accepted, no report awaits review and no disbursement is pending; afterwards only refunds are recorded. */
export type CloseInitiative = { type: 'CloseInitiative'; data: { initiativeId: string } };

export type InitiativeCommand =
  | StartInitiativeFromAward
  | StartInitiativeFromPriority
  | SignAgreement
  | AmendAgreement
  | DefineTrancheSchedule
  | RequestDisbursement
  | ApproveDisbursement
  | PayDisbursement
  | RejectDisbursement
  | RecordRefund
  | SubmitReport
  | AcceptReport
  | ReturnReport
  | CloseInitiative;
