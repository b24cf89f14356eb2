import { anyOf, type Policy } from '@makers/kernel';
import type { InitiativeCommand } from './initiative.commands';
import type { Initiative } from './initiative.decider';

const undp = anyOf('programme-manager', 'administrator');

/**
 * Initiatives and their money are UNDP's: a programme manager, or the award process manager, which acts as a system
 * identity with the administrator role. A municipal officer signing for the municipality's share is for later (issue 6).
 */
export const initiativePolicy: Policy<InitiativeCommand, Initiative> = {
  StartInitiativeFromAward: undp,
  StartInitiativeFromPriority: undp,
  SignAgreement: undp,
  AmendAgreement: undp,
  DefineTrancheSchedule: undp,
  // Four eyes (the approver is not the requester) is a rule of the decider, which knows who requested.
  RequestDisbursement: undp,
  ApproveDisbursement: undp,
  PayDisbursement: undp,
  RecordRefund: undp,
};
