import { assertNever, conflict, identifier, invalidInput, notFound, positiveMoney, requiredFreeText, subjectId, type CommandContext, type Decider, type Money } from '@makers/kernel';
import { isoDateTime } from '@makers/platforms';
import { FULL_POINTS, isCandidate, rankAndFund, type RankedProposal } from './award-ranking';
import type { AmendCall, AwardCall, CallCommand, CancelCall, CompleteEvaluation, DraftCall, ReviseDraft } from './call.commands';
import type { CallEvent } from './call.events';
import { instantOf, validTerms, type CallTerms } from './call.terms';
import type { ProposalStanding, VoteCounts } from './proposal-standing';

/** One version of published terms; version 1 has no reason, each amendment has one. */
export type TermsVersion = { version: number; terms: CallTerms; reason: string | null };

type CallRecord = {
  callId: string;
  programmeId: string;
  /** The terms in force: the draft's, or the latest version's. */
  terms: CallTerms;
  /** 0 while a draft. */
  version: number;
  /** Every published version, oldest first. */
  versions: readonly TermsVersion[];
  evaluatorIds: readonly string[];
};

type Scores = readonly { proposalId: string; score: number }[];

export type Call =
  | { status: 'undrafted' }
  | (CallRecord & { status: 'draft' })
  | (CallRecord & { status: 'published' })
  | (CallRecord & { status: 'closed' })
  | (CallRecord & { status: 'evaluated'; scores: Scores })
  | (CallRecord & { status: 'awarded'; scores: Scores; awardedAt: string; ranking: readonly RankedProposal[]; totalAwarded: Money })
  | (CallRecord & { status: 'cancelled'; reason: string });

export type DraftedCall = Exclude<Call, { status: 'undrafted' }>;

export const initialState: Call = { status: 'undrafted' };

export const evolve = (state: Call, event: CallEvent): Call => {
  if (event.type === 'CallDrafted') return { status: 'draft', ...event.data, version: 0, versions: [], evaluatorIds: [] };
  if (state.status === 'undrafted') return state;
  switch (event.type) {
    case 'DraftRevised':
      return { ...state, terms: event.data.terms };
    case 'CallPublished':
    case 'CallAmended': {
      const { version, terms } = event.data;
      const reason = event.type === 'CallAmended' ? event.data.reason : null;
      return { ...state, status: 'published', terms, version, versions: [...state.versions, { version, terms, reason }] };
    }
    case 'EvaluatorAssigned':
      return { ...state, evaluatorIds: [...state.evaluatorIds, event.data.evaluatorId] };
    case 'CallClosed':
      return { ...state, status: 'closed' };
    case 'EvaluationCompleted':
      return { ...state, status: 'evaluated', scores: event.data.scores };
    case 'CallAwarded': {
      const { awardedAt, ranking, totalAwarded } = event.data;
      return { ...state, status: 'awarded', scores: state.status === 'evaluated' ? state.scores : [], awardedAt, ranking, totalAwarded };
    }
    case 'CallCancelled':
      return { ...state, status: 'cancelled', reason: event.data.reason };
    default:
      return assertNever(event);
  }
};

export const decide = (command: CallCommand, state: Call, context: CommandContext): CallEvent[] => {
  switch (command.type) {
    case 'DraftCall':
      return draft(command.data, state);
    case 'ReviseDraft':
      return revise(command.data, state);
    case 'PublishCall':
      return publish(identifier(command.data.callId, 'callId'), state, context);
    case 'AmendCall':
      return amend(command.data, state, context);
    case 'AssignEvaluator':
      return assignEvaluator(identifier(command.data.callId, 'callId'), subjectId(command.data.evaluatorId, 'evaluatorId'), state);
    case 'CloseCall':
      return close(identifier(command.data.callId, 'callId'), state, context);
    case 'CompleteEvaluation':
      return completeEvaluation(command.data, state);
    case 'AwardCall':
      return award(command.data, state, context);
    case 'CancelCall':
      return cancel(command.data, state);
    default:
      return assertNever(command);
  }
};

const partnerIdsOf = (value: unknown): readonly string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

const drafted = (state: Call, callId: string): DraftedCall => {
  if (state.status === 'undrafted') throw notFound('CallNotFound', `Call ${callId} has not been drafted`);
  return state;
};

/** A cancelled call is history: nothing more happens to it. */
const notCancelled = (call: DraftedCall): void => {
  if (call.status === 'cancelled') throw conflict('CallCancelled', `Call ${call.callId} was cancelled: ${call.reason}`);
};

const draft = (data: DraftCall['data'], state: Call): CallEvent[] => {
  const callId = identifier(data.callId, 'callId');
  const programmeId = identifier(data.programmeId, 'programmeId');
  const terms = validTerms(data.terms, partnerIdsOf(data.partnerIds));
  if (state.status !== 'undrafted') throw conflict('CallAlreadyDrafted', `Call ${callId} already exists`);
  return [{ type: 'CallDrafted', data: { callId, programmeId, terms } }];
};

const revise = (data: ReviseDraft['data'], state: Call): CallEvent[] => {
  const callId = identifier(data.callId, 'callId');
  const terms = validTerms(data.terms, partnerIdsOf(data.partnerIds));
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status !== 'draft') throw conflict('CallNotDraft', `Call ${callId} is ${call.status}: published terms change only by an amendment with a reason`);
  return [{ type: 'DraftRevised', data: { callId, terms } }];
};

const publish = (callId: string, state: Call, { now }: CommandContext): CallEvent[] => {
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status !== 'draft') throw conflict('CallAlreadyPublished', `Call ${callId} is already ${call.status}`);
  if (instantOf(call.terms.opensAt) < now.getTime()) {
    throw conflict('CallOpensInThePast', `Call ${callId} would open at ${call.terms.opensAt}, before now (${now.toISOString()}): revise the draft first`);
  }
  return [{ type: 'CallPublished', data: { callId, version: 1, terms: call.terms } }];
};

/** Terms the handler normalised the same way compare equal as JSON: validTerms builds them field by field. */
const sameTerms = (a: CallTerms, b: CallTerms): boolean => JSON.stringify(a) === JSON.stringify(b);

const amend = (data: AmendCall['data'], state: Call, { now }: CommandContext): CallEvent[] => {
  const callId = identifier(data.callId, 'callId');
  const terms = validTerms(data.terms, partnerIdsOf(data.partnerIds));
  const reason = requiredFreeText(data.reason, 'reason');
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status === 'draft') throw conflict('CallNotPublished', `Call ${callId} is a draft: revise it instead`);
  // Once submissions have closed (by the clock or by CloseCall), reopening them would be unfair to those who kept the deadline.
  if (call.status !== 'published' || now.getTime() >= instantOf(call.terms.closesAt)) {
    throw conflict('CallClosed', `Call ${callId} closed for submissions at ${call.terms.closesAt}: its terms can no longer be amended`);
  }
  if (terms.currency !== call.terms.currency) {
    throw invalidInput('CurrencyFixedOncePublished', `Call ${callId} was published in ${call.terms.currency}; proposals ask in it`, 'terms.currency');
  }
  const opened = instantOf(call.terms.opensAt) <= now.getTime();
  if (opened && instantOf(terms.opensAt) !== instantOf(call.terms.opensAt)) {
    throw invalidInput('CallAlreadyOpened', `Call ${callId} opened at ${call.terms.opensAt}; that cannot change`, 'terms.opensAt');
  }
  if (!opened && instantOf(terms.opensAt) < now.getTime()) {
    throw invalidInput('CallOpensInThePast', `terms.opensAt (${terms.opensAt}) is before now (${now.toISOString()})`, 'terms.opensAt');
  }
  if (instantOf(terms.closesAt) <= now.getTime()) {
    throw invalidInput('ClosingInThePast', `terms.closesAt (${terms.closesAt}) is not after now (${now.toISOString()})`, 'terms.closesAt');
  }
  if (sameTerms(terms, call.terms)) throw conflict('AmendmentChangesNothing', `The amendment leaves the terms of call ${callId} as they are`);
  return [{ type: 'CallAmended', data: { callId, version: call.version + 1, terms, reason } }];
};

/** An identity subject (`amra.hadzic@undp.org`) is not a stream id: it needs only to be one visible line. */
const assignEvaluator = (callId: string, evaluatorId: string, state: Call): CallEvent[] => {
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status === 'evaluated' || call.status === 'awarded') {
    throw conflict('EvaluationAlreadyCompleted', `The evaluation of call ${callId} is complete: no more evaluators`);
  }
  if (call.evaluatorIds.includes(evaluatorId)) throw conflict('EvaluatorAlreadyAssigned', `${evaluatorId} already evaluates call ${callId}`);
  return [{ type: 'EvaluatorAssigned', data: { callId, evaluatorId } }];
};

const close = (callId: string, state: Call, { now }: CommandContext): CallEvent[] => {
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status === 'draft') throw conflict('CallNotPublished', `Call ${callId} is a draft: it was never open`);
  if (call.status !== 'published') throw conflict('CallAlreadyClosed', `Call ${callId} is already ${call.status}`);
  if (now.getTime() < instantOf(call.terms.closesAt)) {
    throw conflict('SubmissionsStillOpen', `Call ${callId} takes submissions until ${call.terms.closesAt}`);
  }
  return [{ type: 'CallClosed', data: { callId } }];
};

const whole = (value: unknown, field: string, max = Number.MAX_SAFE_INTEGER): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw invalidInput('StandingInvalid', `${field} must be a whole number from 0 to ${max}, got ${JSON.stringify(value)}`, field);
  }
  return value;
};

const votesOf = (value: unknown, field: string): VoteCounts => {
  const votes = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof VoteCounts, unknown>>;
  return { for: whole(votes.for, `${field}.for`), against: whole(votes.against, `${field}.against`), abstain: whole(votes.abstain, `${field}.abstain`) };
};

const flag = (value: unknown, field: string): boolean => {
  if (typeof value !== 'boolean') throw invalidInput('StandingInvalid', `${field} must be true or false`, field);
  return value;
};

/** The handler's picture of the call's proposals, checked: each proposal once, amounts in the call's currency. */
const standingsOf = (value: unknown, terms: CallTerms): ProposalStanding[] => {
  if (!Array.isArray(value)) throw invalidInput('StandingInvalid', 'proposals must be a list (possibly empty)', 'proposals');
  const standings = value.map((entry: Partial<Record<keyof ProposalStanding, unknown>> | null | undefined, index): ProposalStanding => {
    const field = `proposals[${index}]`;
    const requestedAmount = positiveMoney(entry?.requestedAmount, `${field}.requestedAmount`);
    if (requestedAmount.currency !== terms.currency) {
      throw invalidInput('CurrencyMismatch', `${field}.requestedAmount is in ${requestedAmount.currency}, the call in ${terms.currency}`, `${field}.requestedAmount.currency`);
    }
    return {
      proposalId: identifier(entry?.proposalId, `${field}.proposalId`),
      municipalityId: identifier(entry?.municipalityId, `${field}.municipalityId`),
      requestedAmount,
      submittedAt: isoDateTime(entry?.submittedAt, `${field}.submittedAt`),
      eligible: flag(entry?.eligible, `${field}.eligible`),
      withdrawn: flag(entry?.withdrawn, `${field}.withdrawn`),
      score: entry?.score === null ? null : whole(entry?.score, `${field}.score`, FULL_POINTS),
      votes: votesOf(entry?.votes, `${field}.votes`),
      paperVotes: votesOf(entry?.paperVotes, `${field}.paperVotes`),
    };
  });
  standings.forEach((standing, index) => {
    if (standings.findIndex((other) => other.proposalId === standing.proposalId) !== index) {
      throw invalidInput('ProposalListedTwice', `${standing.proposalId} is listed twice`, `proposals[${index}].proposalId`);
    }
  });
  return standings;
};

const completeEvaluation = (data: CompleteEvaluation['data'], state: Call): CallEvent[] => {
  const callId = identifier(data.callId, 'callId');
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status === 'evaluated' || call.status === 'awarded') throw conflict('EvaluationAlreadyCompleted', `The evaluation of call ${callId} is already complete`);
  if (call.status !== 'closed') throw conflict('CallNotClosed', `Call ${callId} is ${call.status}: proposals are evaluated once it is closed`);
  const standings = standingsOf(data.proposals, call.terms);
  const unscored = standings.filter((standing) => standing.eligible && !standing.withdrawn && standing.score === null);
  if (unscored.length > 0) {
    throw conflict('ProposalNotScored', `Not yet scored by an evaluator without a conflict of interest: ${unscored.map((standing) => standing.proposalId).join(', ')}`);
  }
  const scores = standings.filter(isCandidate).map(({ proposalId, score }) => ({ proposalId, score }));
  return [{ type: 'EvaluationCompleted', data: { callId, scores } }];
};

const award = (data: AwardCall['data'], state: Call, { now }: CommandContext): CallEvent[] => {
  const callId = identifier(data.callId, 'callId');
  const call = drafted(state, callId);
  notCancelled(call);
  if (call.status === 'awarded') throw conflict('CallAlreadyAwarded', `Call ${callId} was awarded at ${call.awardedAt}`);
  if (call.status !== 'evaluated') throw conflict('EvaluationNotCompleted', `Call ${callId} is ${call.status}: it is awarded after its evaluation is complete`);
  if (now.getTime() < instantOf(call.terms.voting.closesAt)) {
    throw conflict('VotingStillOpen', `Members vote on call ${callId} until ${call.terms.voting.closesAt}`);
  }
  const standings = standingsOf(data.proposals, call.terms);
  // The ranking uses the scores the evaluation ended with; a standing that disagrees was built from another picture.
  standings.filter(isCandidate).forEach((standing) => {
    const evaluated = call.scores.find((entry) => entry.proposalId === standing.proposalId);
    if (evaluated?.score !== standing.score) {
      throw conflict('StandingDisagreesWithEvaluation', `${standing.proposalId} stands at ${standing.score}, the evaluation ended with ${evaluated?.score ?? 'no score'}`);
    }
  });
  const { awardRule: rule, budget } = call.terms;
  const { ranking, totalAwarded } = rankAndFund(standings, rule, budget.total);
  return [{ type: 'CallAwarded', data: { callId, awardedAt: now.toISOString(), rule, budget: budget.total, ranking, totalAwarded } }];
};

const cancel = (data: CancelCall['data'], state: Call): CallEvent[] => {
  const callId = identifier(data.callId, 'callId');
  const reason = requiredFreeText(data.reason, 'reason');
  const call = drafted(state, callId);
  if (call.status === 'cancelled') throw conflict('CallAlreadyCancelled', `Call ${callId} was already cancelled`);
  if (call.status === 'awarded') throw conflict('CallAlreadyAwarded', `Call ${callId} was awarded: an award is not cancelled`);
  return [{ type: 'CallCancelled', data: { callId, reason } }];
};

export const callDecider: Decider<CallCommand, CallEvent, Call> = { initialState, evolve, decide };
