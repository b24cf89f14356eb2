import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may vote and record paper ballots, and read the tallies and the voters, as the calls design note states it,
 * written down independently of the policy and @AllowedRoles that enforce it (the matrices compare the two).
 *
 * A member of a platform covering the proposal's municipality votes, for themselves; a moderator of such a platform
 * records its paper ballots. Tallies are public. Who voted names members: the programme, administrators and donor
 * auditors read it (never a secret ballot's choice, which no read model holds).
 */
export const ballotsMutationRules: Readonly<Record<string, AccessRule>> = {
  castBallot: { roles: [], withinScope: ['platform-member'] },
  recordPaperBallotTally: { roles: [], withinScope: ['platform-moderator'] },
};

export const ballotsQueryRules: Readonly<Record<string, readonly Role[]>> = {
  proposalTally: ROLES,
  proposalVoters: ['programme-manager', 'administrator', 'donor-auditor'],
};
