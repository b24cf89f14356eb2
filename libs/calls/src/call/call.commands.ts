import type { CallTerms } from './call.terms';
import type { ProposalStanding } from './proposal-standing';

/**
 * Commands that set terms carry `partnerIds`: the programme's partner municipalities as the handler found them in the
 * programme's stream, so the eligible municipalities are checked against today's partners.
 */
export type DraftCall = { type: 'DraftCall'; data: { callId: string; programmeId: string; terms: CallTerms; partnerIds: readonly string[] } };

export type ReviseDraft = { type: 'ReviseDraft'; data: { callId: string; terms: CallTerms; partnerIds: readonly string[] } };

export type PublishCall = { type: 'PublishCall'; data: { callId: string } };

export type AmendCall = { type: 'AmendCall'; data: { callId: string; terms: CallTerms; reason: string; partnerIds: readonly string[] } };

/** `evaluatorId` is the evaluator's identity subject, as their token names them. */
export type AssignEvaluator = { type: 'AssignEvaluator'; data: { callId: string; evaluatorId: string } };

export type CloseCall = { type: 'CloseCall'; data: { callId: string } };

/** `proposals`: where every proposal of the call stands, built by the handler. */
export type CompleteEvaluation = { type: 'CompleteEvaluation'; data: { callId: string; proposals: ProposalStanding[] } };

export type AwardCall = { type: 'AwardCall'; data: { callId: string; proposals: ProposalStanding[] } };

export type CancelCall = { type: 'CancelCall'; data: { callId: string; reason: string } };

export type CallCommand = DraftCall | ReviseDraft | PublishCall | AmendCall | AssignEvaluator | CloseCall | CompleteEvaluation | AwardCall | CancelCall;
