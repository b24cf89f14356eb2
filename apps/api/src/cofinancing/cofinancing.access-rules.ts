import { ROLES, type Role } from '@makers/kernel';

/**
 * Who may read the co-financing context's queries, written down independently of the @AllowedRoles that enforce it.
 * Initiatives are public facts of the programme: what was funded, where, from which award. It has no mutations yet:
 * initiatives are started by the award process.
 */
export const cofinancingQueryRules: Readonly<Record<string, readonly Role[]>> = {
  initiative: ROLES,
  initiatives: ROLES,
};
