import { identifier, notFound } from '@makers/kernel';
import { refuseClosed } from './closed-initiative';
import type { Initiative } from './initiative.decider';

/** The initiative a command names, once started (else NOT_FOUND InitiativeNotFound). */
export const startedInitiative = (state: Initiative, initiativeIdValue: unknown) => {
  const initiativeId = identifier(initiativeIdValue, 'initiativeId');
  if (state.status !== 'started') throw notFound('InitiativeNotFound', `Initiative ${initiativeId} has not been started`);
  return state;
};

/** Started and not closed: after close-out the agreement, tranches, disbursements and reports are settled. */
export const openInitiative = (state: Initiative, initiativeIdValue: unknown) => {
  const initiative = startedInitiative(state, initiativeIdValue);
  refuseClosed(initiative);
  return initiative;
};
