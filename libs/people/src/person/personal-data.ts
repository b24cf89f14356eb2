import { invalidInput, optionalName, requiredName } from '@makers/kernel';
import type { SealedPersonalData } from './person.events';

/** What a person tells the programme about themselves, in clear: it travels only inside a sealed blob. */
export interface PersonalData {
  readonly name: string;
  readonly contact: string | null;
  readonly yearOfBirth: number | null;
}

/** As a command carries it: contact and year of birth may be left out. */
export interface PersonalDataInput {
  readonly name: string;
  readonly contact?: string | null;
  readonly yearOfBirth?: number | null;
}

/** An e-mail address, a phone number or a postal address: one line. */
export const MAX_CONTACT_LENGTH = 200;
export const EARLIEST_YEAR_OF_BIRTH = 1900;

/**
 * The personal data checked and normalised (trimmed, NFC, never transliterated). The handler calls it before sealing,
 * and seals what it returns, so the sealed form holds exactly what the decider accepts; the decider checks again.
 * `now` is the command's time: a year of birth may not lie after the command's year.
 */
export const checkPersonalData = (value: unknown, now: Date): PersonalData => {
  if (typeof value !== 'object' || value === null) throw invalidInput('PersonalDataMissing', 'personal must hold at least a name', 'personal');
  const personal = value as Partial<Record<keyof PersonalDataInput, unknown>>;
  const name = requiredName(personal.name, 'personal.name');
  const contact = optionalName(personal.contact, 'personal.contact', MAX_CONTACT_LENGTH);
  const yearOfBirth = checkYearOfBirth(personal.yearOfBirth, now);
  return { name, contact, yearOfBirth };
};

const checkYearOfBirth = (value: unknown, now: Date): number | null => {
  if (value === undefined || value === null) return null;
  const latest = now.getUTCFullYear();
  if (typeof value !== 'number' || !Number.isInteger(value) || value < EARLIEST_YEAR_OF_BIRTH || value > latest) {
    throw invalidInput(
      'YearOfBirthOutOfRange',
      `personal.yearOfBirth must be a whole year from ${EARLIEST_YEAR_OF_BIRTH} to ${latest}, got ${JSON.stringify(value)}`,
      'personal.yearOfBirth',
    );
  }
  return value;
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const base64 = (value: unknown): value is string => typeof value === 'string' && value !== '' && BASE64.test(value);

/**
 * The sealed form, checked for shape only (the domain holds no keys): it refuses a handler that forgot to seal, or
 * passed the plain data where the sealed belongs, before anything reaches the history.
 */
export const checkSealed = (value: unknown): SealedPersonalData => {
  const sealed = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof SealedPersonalData, unknown>>;
  if (sealed.v !== 1 || sealed.alg !== 'A256GCM' || !base64(sealed.iv) || !base64(sealed.ciphertext) || !base64(sealed.tag)) {
    throw invalidInput('SealedPersonalDataInvalid', 'sealed must be the personal data sealed by the vault: { v: 1, alg: A256GCM, iv, ciphertext, tag }', 'sealed');
  }
  return { v: 1, alg: 'A256GCM', iv: sealed.iv, ciphertext: sealed.ciphertext, tag: sealed.tag };
};
