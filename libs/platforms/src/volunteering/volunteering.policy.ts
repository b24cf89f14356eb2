import { anyOf, either, hasRole, roleForPlatform, type Permission, type Policy } from '@makers/kernel';
import type { LogVolunteerHours, RejectVolunteerHours, VerifyVolunteerHours, VolunteeringCommand } from './volunteering.commands';
import { entryOf, type Volunteering } from './volunteering.decider';

/**
 * A moderator of the platform the entry's hours went to. For an entry never logged any moderator goes through, so
 * the decider answers NOT_FOUND rather than the policy FORBIDDEN: there is nothing to protect. An entry that names only
 * an initiative has no platform, so only an administrator can decide on it.
 */
const moderatorOfTheEntrysPlatform: Permission<VerifyVolunteerHours | RejectVolunteerHours, Volunteering> = (who, command, state) => {
  if (!hasRole(who, 'platform-moderator')) return false;
  const entry = entryOf(state, command.data.entryId);
  if (entry === null) return true;
  return entry.platformId !== null && who.platformIds.includes(entry.platformId);
};

/**
 * Hours are logged by the programme or by a moderator of the platform they went to; they are verified or rejected by
 * a moderator of that platform (the decider adds: not the one who logged them) or by an administrator.
 */
export const volunteeringPolicy: Policy<VolunteeringCommand, Volunteering> = {
  LogVolunteerHours: either(
    anyOf('programme-manager', 'administrator'),
    roleForPlatform('platform-moderator', (command: LogVolunteerHours) => command.data.platformId ?? undefined),
  ),
  VerifyVolunteerHours: either(anyOf('administrator'), moderatorOfTheEntrysPlatform),
  RejectVolunteerHours: either(anyOf('administrator'), moderatorOfTheEntrysPlatform),
};
