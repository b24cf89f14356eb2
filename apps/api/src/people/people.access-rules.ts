import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may keep and forget people's data, as the programme states it, written down apart from the person policy (the
 * matrices compare the two). Those who sign people up to platforms and trainings keep their data, wherever the person
 * takes part; forgetting someone, which cannot be undone, is the programme's. Every authenticated reader may look
 * people up by name; the contact and year of birth in the answers are for the keepers only (the resolver masks them).
 */
export const peopleMutationRules: Readonly<Record<string, AccessRule>> = {
  registerPerson: { roles: ['programme-manager', 'administrator', 'municipal-officer', 'platform-moderator'] },
  updatePersonalData: { roles: ['programme-manager', 'administrator', 'municipal-officer', 'platform-moderator'] },
  forgetPerson: { roles: ['programme-manager', 'administrator'] },
};

export const peopleQueryRules: Readonly<Record<string, readonly Role[]>> = {
  person: ROLES,
  people: ROLES,
};
