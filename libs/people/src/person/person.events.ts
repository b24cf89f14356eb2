/**
 * Sex is kept in clear: it identifies no one by itself, and every figure disaggregated by sex (attendance, trainings)
 * needs it after a person is forgotten.
 */
export const SEXES = ['female', 'male', 'other', 'undisclosed'] as const;
export type Sex = (typeof SEXES)[number];

export const isSex = (value: unknown): value is Sex => (SEXES as readonly unknown[]).includes(value);

/**
 * Personal data as an event may hold it: sealed with the person's own key by the vault (`@makers/vault`'s `Sealed`,
 * the same shape, declared here so the domain needs no cryptography). Without the key it is noise.
 */
export interface SealedPersonalData {
  readonly v: 1;
  readonly alg: 'A256GCM';
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export type PersonRegistered = {
  type: 'PersonRegistered';
  /** No name, contact or year of birth in clear: only their sealed form. */
  data: { personId: string; sex: Sex; sealed: SealedPersonalData };
};

export type PersonalDataUpdated = {
  type: 'PersonalDataUpdated';
  data: { personId: string; sealed: SealedPersonalData };
};

/**
 * The person's key is erased once this is appended. The reason given is not kept: free text could name the person
 * and would then stand forever in an immutable history. Who forgot them, and when, is in the event's metadata.
 */
export type PersonForgotten = {
  type: 'PersonForgotten';
  data: { personId: string };
};

export type PersonEvent = PersonRegistered | PersonalDataUpdated | PersonForgotten;

export const PERSON_EVENT_TYPES: readonly PersonEvent['type'][] = ['PersonRegistered', 'PersonalDataUpdated', 'PersonForgotten'];
