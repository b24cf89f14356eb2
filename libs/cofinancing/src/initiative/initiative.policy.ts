import { anyOf, either, roleForMunicipality, type Policy } from '@makers/kernel';
import type { InitiativeCommand, SubmitReport } from './initiative.commands';
import type { Initiative } from './initiative.decider';

const undp = anyOf('programme-manager', 'administrator');

/** The municipality reports on what it co-finances: an officer of the initiative's own municipality (none before it starts). */
const officerOfTheInitiativesMunicipality = roleForMunicipality<SubmitReport, Initiative>('municipal-officer', (_command, state) =>
  state.status === 'started' ? state.municipalityId : undefined,
);

/**
 * Initiatives and their money are UNDP's: a programme manager, or the award process manager, which acts as a system
 * identity with the administrator role. Reports may also come from the initiative's municipality; only UNDP reviews them
 * and closes the initiative. A municipal officer signing for the municipality's share is an open question.
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
  // Rejecting moves no money, so no four eyes: the requester may withdraw their own request.
  RejectDisbursement: undp,
  RecordRefund: undp,
  SubmitReport: either(undp, officerOfTheInitiativesMunicipality),
  // Likewise the reviewer is not whoever submitted the version under review.
  AcceptReport: undp,
  ReturnReport: undp,
  CloseInitiative: undp,
};
