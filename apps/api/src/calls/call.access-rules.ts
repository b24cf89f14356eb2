import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may call the call mutations and read the call queries, as the calls note states it, written down independently
 * of the policy and @AllowedRoles that enforce it (the matrices compare the two). Running a call is UNDP's; calls,
 * their rankings and awards are public (fair, visible rules), though a draft is seen only by programme staff.
 */
const programmeStaff = { roles: ['programme-manager', 'administrator'] } as const satisfies AccessRule;

export const callMutationRules: Readonly<Record<string, AccessRule>> = {
  draftCall: programmeStaff,
  reviseDraft: programmeStaff,
  publishCall: programmeStaff,
  amendCall: programmeStaff,
  assignEvaluator: programmeStaff,
  closeCall: programmeStaff,
  completeEvaluation: programmeStaff,
  awardCall: programmeStaff,
  cancelCall: programmeStaff,
};

export const callQueryRules: Readonly<Record<string, readonly Role[]>> = {
  call: ROLES,
  calls: ROLES,
  ranking: ROLES,
  awards: ROLES,
};
