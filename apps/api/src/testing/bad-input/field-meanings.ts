import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '@makers/kernel';

/**
 * What a field means, beyond its GraphQL type: it decides which values are bad for it. A String may be a name (one
 * line, short), a free text (line breaks allowed, longer), an id or a date; an Int may be a count or an amount.
 * Only values that are wrong for *every* field of that meaning are generated, so a valid value is never counted as bad.
 */
export type FieldMeaning =
  /** Any string: not blank, no control characters (tabs and line breaks allowed), no lone surrogates, at most `maxLength`. */
  | { readonly kind: 'text'; readonly maxLength: number; readonly lineBreaks: boolean }
  /** A client-chosen id: a lowercase slug or UUID. */
  | { readonly kind: 'identifier' }
  /** A calendar date as YYYY-MM-DD that exists. */
  | { readonly kind: 'calendarDate' }
  /** Money in integer minor units: positive and a safe integer. */
  | { readonly kind: 'amountMinor' }
  /** A whole number of things, at least 1 and at most `max`. */
  | { readonly kind: 'positiveCount'; readonly max: number }
  /** A list that holds at most `maxItems`. */
  | { readonly kind: 'list'; readonly maxItems: number }
  /** Nothing beyond the GraphQL type: only values the type itself refuses are bad. */
  | { readonly kind: 'type' };

const name = (maxLength = MAX_NAME_LENGTH): FieldMeaning => ({ kind: 'text', maxLength, lineBreaks: false });
const freeText = (maxLength = MAX_TEXT_LENGTH): FieldMeaning => ({ kind: 'text', maxLength, lineBreaks: true });

/**
 * Where the type and the naming conventions below do not tell the meaning, keyed by `InputType.field`. A mutation
 * added later gets sensible bad values from its types and names; add a line here when a field means more (a name
 * with its own limit, a count with a ceiling) or when a generated value turns out to be legitimately valid for it.
 */
export const FIELD_MEANINGS: Readonly<Record<string, FieldMeaning>> = {
  'RegisterProgrammeInput.name': name(),
  'RegisterProgrammeInput.donor': name(),
  'RegisterProgrammeInput.sector': name(),
  'RegisterProgrammeInput.targets': { kind: 'list', maxItems: 50 },
  'ProgrammeTargetInput.code': { kind: 'identifier' },
  'ProgrammeTargetInput.description': freeText(500),
  'ProgrammeTargetInput.minimum': { kind: 'positiveCount', max: 1_000_000 },
  'RegisterMunicipalityInput.name': name(120),
  'RegisterMunicipalityInput.nameCyrillic': name(120),
  'RemovePartnerMunicipalityInput.reason': freeText(),
};

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
  FIELD_MEANINGS[`${inputType}.${field}`] ?? byConvention(field, scalar) ?? byType(scalar);
