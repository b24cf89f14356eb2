// The co-financing context's public face.

// initiative: stream cofinancing-initiative-<initiativeId>; started from an award (issue 5), grown by issue 6.
export { INITIATIVE_EVENT_TYPES } from './initiative/initiative.events';
export type { InitiativeEvent, InitiativeOrigin, InitiativeStarted } from './initiative/initiative.events';
export type { InitiativeCommand, StartInitiativeFromAward } from './initiative/initiative.commands';
export { initiativeDecider } from './initiative/initiative.decider';
export type { Initiative, InitiativeStatus } from './initiative/initiative.decider';
export { initiativePolicy } from './initiative/initiative.policy';
export { INITIATIVE_STREAM_PREFIX, initiativeIdForAward, initiativeStreamName } from './initiative/initiative.stream-name';

// Read models (their own barrel): initiatives, agreements, tranches, disbursements, reports, the envelope, execution by year.
export * from './read-models/index';

// initiative (issue 6): started from a platform priority; the co-financing agreement and its tranche schedule.
export type { AgreementAmended, AgreementSigned, TrancheScheduleDefined } from './initiative/initiative.events';
export type { AmendAgreement, DefineTrancheSchedule, SignAgreement, StartInitiativeFromPriority } from './initiative/initiative.commands';
export { isCoFinanced } from './initiative/initiative.decider';
export type { Agreement, AgreementVersion } from './initiative/initiative.decider';
export { AGREEMENT_CURRENCIES, PARTY_KINDS } from './initiative/agreement.terms';
export type { AgreementMoneyTerms, AgreementParty, AgreementPartyInput, AgreementTotals, PartyKind } from './initiative/agreement.terms';
export { toUsdMinor, USD_AT_PAR } from './initiative/exchange-rate';
export type { ExchangeRate, Rational } from './initiative/exchange-rate';
export { TRANCHE_CONDITIONS } from './initiative/tranche-schedule';
export type { Tranche, TrancheCondition, TrancheInput } from './initiative/tranche-schedule';

// initiative (issue 6): disbursements with four eyes (requested, approved by someone else, paid; or rejected before payment) and refunds.
export type { DisbursementApproved, DisbursementPaid, DisbursementRejected, DisbursementRequested, RefundRecorded } from './initiative/initiative.events';
export type { ApproveDisbursement, PayDisbursement, RecordRefund, RejectDisbursement, RequestDisbursement } from './initiative/initiative.commands';
export { disbursedTo } from './initiative/disbursements';
export type { Disbursement, Refund } from './initiative/disbursements';

// initiative (issue 6): progress and final reports, accepted or returned; close-out.
export type { InitiativeClosed, ReportAccepted, ReportReturned, ReportSubmitted } from './initiative/initiative.events';
export type { AcceptReport, CloseInitiative, ReturnReport, SubmitReport } from './initiative/initiative.commands';
export { MAX_NARRATIVE_LENGTH, REPORT_KINDS } from './initiative/report';
export type { BeneficiaryCount, ReportContent, ReportKind, SpendingLine } from './initiative/report';
export { finalReportAccepted, trancheConditionMet } from './initiative/reports';
export type { Report, ReportStatus } from './initiative/reports';

// envelope (issue 6): stream cofinancing-envelope-<programmeId>; UNDP's commitments reserved against the programme's envelope.
export { ENVELOPE_EVENT_TYPES } from './envelope/envelope.events';
export type { CommitmentReleased, CommitmentReserved, EnvelopeEvent, ReservationCancelled } from './envelope/envelope.events';
export type { AgreementCommitment, CancelReservation, EnvelopeCommand, ReleaseCommitment, ReserveCommitment } from './envelope/envelope.commands';
export { envelopeDecider, reservedFor } from './envelope/envelope.decider';
export type { Envelope, Hold, InitiativeReservations, Reservation } from './envelope/envelope.decider';
export { envelopePolicy } from './envelope/envelope.policy';
export { ENVELOPE_STREAM_PREFIX, envelopeStreamName } from './envelope/envelope.stream-name';
