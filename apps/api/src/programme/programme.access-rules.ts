import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may call the programme context's mutations and read its queries, as the programme states it, written down
 * independently of the policies and @AllowedRoles that enforce it (the matrices compare the two). The register of
 * municipalities and the partnerships are UNDP's to keep; programmes and municipalities are public facts.
 */
export const programmeMutationRules: Readonly<Record<string, AccessRule>> = {
  registerProgramme: { roles: ['programme-manager', 'administrator'] },
  registerMunicipality: { roles: ['programme-manager', 'administrator'] },
  addPartnerMunicipality: { roles: ['programme-manager', 'administrator'] },
  removePartnerMunicipality: { roles: ['programme-manager', 'administrator'] },
};

export const programmeQueryRules: Readonly<Record<string, readonly Role[]>> = {
  programme: ROLES,
  programmes: ROLES,
  municipality: ROLES,
  municipalities: ROLES,
};
