import { name, type FieldMeaning } from '../testing/bad-input/field-meaning';

/**
 * What the ballot inputs mean, where their types and names do not tell (see bad-input/field-meanings.ts). The paper
 * counts are Ints from 0 (checked by class-validator and the domain); the document link is any text that is not an
 * https link of at most 2000 characters, and every bad text is one.
 */
export const ballotsFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'PaperBallotEvidenceInput.reference': name(),
};
