import type { Sex } from '@makers/people';

/** What other contexts may know of a person when a rule needs it: never the name or the contact. */
export interface PersonFacts {
  readonly personId: string;
  readonly sex: Sex;
  /** Opened from the vault; null when not given, or when the person was forgotten. */
  readonly birthYear: number | null;
  readonly forgotten: boolean;
}

/** Looks people up for the handlers of other contexts (attendance, enrolment, membership). */
export interface PersonLookup {
  /** null: no such person was ever registered. */
  find(personId: string): Promise<PersonFacts | null>;
}

export const PERSON_LOOKUP = Symbol('PersonLookup');
