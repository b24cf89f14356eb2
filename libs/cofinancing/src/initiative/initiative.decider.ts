import {
  assertNever,
  conflict,
  identifier,
  invalidInput,
  notFound,
  positiveMoney,
  requiredName,
  wholeNumberAtLeastZero,
  type CommandContext,
  type Decider,
  type Money,
} from '@makers/kernel';
import { amendAgreement, moneyTermsOf, signAgreement } from './agreement';
import type { AgreementMoneyTerms } from './agreement.terms';
import {
  approveDisbursement,
  payDisbursement,
  refuseScheduleChangingDisbursedTranches,
  rejectDisbursement,
  requestDisbursement,
  type Disbursement,
  type Refund,
} from './disbursements';
import type { CloseInitiative, DefineTrancheSchedule, InitiativeCommand, StartInitiativeFromAward, StartInitiativeFromPriority } from './initiative.commands';
import type { InitiativeEvent, InitiativeOrigin } from './initiative.events';
import { AWARD_INITIATIVE_ID_PREFIX } from './initiative.stream-name';
import { recordRefund } from './refunds';
import { acceptReport, finalReportAccepted, returnReport, submitReport, type Report } from './reports';
import { openInitiative, startedInitiative } from './started-initiative';
import { sameTranches, validTranches, type Tranche } from './tranche-schedule';

/** One version of the agreement: version 1 as signed (no reason), each amendment with its reason. */
export type AgreementVersion = AgreementMoneyTerms & { version: number; reason: string | null };

export type Agreement = AgreementVersion & {
  agreementReference: string;
  signedOn: string;
  /**
   * The day the version in force was agreed: the signing date for version 1, `amendedOn` for an amendment; null after an
   * older amendment recorded without `amendedOn`, whose day is not known.
   */
  agreedOn: string | null;
  /** Every version, oldest first; the last is the one in force. */
  versions: readonly AgreementVersion[];
};

/** The folded initiative stream. A closed initiative is still `started`, with `closed` set: it only records refunds. */
export type Initiative =
  | { status: 'unstarted' }
  | {
      status: 'started';
      initiativeId: string;
      programmeId: string;
      origin: InitiativeOrigin;
      municipalityId: string;
      title: string;
      amount: Money | null;
      agreement: Agreement | null;
      tranches: readonly Tranche[];
      /** The agreement version the schedule in force was defined under; null before any schedule. */
      scheduledUnder: number | null;
      /** The number of the schedule in force (1, 2, …); 0 before any schedule. */
      scheduleVersion: number;
      disbursements: readonly Disbursement[];
      refunds: readonly Refund[];
      /** Every report, in the order first submitted, each at its latest version. */
      reports: readonly Report[];
      closed: { closedBy: string; closedAt: string } | null;
    };

export type InitiativeStatus = Initiative['status'];

export const initialState: Initiative = { status: 'unstarted' };

/** Co-financed: its agreement is signed with a municipal share above zero (the programme's "at least 8" counts these). */
export const isCoFinanced = (state: Initiative): boolean =>
  state.status === 'started' && state.agreement !== null && state.agreement.totals.municipalUsdMinor > 0;

export const evolve = (state: Initiative, event: InitiativeEvent): Initiative => {
  if (event.type === 'InitiativeStarted') {
    return { status: 'started', ...event.data, agreement: null, tranches: [], scheduledUnder: null, scheduleVersion: 0, disbursements: [], refunds: [], reports: [], closed: null };
  }
  if (state.status !== 'started') return state;
  switch (event.type) {
    case 'AgreementSigned': {
      const { agreementReference, signedOn, version } = event.data;
      const current: AgreementVersion = { ...moneyTermsOf(event.data), version, reason: null };
      return { ...state, agreement: { ...current, agreementReference, signedOn, agreedOn: signedOn, versions: [current] } };
    }
    case 'AgreementAmended': {
      if (state.agreement === null) return state;
      const { version, reason, amendedOn } = event.data;
      const current: AgreementVersion = { ...moneyTermsOf(event.data), version, reason };
      return { ...state, agreement: { ...state.agreement, ...current, agreedOn: amendedOn ?? null, versions: [...state.agreement.versions, current] } };
    }
    case 'TrancheScheduleDefined': {
      const { tranches, agreementVersion, scheduleVersion } = event.data;
      return { ...state, tranches, scheduledUnder: agreementVersion, scheduleVersion: scheduleVersion ?? state.scheduleVersion + 1 };
    }
    case 'DisbursementRequested': {
      const { disbursementId, trancheId, partyId, amount, requestedBy } = event.data;
      const requested: Disbursement = { disbursementId, trancheId, partyId, amount, requestedBy, status: 'requested', approvedBy: null, amountUsdMinor: null, valueDate: null };
      return { ...state, disbursements: [...state.disbursements, requested] };
    }
    case 'DisbursementApproved': {
      const { disbursementId, approvedBy } = event.data;
      return { ...state, disbursements: state.disbursements.map((d) => (d.disbursementId === disbursementId ? { ...d, status: 'approved', approvedBy } : d)) };
    }
    case 'DisbursementPaid': {
      const { disbursementId, amountUsdMinor, valueDate } = event.data;
      return { ...state, disbursements: state.disbursements.map((d) => (d.disbursementId === disbursementId ? { ...d, status: 'paid', amountUsdMinor, valueDate } : d)) };
    }
    case 'DisbursementRejected': {
      const { disbursementId } = event.data;
      return { ...state, disbursements: state.disbursements.map((d) => (d.disbursementId === disbursementId ? { ...d, status: 'rejected' } : d)) };
    }
    case 'RefundRecorded': {
      const { refundId, partyId, amount, amountUsdMinor, valueDate } = event.data;
      return { ...state, refunds: [...state.refunds, { refundId, partyId, amount, amountUsdMinor, valueDate }] };
    }
    case 'ReportSubmitted': {
      const { reportId, kind, version, submittedBy, submittedAt } = event.data;
      const submitted: Report = { reportId, kind, version, status: 'awaiting-review', submittedBy, submittedAt, returnReason: null };
      const resubmitted = state.reports.some((report) => report.reportId === reportId);
      return { ...state, reports: resubmitted ? state.reports.map((report) => (report.reportId === reportId ? submitted : report)) : [...state.reports, submitted] };
    }
    case 'ReportAccepted': {
      const { reportId } = event.data;
      return { ...state, reports: state.reports.map((report) => (report.reportId === reportId ? { ...report, status: 'accepted' } : report)) };
    }
    case 'ReportReturned': {
      const { reportId, reason } = event.data;
      return { ...state, reports: state.reports.map((report) => (report.reportId === reportId ? { ...report, status: 'returned', returnReason: reason } : report)) };
    }
    case 'InitiativeClosed': {
      const { closedBy, closedAt } = event.data;
      return { ...state, closed: { closedBy, closedAt } };
    }
    default:
      return assertNever(event);
  }
};

export const decide = (command: InitiativeCommand, state: Initiative, context: CommandContext): InitiativeEvent[] => {
  switch (command.type) {
    case 'StartInitiativeFromAward':
      return startFromAward(command.data, state);
    case 'StartInitiativeFromPriority':
      return startFromPriority(command.data, state);
    case 'SignAgreement':
      return signAgreement(command.data, state, context);
    case 'AmendAgreement':
      return amendAgreement(command.data, state, context);
    case 'DefineTrancheSchedule':
      return defineTrancheSchedule(command.data, state);
    case 'RequestDisbursement':
      return requestDisbursement(command.data, startedInitiative(state, command.data.initiativeId), context);
    case 'ApproveDisbursement':
      return approveDisbursement(command.data, startedInitiative(state, command.data.initiativeId), context);
    case 'PayDisbursement':
      return payDisbursement(command.data, startedInitiative(state, command.data.initiativeId), context);
    case 'RejectDisbursement':
      return rejectDisbursement(command.data, startedInitiative(state, command.data.initiativeId), context);
    // Disbursements and reports refuse a closed initiative themselves (`refuseClosed`), once they know the command is not a
    // repeat of work already done. Unspent funds come back at close-out: a closed initiative still records refunds.
    case 'RecordRefund':
      return recordRefund(command.data, startedInitiative(state, command.data.initiativeId), context);
    case 'SubmitReport':
      return submitReport(command.data, startedInitiative(state, command.data.initiativeId), context);
    // A report left awaiting review at close can still be accepted; returned, it could never be resubmitted.
    case 'AcceptReport':
      return acceptReport(command.data, startedInitiative(state, command.data.initiativeId), context);
    case 'ReturnReport':
      return returnReport(command.data, startedInitiative(state, command.data.initiativeId), context);
    case 'CloseInitiative':
      return closeInitiative(command.data, state, context);
    default:
      return assertNever(command);
  }
};

const refuseStartedTwice = (state: Initiative, initiativeId: string): void => {
  // The process manager reads this as "already done": a replayed award starts nothing twice.
  if (state.status !== 'unstarted') throw conflict('InitiativeAlreadyStarted', `Initiative ${initiativeId} has already been started`);
};

const startFromAward = (data: StartInitiativeFromAward['data'], state: Initiative): InitiativeEvent[] => {
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  const programmeId = identifier(data.programmeId, 'programmeId');
  const callId = identifier(data.callId, 'callId');
  const proposalId = identifier(data.proposalId, 'proposalId');
  const municipalityId = identifier(data.municipalityId, 'municipalityId');
  const title = requiredName(data.title, 'title');
  const amount = positiveMoney(data.amount, 'amount');
  refuseStartedTwice(state, initiativeId);
  return [{ type: 'InitiativeStarted', data: { initiativeId, programmeId, origin: { kind: 'award', callId, proposalId }, municipalityId, title, amount } }];
};

const startFromPriority = (data: StartInitiativeFromPriority['data'], state: Initiative): InitiativeEvent[] => {
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  // The award process reads an initiative already under its id as its own, started: a priority's must not take one first.
  if (initiativeId.startsWith(AWARD_INITIATIVE_ID_PREFIX)) {
    throw invalidInput('InitiativeIdReserved', `Ids starting with ${AWARD_INITIATIVE_ID_PREFIX} are kept for the initiatives awards start: choose another id`, 'initiativeId');
  }
  const programmeId = identifier(data.programmeId, 'programmeId');
  const municipalityId = identifier(data.municipalityId, 'municipalityId');
  const platformId = identifier(data.platformId, 'platformId');
  const priorityId = identifier(data.priorityId, 'priorityId');
  const title = requiredName(data.title, 'title');
  // Before the snapshot checks: a retried start after the priority, platform or programme changed is still "already done".
  refuseStartedTwice(state, initiativeId);
  const partnerIds = data.programmePartnerIds;
  if (partnerIds === null || partnerIds === undefined) throw notFound('ProgrammeNotFound', `No programme ${programmeId} is registered to hold UNDP's share`);
  if (data.priorityStanding === null || data.priorityStanding === undefined) {
    throw notFound('PriorityNotFound', `Platform ${platformId} has identified no priority ${priorityId}`);
  }
  // A platform's priority is its municipalities' to act on: an initiative elsewhere does not answer it.
  if (!(data.platformMunicipalityIds ?? []).includes(municipalityId)) {
    throw invalidInput(
      'MunicipalityNotCoveredByPlatform',
      `Platform ${platformId} covers ${(data.platformMunicipalityIds ?? []).join(', ') || 'no municipality'}, not ${municipalityId}: start the initiative in one of them`,
      'municipalityId',
    );
  }
  if (!partnerIds.includes(municipalityId)) {
    throw invalidInput('MunicipalityNotPartner', `${municipalityId} is not a partner municipality of programme ${programmeId}: the programme co-finances with its partners`, 'municipalityId');
  }
  if (data.priorityStanding !== true) {
    throw conflict('PriorityNotStanding', `Priority ${priorityId} of platform ${platformId} no longer stands: its decision was superseded or rescinded`);
  }
  return [
    { type: 'InitiativeStarted', data: { initiativeId, programmeId, origin: { kind: 'priority', platformId, priorityId }, municipalityId, title, amount: null } },
  ];
};

/**
 * A schedule is whole, like an amendment's terms: it replaces the schedule its caller read, or none (0 or null) when there
 * was none, else it would silently undo a schedule defined in between.
 */
const refuseReplacingAnotherSchedule = (expectedValue: unknown, inForce: number, initiativeId: string): void => {
  const expected = expectedValue === null || expectedValue === undefined ? 0 : wholeNumberAtLeastZero(expectedValue, 'expectedScheduleVersion', 'ScheduleVersionInvalid');
  if (expected !== inForce) {
    const stands = inForce === 0 ? 'has no schedule yet' : `has schedule ${inForce} in force`;
    const replaces = expected === 0 ? 'none' : `schedule ${expected}`;
    throw conflict('ScheduleVersionChanged', `Initiative ${initiativeId} ${stands}, not ${replaces} as this schedule expects: read the schedule in force and replace that`);
  }
};

const defineTrancheSchedule = (data: DefineTrancheSchedule['data'], state: Initiative): InitiativeEvent[] => {
  const initiative = openInitiative(state, data.initiativeId);
  const { agreement } = initiative;
  if (agreement === null) throw conflict('AgreementNotSigned', `Initiative ${initiative.initiativeId} has no signed agreement to schedule tranches for`);
  const tranches = validTranches(data.tranches, agreement.parties);
  // The same schedule again would be a second event saying nothing new; under a later agreement version it says the schedule still holds.
  if (initiative.scheduledUnder === agreement.version && sameTranches(tranches, initiative.tranches)) {
    throw conflict('ScheduleChangesNothing', `The schedule of initiative ${initiative.initiativeId} is already these tranches, under agreement version ${agreement.version}`);
  }
  refuseReplacingAnotherSchedule(data.expectedScheduleVersion, initiative.scheduleVersion, initiative.initiativeId);
  refuseScheduleChangingDisbursedTranches(initiative, tranches);
  const scheduleVersion = initiative.scheduleVersion + 1;
  return [{ type: 'TrancheScheduleDefined', data: { initiativeId: initiative.initiativeId, scheduleVersion, agreementVersion: agreement.version, tranches } }];
};

/** Close-out: the final report accepted, no report awaiting review, every disbursement asked for paid or rejected; afterwards only refunds. */
const closeInitiative = (data: CloseInitiative['data'], state: Initiative, { now, actor }: CommandContext): InitiativeEvent[] => {
  const initiative = startedInitiative(state, data.initiativeId);
  if (initiative.closed !== null) throw conflict('InitiativeAlreadyClosed', `Initiative ${initiative.initiativeId} was closed on ${initiative.closed.closedAt}`);
  if (!finalReportAccepted(initiative)) throw conflict('FinalReportNotAccepted', `Initiative ${initiative.initiativeId} closes once its final report is accepted`);
  const awaitingReview = initiative.reports.filter((report) => report.status === 'awaiting-review');
  if (awaitingReview.length > 0) {
    const ids = awaitingReview.map((report) => `${report.reportId} (version ${report.version})`).join(', ');
    throw conflict('ReportsAwaitingReview', `Initiative ${initiative.initiativeId} has reports awaiting review: ${ids}`);
  }
  const pending = initiative.disbursements.filter((disbursement) => disbursement.status === 'requested' || disbursement.status === 'approved');
  if (pending.length > 0) {
    const ids = pending.map((disbursement) => `${disbursement.disbursementId} (${disbursement.status})`).join(', ');
    throw conflict('DisbursementsPending', `Initiative ${initiative.initiativeId} has disbursements not yet paid: ${ids}`);
  }
  return [{ type: 'InitiativeClosed', data: { initiativeId: initiative.initiativeId, closedBy: actor, closedAt: now.toISOString() } }];
};

export const initiativeDecider: Decider<InitiativeCommand, InitiativeEvent, Initiative> = { initialState, evolve, decide };
