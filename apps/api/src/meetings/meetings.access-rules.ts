import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may call the meeting and decision mutations and read their queries, as the programme states it, written down
 * independently of the policies and @AllowedRoles that enforce them (the matrices compare the two). A platform's
 * meetings and decisions are recorded by those who run its business: programme managers, administrators, municipal
 * officers of one of its municipalities, moderators of that platform. Meetings, decisions and priorities are public
 * to every authenticated role; who attended, by name, is not (see attendee-access.ts): that is a field, not a query.
 */
const stewards: AccessRule = { roles: ['programme-manager', 'administrator'], withinScope: ['municipal-officer', 'platform-moderator'] };

export const meetingsMutationRules: Readonly<Record<string, AccessRule>> = {
  scheduleMeeting: stewards,
  rescheduleMeeting: stewards,
  cancelMeeting: stewards,
  holdMeeting: stewards,
  recordDecision: stewards,
};

export const meetingsQueryRules: Readonly<Record<string, readonly Role[]>> = {
  meeting: ROLES,
  meetings: ROLES,
  decisions: ROLES,
  priorities: ROLES,
};
