import { assertNever, conflict, identifier, invalidInput, notFound, requiredFreeText, requiredName, type Decider } from '@makers/kernel';
import { instantOf } from '../meeting/meeting-time';
import type { DecisionRegisterCommand, RecordDecision } from './decision-register.commands';
import { DECISION_KINDS, type DecisionKind, type DecisionRegisterEvent, type Votes } from './decision-register.events';

/** Decision texts run longer than a reason. */
export const MAX_DECISION_TEXT_LENGTH = 10_000;

/** A decision is never edited: it stands until a later one supersedes or rescinds it, and then it stays on record. */
export type RegisteredDecision = { decisionId: string; meetingId: string; heldAt: string; kind: DecisionKind } & (
  | { status: 'standing' }
  | { status: 'superseded'; by: string }
  | { status: 'rescinded'; by: string }
);

export type DecisionRegister =
  | { status: 'empty' }
  | {
      status: 'keeping';
      platformId: string;
      decisions: ReadonlyMap<string, RegisteredDecision>;
      /** Each identified priority and the decision that identified it: the priority stands while that decision does. */
      priorities: ReadonlyMap<string, string>;
    };

export const initialState: DecisionRegister = { status: 'empty' };

const withDecision = (state: DecisionRegister, decisionId: string, change: (decision: RegisteredDecision) => RegisteredDecision): DecisionRegister => {
  if (state.status === 'empty') return state;
  const decision = state.decisions.get(decisionId);
  return decision ? { ...state, decisions: new Map(state.decisions).set(decisionId, change(decision)) } : state;
};

export const evolve = (state: DecisionRegister, event: DecisionRegisterEvent): DecisionRegister => {
  switch (event.type) {
    case 'DecisionRecorded': {
      const { platformId, decisionId, meetingId, heldAt, kind } = event.data;
      const register = state.status === 'empty' ? { status: 'keeping' as const, platformId, decisions: new Map(), priorities: new Map<string, string>() } : state;
      return { ...register, decisions: new Map(register.decisions).set(decisionId, { decisionId, meetingId, heldAt, kind, status: 'standing' }) };
    }
    case 'PriorityIdentified':
      return state.status === 'empty' ? state : { ...state, priorities: new Map(state.priorities).set(event.data.priorityId, event.data.decisionId) };
    case 'DecisionSuperseded':
      return withDecision(state, event.data.decisionId, (decision) => ({ ...decision, status: 'superseded', by: event.data.by }));
    case 'DecisionRescinded':
      return withDecision(state, event.data.decisionId, (decision) => ({ ...decision, status: 'rescinded', by: event.data.by }));
    default:
      return assertNever(event);
  }
};

export const decide = (command: DecisionRegisterCommand, state: DecisionRegister): DecisionRegisterEvent[] => {
  switch (command.type) {
    case 'RecordDecision':
      return record(command.data, state);
    default:
      return assertNever(command.type); // a one-command union narrows by its type only
  }
};

const voteCount = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput('VotesInvalid', `${field} must be a whole number, 0 or more, got ${JSON.stringify(value)}`, field);
  }
  return value;
};

const optionalId = (value: unknown, field: string): string | null => (value === undefined || value === null ? null : identifier(value, field));

const record = (data: RecordDecision['data'], state: DecisionRegister): DecisionRegisterEvent[] => {
  const platformId = identifier(data.platformId, 'platformId');
  const decisionId = identifier(data.decisionId, 'decisionId');
  const meetingId = identifier(data.meetingId, 'meetingId');
  if (!(DECISION_KINDS as readonly unknown[]).includes(data.kind)) throw invalidInput('DecisionKindUnknown', `kind must be one of ${DECISION_KINDS.join(', ')}`, 'kind');
  const kind: DecisionKind = data.kind;
  const title = requiredName(data.title, 'title');
  const text = requiredFreeText(data.text, 'text', MAX_DECISION_TEXT_LENGTH);
  const given = (typeof data.votes === 'object' && data.votes !== null ? data.votes : {}) as Partial<Record<keyof Votes, unknown>>;
  const votes: Votes = { for: voteCount(given.for, 'votes.for'), against: voteCount(given.against, 'votes.against'), abstaining: voteCount(given.abstaining, 'votes.abstaining') };
  const hasPriority = data.priority !== undefined && data.priority !== null;
  if (kind === 'local-priority' && !hasPriority) throw invalidInput('PriorityRequired', 'A local-priority decision names the priority it identifies', 'priority');
  if (kind !== 'local-priority' && hasPriority) throw invalidInput('PriorityNotExpected', `A ${kind} decision identifies no priority`, 'priority');
  const priority = hasPriority
    ? {
        priorityId: identifier(data.priority?.priorityId, 'priority.priorityId'),
        title: requiredName(data.priority?.title, 'priority.title'),
        description: requiredFreeText(data.priority?.description, 'priority.description', MAX_DECISION_TEXT_LENGTH),
      }
    : null;
  const supersedes = optionalId(data.supersedes, 'supersedes');
  const rescinds = optionalId(data.rescinds, 'rescinds');
  if (supersedes !== null && supersedes === rescinds) throw invalidInput('SupersedesAndRescindsTheSame', 'A decision cannot both supersede and rescind the same decision', 'rescinds');
  if (supersedes === decisionId || rescinds === decisionId) throw invalidInput('DecisionReplacesItself', 'A decision cannot supersede or rescind itself', supersedes === decisionId ? 'supersedes' : 'rescinds');

  // The register is the platform's: a register loaded for another platform is a wiring bug.
  if (state.status === 'keeping' && state.platformId !== platformId) throw new Error(`The register of ${state.platformId} was asked to record for ${platformId}`);
  const meeting = data.meeting;
  if (!meeting || meeting.status === 'unscheduled') throw notFound('MeetingNotFound', `Meeting ${meetingId} has not been scheduled`);
  if (meeting.meetingId !== meetingId) throw new Error(`RecordDecision at ${meetingId} was given the meeting ${meeting.meetingId}`);
  if (meeting.platformId !== platformId) throw invalidInput('MeetingOfAnotherPlatform', `Meeting ${meetingId} is a meeting of ${meeting.platformId}, not of ${platformId}`, 'meetingId');
  if (meeting.status !== 'held') throw conflict('MeetingNotHeld', `Meeting ${meetingId} is ${meeting.status}: decisions are taken at a held meeting`);
  if (!meeting.quorumMet) {
    throw conflict('QuorumNotMet', `Meeting ${meetingId} missed quorum (${meeting.attendees.length} of the ${meeting.quorumRequired} members needed): it decided nothing`);
  }
  const cast = votes.for + votes.against + votes.abstaining;
  if (cast > meeting.attendees.length) throw invalidInput('MoreVotesThanAttendees', `${cast} votes counted, but only ${meeting.attendees.length} members attended`, 'votes');

  const decisions = state.status === 'keeping' ? state.decisions : new Map<string, RegisteredDecision>();
  if (decisions.has(decisionId)) throw conflict('DecisionAlreadyRecorded', `Decision ${decisionId} is already recorded; a decision is never edited`);
  if (priority && state.status === 'keeping' && state.priorities.has(priority.priorityId)) {
    throw conflict('PriorityAlreadyIdentified', `Priority ${priority.priorityId} is already identified`);
  }
  const standing = (targetId: string, field: 'supersedes' | 'rescinds'): void => {
    const target = decisions.get(targetId);
    if (!target) throw notFound('DecisionNotFound', `Decision ${targetId} is not in the register of ${platformId}`);
    if (target.status !== 'standing') throw conflict('DecisionNotStanding', `Decision ${targetId} was already ${target.status} by ${target.by}`);
    if (instantOf(target.heldAt) > instantOf(meeting.heldAt)) {
      throw conflict('DecisionPredatesTarget', `Decision ${decisionId} was taken before ${targetId}; only a later decision ${field} an earlier one`);
    }
  };
  if (supersedes !== null) standing(supersedes, 'supersedes');
  if (rescinds !== null) standing(rescinds, 'rescinds');

  const events: DecisionRegisterEvent[] = [
    { type: 'DecisionRecorded', data: { platformId, decisionId, meetingId, heldAt: meeting.heldAt, kind, title, text, votes, supersedes, rescinds } },
  ];
  if (priority) events.push({ type: 'PriorityIdentified', data: { platformId, priorityId: priority.priorityId, decisionId, title: priority.title, description: priority.description } });
  if (supersedes !== null) events.push({ type: 'DecisionSuperseded', data: { platformId, decisionId: supersedes, by: decisionId } });
  if (rescinds !== null) events.push({ type: 'DecisionRescinded', data: { platformId, decisionId: rescinds, by: decisionId } });
  return events;
};

/** Whether a decision of the register still stands. */
export const isStanding = (register: DecisionRegister, decisionId: string): boolean =>
  register.status === 'keeping' && register.decisions.get(decisionId)?.status === 'standing';

/**
 * Whether a priority of the register stands, for calls and co-financed initiatives that name it: true while the decision
 * that identified it stands, false once that decision is superseded or rescinded, null when the register never
 * identified such a priority.
 */
export const priorityStanding = (register: DecisionRegister, priorityId: string): boolean | null => {
  if (register.status !== 'keeping') return null;
  const decisionId = register.priorities.get(priorityId);
  return decisionId === undefined ? null : isStanding(register, decisionId);
};

export const decisionRegisterDecider: Decider<DecisionRegisterCommand, DecisionRegisterEvent, DecisionRegister> = { initialState, evolve, decide };
