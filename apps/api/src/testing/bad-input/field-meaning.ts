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

export const name = (maxLength = MAX_NAME_LENGTH): FieldMeaning => ({ kind: 'text', maxLength, lineBreaks: false });
export const freeText = (maxLength = MAX_TEXT_LENGTH): FieldMeaning => ({ kind: 'text', maxLength, lineBreaks: true });

