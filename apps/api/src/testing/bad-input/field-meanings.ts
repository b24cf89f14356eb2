import { MAX_TEXT_LENGTH } from '@makers/kernel';
import { ALL_FIELD_MEANINGS } from './all-field-meanings';
import { freeText, type FieldMeaning } from './field-meaning';

/**
 * The project's naming conventions (DESIGN.md): money is `…Minor` in integer minor units, dates are `…On` as
 * YYYY-MM-DD, ids are `id` / `…Id` or of type ID.
 */
const byConvention = (field: string, scalar: string): FieldMeaning | undefined => {
  if ((scalar === 'Int' || scalar === 'SafeInt') && /Minor$/.test(field)) return { kind: 'amountMinor' };
  if (scalar === 'String' && /On$/.test(field)) return { kind: 'calendarDate' };
  if ((scalar === 'ID' || scalar === 'String') && /^(id|.+Id)$/.test(field)) return { kind: 'identifier' };
  return undefined;
};

/** The meaning of a scalar field when nothing more is known: every string is text, every ID an identifier. */
const byType = (scalar: string): FieldMeaning => {
  if (scalar === 'String') return freeText(MAX_TEXT_LENGTH);
  if (scalar === 'ID') return { kind: 'identifier' };
  return { kind: 'type' };
};

/** `scalar` is the named type under lists and non-nulls: a scalar's or enum's name, or an input object's. */
export const meaningOf = (inputType: string, field: string, scalar: string): FieldMeaning =>
  ALL_FIELD_MEANINGS[`${inputType}.${field}`] ?? byConvention(field, scalar) ?? byType(scalar);
