import { anyOf, type Policy } from '@makers/kernel';
import type { InitiativeCommand } from './initiative.commands';
import type { Initiative } from './initiative.decider';

/**
 * Starting an initiative is UNDP's: a programme manager, or the award process manager, which acts as a system
 * identity with the administrator role.
 */
export const initiativePolicy: Policy<InitiativeCommand, Initiative> = {
  StartInitiativeFromAward: anyOf('programme-manager', 'administrator'),
};
