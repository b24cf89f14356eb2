import { assertNever, conflict, identifier, positiveMoney, requiredName, type Decider, type Money } from '@makers/kernel';
import type { InitiativeCommand, StartInitiativeFromAward } from './initiative.commands';
import type { InitiativeEvent, InitiativeOrigin } from './initiative.events';

/** The folded initiative stream. Issue 6 adds agreement, tranches and disbursements. */
export type Initiative =
  | { status: 'unstarted' }
  | { status: 'started'; initiativeId: string; origin: InitiativeOrigin; municipalityId: string; title: string; amount: Money };

export type InitiativeStatus = Initiative['status'];

export const initialState: Initiative = { status: 'unstarted' };

// A single-event union does not narrow the event itself in `default`; its type does.
export const evolve = (_state: Initiative, event: InitiativeEvent): Initiative => {
  switch (event.type) {
    case 'InitiativeStarted':
      return { status: 'started', ...event.data };
    default:
      return assertNever(event.type);
  }
};

export const decide = (command: InitiativeCommand, state: Initiative): InitiativeEvent[] => {
  switch (command.type) {
    case 'StartInitiativeFromAward':
      return startFromAward(command.data, state);
    default:
      return assertNever(command.type);
  }
};

const startFromAward = (data: StartInitiativeFromAward['data'], state: Initiative): InitiativeEvent[] => {
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  const callId = identifier(data.callId, 'callId');
  const proposalId = identifier(data.proposalId, 'proposalId');
  const municipalityId = identifier(data.municipalityId, 'municipalityId');
  const title = requiredName(data.title, 'title');
  const amount = positiveMoney(data.amount, 'amount');
  // The process manager reads this as "already done": a replayed award starts nothing twice.
  if (state.status !== 'unstarted') throw conflict('InitiativeAlreadyStarted', `Initiative ${initiativeId} has already been started`);
  return [{ type: 'InitiativeStarted', data: { initiativeId, origin: { kind: 'award', callId, proposalId }, municipalityId, title, amount } }];
};

export const initiativeDecider: Decider<InitiativeCommand, InitiativeEvent, Initiative> = { initialState, evolve, decide };
