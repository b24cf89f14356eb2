import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';

/** Control characters and lone surrogates (invalid Unicode): never in a name. */
const CONTROL_OR_LONE_SURROGATE = /[\p{Cc}\p{Cs}]/u;
/** The same, but line breaks and tabs are fine in a longer text. */
const CONTROL_EXCEPT_LINE_BREAKS_OR_LONE_SURROGATE = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;
/** Something other than whitespace and invisible format characters (a zero-width space, a soft hyphen, a BOM alone look blank). */
const VISIBLE = /[^\s\p{Cf}]/u;

const Excludes = (pattern: RegExp, what: string) =>
  ValidateBy({
    name: 'excludes',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !pattern.test(value),
      defaultMessage: () => `$property must not contain ${what}`,
    },
  });

/** A short name or label: not blank, printable, at most `max` characters. Diacritics and Cyrillic are welcome. */
export const IsName = (max = 200) =>
  applyDecorators(
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
    Matches(VISIBLE, { message: '$property must not be blank' }),
    Excludes(CONTROL_OR_LONE_SURROGATE, 'control characters or invalid Unicode'),
  );

/** A longer free text (a reason, a description): line breaks allowed, other control characters not. */
export const IsFreeText = (max = 2000) =>
  applyDecorators(
    IsString(),
    MaxLength(max),
    Matches(VISIBLE, { message: '$property must not be blank' }),
    Excludes(CONTROL_EXCEPT_LINE_BREAKS_OR_LONE_SURROGATE, 'control characters or invalid Unicode'),
  );

/** Ids chosen by clients: lowercase slugs or UUIDs, so they are safe in stream names. `{ each: true }` checks every item of a list. */
export const IsIdentifier = (options: ValidationOptions = {}) =>
  applyDecorators(
    IsString(options),
    Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { ...options, message: `${options.each ? 'each of ' : ''}$property must be a lowercase slug or UUID (a-z, 0-9, -; at most 63)` }),
  );

/** A calendar date, YYYY-MM-DD, that exists (no 2023-02-30). */
export const IsCalendarDate = () =>
  applyDecorators(
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a date that exists' }),
  );
