import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may run a platform and read about it, as the programme states it (docs/contexts/platforms.md, "Who may do
 * what"), written down apart from the platform policy and @AllowedRoles that enforce it (the matrices compare them).
 * Forming a platform commits every one of its municipalities, so a municipal officer must act for all of them; its
 * business afterwards (members, co-chairs, quorum, states, milestones) is for officers of any one of its
 * municipalities and for its own moderators. Platforms and their figures are public facts for every reader; who the
 * members are is shown only to those who run the platform (the resolver masks it, see platform-readers.ts).
 */
const stewards: AccessRule = { roles: ['programme-manager', 'administrator'], withinScope: ['municipal-officer', 'platform-moderator'] };

export const platformsMutationRules: Readonly<Record<string, AccessRule>> = {
  formPlatform: { roles: ['programme-manager', 'administrator'], withinScope: ['municipal-officer'] },
  admitMember: stewards,
  recordMemberLeft: stewards,
  nameCoChairs: stewards,
  setQuorumRule: stewards,
  activatePlatform: stewards,
  recordInstitutionalisationMilestone: stewards,
  markPlatformDormant: stewards,
  revivePlatform: stewards,
  closePlatform: stewards,
};

export const platformsQueryRules: Readonly<Record<string, readonly Role[]>> = {
  platform: ROLES,
  platforms: ROLES,
  platformStatistics: ROLES,
};
