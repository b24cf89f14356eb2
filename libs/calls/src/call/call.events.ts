import type { Money } from '@makers/kernel';
import type { RankedProposal } from './award-ranking';
import type { AwardRule, CallTerms } from './call.terms';

export type CallDrafted = { type: 'CallDrafted'; data: { callId: string; programmeId: string; terms: CallTerms } };

export type DraftRevised = { type: 'DraftRevised'; data: { callId: string; terms: CallTerms } };

/** Version 1 of the terms, recorded in full so the history of versions reads on its own. */
export type CallPublished = { type: 'CallPublished'; data: { callId: string; version: 1; terms: CallTerms } };

/** A later version of published terms, with why it changed. */
export type CallAmended = { type: 'CallAmended'; data: { callId: string; version: number; terms: CallTerms; reason: string } };

export type EvaluatorAssigned = { type: 'EvaluatorAssigned'; data: { callId: string; evaluatorId: string } };

export type CallClosed = { type: 'CallClosed'; data: { callId: string } };

/** The scores the evaluation ended with, one per candidate; no proposal is scored after this. */
export type EvaluationCompleted = { type: 'EvaluationCompleted'; data: { callId: string; scores: { proposalId: string; score: number }[] } };

export type CallAwarded = {
  type: 'CallAwarded';
  data: {
    callId: string;
    /** ISO 8601, from the command's time: the appeal period runs from here. */
    awardedAt: string;
    rule: AwardRule;
    budget: Money;
    /** Every candidate with its points, rank, whether funded and how much. */
    ranking: RankedProposal[];
    totalAwarded: Money;
  };
};

export type CallCancelled = { type: 'CallCancelled'; data: { callId: string; reason: string } };

export type CallEvent =
  | CallDrafted
  | DraftRevised
  | CallPublished
  | CallAmended
  | EvaluatorAssigned
  | CallClosed
  | EvaluationCompleted
  | CallAwarded
  | CallCancelled;

export const CALL_EVENT_TYPES: readonly CallEvent['type'][] = [
  'CallDrafted',
  'DraftRevised',
  'CallPublished',
  'CallAmended',
  'EvaluatorAssigned',
  'CallClosed',
  'EvaluationCompleted',
  'CallAwarded',
  'CallCancelled',
];
