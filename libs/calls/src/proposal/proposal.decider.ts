import {
  assertNever,
  conflict,
  DomainError,
  identifier,
  invalidInput,
  notFound,
  requiredFreeText,
  type CommandContext,
  type Decider,
} from '@makers/kernel';
import type { CallSnapshot } from '../call/call.snapshot';
import { instantOf } from '../call/call.terms';
import type {
  CriterionScore,
  DeclareConflictOfInterest,
  DecideAppeal,
  FileAppeal,
  ProposalCommand,
  ReviseProposal,
  ScoreProposal,
  ScreenProposal,
  SubmitProposal,
  WithdrawProposal,
} from './proposal.commands';
import type { ProposalEvent, ProposalVersion } from './proposal.events';
import { eligibleContent, openForSubmissions } from './proposal-eligibility';
import { meanScore, validScores, weightedScore } from './proposal-score';

export type Screening = { version: number; eligible: boolean; reason: string };
export type EvaluatorScore = { scores: readonly CriterionScore[]; weighted: number };
export type Appeal = { appealId: string; grounds: string; decision: { upheld: boolean; reason: string } | null };

type ProposalRecord = ProposalVersion & {
  proposalId: string;
  callId: string;
  version: number;
  submittedBy: string;
  submittedAt: string;
  /** The screener's decision on the current version; null until screened, and again after a revision. */
  screening: Screening | null;
  /** Each evaluator's declaration: true when they have a conflict of interest with this proposal. */
  conflicts: ReadonlyMap<string, boolean>;
  /** Each evaluator's latest scores. */
  scores: ReadonlyMap<string, EvaluatorScore>;
  appeals: ReadonlyMap<string, Appeal>;
};

/** The folded proposal stream; handlers pass `proposalStanding` of it to the call's evaluation and award. */
export type Proposal =
  | { status: 'unsubmitted' }
  | (ProposalRecord & { status: 'submitted' })
  | (ProposalRecord & { status: 'withdrawn'; withdrawalReason: string });

export type ProposalStatus = Proposal['status'];
export type SubmittedProposal = Exclude<Proposal, { status: 'unsubmitted' }>;

export const initialState: Proposal = { status: 'unsubmitted' };

const DAY_MS = 24 * 60 * 60 * 1000;

export const evolve = (state: Proposal, event: ProposalEvent): Proposal => {
  if (event.type === 'ProposalSubmitted') {
    const { version, ...record } = event.data;
    return { ...record, status: 'submitted', version, screening: null, conflicts: new Map(), scores: new Map(), appeals: new Map() };
  }
  if (state.status === 'unsubmitted') return state;
  switch (event.type) {
    case 'ProposalRevised': {
      const { proposalId: _proposalId, ...revision } = event.data;
      return { ...state, ...revision, screening: null };
    }
    case 'ProposalWithdrawn':
      return { ...state, status: 'withdrawn', withdrawalReason: event.data.reason };
    case 'ProposalScreened': {
      const { version, eligible, reason } = event.data;
      return { ...state, screening: { version, eligible, reason } };
    }
    case 'ConflictOfInterestDeclared':
      return { ...state, conflicts: new Map(state.conflicts).set(event.data.evaluatorId, event.data.hasConflict) };
    case 'ProposalScored':
    case 'ProposalRescored': {
      const { evaluatorId, scores, weighted } = event.data;
      return { ...state, scores: new Map(state.scores).set(evaluatorId, { scores, weighted }) };
    }
    case 'AppealFiled': {
      const { appealId, grounds } = event.data;
      return { ...state, appeals: new Map(state.appeals).set(appealId, { appealId, grounds, decision: null }) };
    }
    case 'AppealDecided': {
      const { appealId, upheld, reason } = event.data;
      const appeal = state.appeals.get(appealId);
      return appeal ? { ...state, appeals: new Map(state.appeals).set(appealId, { ...appeal, decision: { upheld, reason } }) } : state;
    }
    default:
      return assertNever(event);
  }
};

/** The proposal's score: the mean of its evaluators' weighted scores (hundredths of a percent), null while unscored. */
export const proposalScore = (state: Proposal): number | null =>
  state.status === 'unsubmitted' ? null : meanScore([...state.scores.values()].map((entry) => entry.weighted));

export const decide = (command: ProposalCommand, state: Proposal, context: CommandContext): ProposalEvent[] => {
  switch (command.type) {
    case 'SubmitProposal':
      return submit(command.data, state, context);
    case 'ReviseProposal':
      return revise(command.data, state, context);
    case 'WithdrawProposal':
      return withdraw(command.data, state);
    case 'ScreenProposal':
      return screen(command.data, state);
    case 'DeclareConflictOfInterest':
      return declareConflict(command.data, state, context);
    case 'ScoreProposal':
      return score(command.data, state, context);
    case 'FileAppeal':
      return fileAppeal(command.data, state, context);
    case 'DecideAppeal':
      return decideAppeal(command.data, state);
    default:
      return assertNever(command);
  }
};

/** The handler loaded another call than the proposal's: a wiring bug, not the user's mistake. */
const theCall = (call: CallSnapshot, callId: string): CallSnapshot => {
  if (call?.callId !== callId) throw new Error(`A proposal to call ${callId} was given the call ${call?.callId}`);
  return call;
};

const submitted = (state: Proposal, proposalId: string): SubmittedProposal => {
  if (state.status === 'unsubmitted') throw notFound('ProposalNotFound', `Proposal ${proposalId} has not been submitted`);
  return state;
};

/** Still in the running: submitted and not withdrawn. */
const standing = (state: Proposal, proposalId: string): ProposalRecord & { status: 'submitted' } => {
  const proposal = submitted(state, proposalId);
  if (proposal.status === 'withdrawn') throw conflict('ProposalWithdrawn', `Proposal ${proposalId} was withdrawn`);
  return proposal;
};

const submit = (data: SubmitProposal['data'], state: Proposal, { now, actor }: CommandContext): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const callId = identifier(data.callId, 'callId');
  if (state.status !== 'unsubmitted') throw conflict('ProposalAlreadySubmitted', `Proposal ${proposalId} is already submitted`);
  const call = theCall(data.call, callId);
  openForSubmissions(call, now);
  const content = eligibleContent(data, call);
  return [{ type: 'ProposalSubmitted', data: { proposalId, callId, version: 1, submittedBy: actor, submittedAt: now.toISOString(), ...content } }];
};

const revise = (data: ReviseProposal['data'], state: Proposal, { now }: CommandContext): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const proposal = standing(state, proposalId);
  const call = theCall(data.call, proposal.callId);
  openForSubmissions(call, now);
  const content = eligibleContent(data, call);
  return [{ type: 'ProposalRevised', data: { proposalId, version: proposal.version + 1, ...content } }];
};

const withdraw = (data: WithdrawProposal['data'], state: Proposal): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const reason = requiredFreeText(data.reason, 'reason');
  const proposal = standing(state, proposalId);
  const call = theCall(data.call, proposal.callId);
  if (call.status === 'awarded') throw conflict('CallAlreadyAwarded', `Call ${call.callId} has been awarded: its proposals are no longer withdrawn`);
  return [{ type: 'ProposalWithdrawn', data: { proposalId, reason } }];
};

const decision = (value: unknown, field: string): boolean => {
  if (typeof value !== 'boolean') throw invalidInput('DecisionRequired', `${field} must be true or false`, field);
  return value;
};

const screen = (data: ScreenProposal['data'], state: Proposal): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const eligible = decision(data.eligible, 'eligible');
  const reason = requiredFreeText(data.reason, 'reason');
  const proposal = standing(state, proposalId);
  if (proposal.screening !== null) {
    throw conflict('ProposalAlreadyScreened', `Version ${proposal.version} of proposal ${proposalId} was already screened`);
  }
  return [{ type: 'ProposalScreened', data: { proposalId, version: proposal.version, eligible, reason } }];
};

/** Only evaluators the call assigned declare and score; the actor is the evaluator. */
const assignedEvaluator = (call: CallSnapshot, actor: string): string => {
  if (!call.evaluatorIds.includes(actor)) throw new DomainError('FORBIDDEN', 'EvaluatorNotAssigned', `${actor} is not an evaluator of call ${call.callId}`);
  return actor;
};

const declareConflict = (data: DeclareConflictOfInterest['data'], state: Proposal, { actor }: CommandContext): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const hasConflict = decision(data.hasConflict, 'hasConflict');
  const note = data.note === undefined || data.note === null ? null : requiredFreeText(data.note, 'note');
  const proposal = submitted(state, proposalId);
  const evaluatorId = assignedEvaluator(theCall(data.call, proposal.callId), actor);
  if (proposal.conflicts.has(evaluatorId)) throw conflict('ConflictAlreadyDeclared', `${evaluatorId} has already declared on proposal ${proposalId}`);
  return [{ type: 'ConflictOfInterestDeclared', data: { proposalId, evaluatorId, hasConflict, note } }];
};

/** Scores are given while the call is closed and its evaluation not yet completed. */
const evaluating = (call: CallSnapshot): void => {
  if (call.status === 'evaluated' || call.status === 'awarded') throw conflict('EvaluationCompleted', `The evaluation of call ${call.callId} is completed`);
  if (call.status === 'cancelled') throw conflict('CallCancelled', `Call ${call.callId} was cancelled`);
  if (call.status !== 'closed') throw conflict('CallNotClosed', `Call ${call.callId} is scored once closed for submissions`);
};

const score = (data: ScoreProposal['data'], state: Proposal, { actor }: CommandContext): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const proposal = standing(state, proposalId);
  const call = theCall(data.call, proposal.callId);
  const evaluatorId = assignedEvaluator(call, actor);
  const declared = proposal.conflicts.get(evaluatorId);
  if (declared === undefined) throw conflict('ConflictNotDeclared', `${evaluatorId} declares whether they have a conflict of interest before scoring ${proposalId}`);
  if (declared) throw new DomainError('FORBIDDEN', 'ConflictOfInterest', `${evaluatorId} declared a conflict of interest with proposal ${proposalId}`);
  evaluating(call);
  if (proposal.screening?.eligible === false) throw conflict('ProposalNotEligible', `Proposal ${proposalId} was screened out: ${proposal.screening.reason}`);
  const scores = validScores(data.scores, call.terms.criteria);
  const weighted = weightedScore(call.terms.criteria, scores);
  const type = proposal.scores.has(evaluatorId) ? 'ProposalRescored' : 'ProposalScored';
  return [{ type, data: { proposalId, evaluatorId, scores, weighted } }];
};

/** An appeal is filed from the award's moment until `appealPeriodDays` × 24 hours later, that instant excluded. */
export const appealDeadlineOf = (call: Pick<CallSnapshot, 'awardedAt' | 'terms'>): number | null =>
  call.awardedAt === null ? null : instantOf(call.awardedAt) + call.terms.appealPeriodDays * DAY_MS;

const fileAppeal = (data: FileAppeal['data'], state: Proposal, { now }: CommandContext): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const appealId = identifier(data.appealId, 'appealId');
  const grounds = requiredFreeText(data.grounds, 'grounds');
  const proposal = standing(state, proposalId);
  const call = theCall(data.call, proposal.callId);
  const deadline = appealDeadlineOf(call);
  if (call.status !== 'awarded' || deadline === null) throw conflict('CallNotAwarded', `Call ${call.callId} has not been awarded: there is nothing to appeal yet`);
  if (now.getTime() >= deadline) {
    throw conflict('AppealPeriodOver', `The ${call.terms.appealPeriodDays}-day appeal period after the award of ${call.awardedAt} is over`);
  }
  if (proposal.appeals.size > 0) throw conflict('AppealAlreadyFiled', `Proposal ${proposalId} has already been appealed`);
  return [{ type: 'AppealFiled', data: { proposalId, appealId, grounds } }];
};

const decideAppeal = (data: DecideAppeal['data'], state: Proposal): ProposalEvent[] => {
  const proposalId = identifier(data.proposalId, 'proposalId');
  const appealId = identifier(data.appealId, 'appealId');
  const upheld = decision(data.upheld, 'upheld');
  const reason = requiredFreeText(data.reason, 'reason');
  const appeal = submitted(state, proposalId).appeals.get(appealId);
  if (!appeal) throw notFound('AppealNotFound', `Proposal ${proposalId} has no appeal ${appealId}`);
  if (appeal.decision !== null) throw conflict('AppealAlreadyDecided', `Appeal ${appealId} was already decided`);
  return [{ type: 'AppealDecided', data: { proposalId, appealId, upheld, reason } }];
};

export const proposalDecider: Decider<ProposalCommand, ProposalEvent, Proposal> = { initialState, evolve, decide };

