import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may call the co-financing mutations and read its queries, as the co-financing note states it, written down
 * independently of the initiative policy that enforces it (the matrices compare the two). Initiatives and their money
 * are UNDP's: programme managers and administrators start them, sign and amend agreements, schedule, request, approve,
 * reject and pay tranches, record refunds, review reports and close. A report may also come from an officer of the
 * initiative's own municipality. The award process starts award initiatives itself: that has no mutation.
 */
const programmeStaff = { roles: ['programme-manager', 'administrator'] } as const satisfies AccessRule;

export const cofinancingMutationRules: Readonly<Record<string, AccessRule>> = {
  startInitiativeFromPriority: programmeStaff,
  signAgreement: programmeStaff,
  amendAgreement: programmeStaff,
  defineTrancheSchedule: programmeStaff,
  requestDisbursement: programmeStaff,
  approveDisbursement: programmeStaff,
  rejectDisbursement: programmeStaff,
  payDisbursement: programmeStaff,
  recordRefund: programmeStaff,
  submitReport: { roles: ['programme-manager', 'administrator'], withinScope: ['municipal-officer'] },
  acceptReport: programmeStaff,
  returnReport: programmeStaff,
  closeInitiative: programmeStaff,
};

/**
 * Money and agreements are programme facts donors audit: every role reads initiatives, their agreements, tranches,
 * disbursements, refunds and reports, the envelope and the execution by year. Who acted on them (identity subjects) is
 * nulled field by field for all but programme managers, administrators and donor auditors (acting-person-readers.ts).
 */
export const cofinancingQueryRules: Readonly<Record<string, readonly Role[]>> = {
  initiative: ROLES,
  initiatives: ROLES,
  initiativeAgreement: ROLES,
  initiativeTranches: ROLES,
  initiativeDisbursements: ROLES,
  initiativeRefunds: ROLES,
  initiativeReports: ROLES,
  envelope: ROLES,
  budgetExecution: ROLES,
  budgetExecutionYears: ROLES,
};
