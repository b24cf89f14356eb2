import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may call the capacity context's mutations and read its queries, as the programme states it, written down
 * independently of the policies and @AllowedRoles that enforce it (the matrices compare the two).
 *
 * Trainings are UNDP's own capacity building. Volunteer hours are logged by the programme or by a moderator of the
 * platform they went to, and vouched for (verified or rejected) by a moderator of that platform (never the one who
 * logged them) or an administrator. Trainings and the sums of hours name nobody: every role reads them. Entries name
 * persons, so they are read by the programme, donor auditors, and within their scope by moderators and municipal
 * officers (the query answers those only their platforms' and municipalities' entries).
 */
export const capacityMutationRules: Readonly<Record<string, AccessRule>> = {
  scheduleTraining: { roles: ['programme-manager', 'administrator'] },
  enrolParticipant: { roles: ['programme-manager', 'administrator'] },
  recordTrainingHeld: { roles: ['programme-manager', 'administrator'] },
  recordCompletion: { roles: ['programme-manager', 'administrator'] },
  logVolunteerHours: { roles: ['programme-manager', 'administrator'], withinScope: ['platform-moderator'] },
  verifyVolunteerHours: { roles: ['administrator'], withinScope: ['platform-moderator'] },
  rejectVolunteerHours: { roles: ['administrator'], withinScope: ['platform-moderator'] },
};

export const capacityQueryRules: Readonly<Record<string, readonly Role[]>> = {
  training: ROLES,
  trainings: ROLES,
  volunteerHours: ['programme-manager', 'administrator', 'donor-auditor', 'platform-moderator', 'municipal-officer'],
  volunteerHoursSummary: ROLES,
};
