import { anyOf, type Policy } from '@makers/kernel';
import type { PersonCommand } from './person.commands';
import type { Person } from './person.decider';

/**
 * Those who sign people up to platforms and trainings keep their data; forgetting someone, which cannot be undone,
 * is for the programme.
 */
export const personPolicy: Policy<PersonCommand, Person> = {
  RegisterPerson: anyOf('programme-manager', 'administrator', 'municipal-officer', 'platform-moderator'),
  UpdatePersonalData: anyOf('programme-manager', 'administrator', 'municipal-officer', 'platform-moderator'),
  ForgetPerson: anyOf('programme-manager', 'administrator'),
};
