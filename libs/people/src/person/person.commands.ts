import type { Sex, SealedPersonalData } from './person.events';
import type { PersonalDataInput } from './personal-data';

/**
 * The handler checks `personal` with `checkPersonalData`, seals the result with the vault under `personId`, and
 * passes both: the decider checks the plain data and records only the sealed form.
 */
export type RegisterPerson = {
  type: 'RegisterPerson';
  data: { personId: string; sex: Sex; personal: PersonalDataInput; sealed: SealedPersonalData };
};

export type UpdatePersonalData = {
  type: 'UpdatePersonalData';
  data: { personId: string; personal: PersonalDataInput; sealed: SealedPersonalData };
};

/**
 * After `PersonForgotten` is appended the handler erases the key (`vault.forget`, idempotent). Whatever does so should
 * also do it on a refused repeat (`PersonAlreadyForgotten`), so a crash between the append and the erasure heals.
 */
export type ForgetPerson = {
  type: 'ForgetPerson';
  data: { personId: string; reason: string };
};

export type PersonCommand = RegisterPerson | UpdatePersonalData | ForgetPerson;
