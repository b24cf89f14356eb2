// The calls context's public face.

// call: stream calls-call-<callId>. Terms, the snapshot other aggregates receive, where a proposal stands.
export { APPLICANT_TYPES, MAX_CALL_DESCRIPTION_LENGTH, isApplicantType, validTerms } from './call/call.terms';
export type { ApplicantType, AwardRule, CallBudget, CallTerms, Criterion, VotingRules } from './call/call.terms';
export { CALL_STATUSES, isOpenForSubmissions } from './call/call.snapshot';
export type { CallSnapshot, CallStatus } from './call/call.snapshot';
export type { ProposalStanding, VoteCounts } from './call/proposal-standing';
export { CALL_STREAM_PREFIX, callStreamName } from './call/call.stream-name';
