import { invalidInput } from './domain-error';
import { CURRENCIES, isCurrency, type Money } from './money';

/**
 * Shape checks the deciders run on every command. The API validates too, but the domain does not trust its edge:
 * a command from the CLI, a test or a future client gets the same BAD_USER_INPUT, naming the field at fault.
 * Text is trimmed and NFC-normalised, never transliterated: "Istočno Novo Sarajevo" and "Источно Ново Сарајево"
 * are kept exactly as written.
 */

export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2000;

/** Ids end up in stream names (`<context>-<aggregate>-<id>`): no blanks, no whitespace, no slashes. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export const identifier = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
    throw invalidInput('IdentifierInvalid', `${field} must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit`, field);
  }
  return value;
};

/** No control characters and no lone surrogates; free text may also hold tabs and line breaks. */
const CONTROL_IN_NAME = /[\p{Cc}\p{Cs}]/u;
const CONTROL_IN_FREE_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/** Whitespace and invisible format characters alone (a zero-width space, a soft hyphen, a BOM) are as blank as nothing. */
const VISIBLE = /[^\s\p{Cf}]/u;

const text = (value: unknown, field: string, maxLength: number, forbidden: RegExp): string => {
  const trimmed = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  if (!VISIBLE.test(trimmed)) throw invalidInput('Required', `${field} must not be blank`, field);
  if (trimmed.length > maxLength) throw invalidInput('TooLong', `${field} must be at most ${maxLength} characters`, field);
  if (forbidden.test(trimmed)) throw invalidInput('ControlCharacters', `${field} must not contain control characters`, field);
  return trimmed;
};

/** A name or label: one line, not blank. */
export const requiredName = (value: unknown, field: string, maxLength = MAX_NAME_LENGTH): string => text(value, field, maxLength, CONTROL_IN_NAME);

/** Absent (`undefined` or `null`) is fine; present but blank is a mistake worth telling. */
export const optionalName = (value: unknown, field: string, maxLength = MAX_NAME_LENGTH): string | null =>
  value === undefined || value === null ? null : requiredName(value, field, maxLength);

/** A description or a reason: line breaks allowed, not blank. */
export const requiredFreeText = (value: unknown, field: string, maxLength = MAX_TEXT_LENGTH): string => text(value, field, maxLength, CONTROL_IN_FREE_TEXT);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as `YYYY-MM-DD` that exists (no 2021-02-30). */
export const isoDate = (value: unknown, field: string): string => {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  const date = match ? new Date(Date.UTC(year, month - 1, day)) : null;
  if (!date || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalidInput('DateInvalid', `${field} must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`, field);
  }
  return value as string;
};

export const positiveWholeNumber = (value: unknown, field: string, rule: string): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalidInput(rule, `${field} must be a positive whole number, got ${JSON.stringify(value)}`, field);
  }
  return value;
};

/**
 * A count or a weight where nothing is a fair answer (no volunteer time yet, a criterion that does not weigh). The caller
 * names the rule, so each field keeps the one its clients know (`VolunteerMinutesInvalid`, `PaperBallotCountInvalid`).
 */
export const wholeNumberAtLeastZero = (value: unknown, field: string, rule: string): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput(rule, `${field} must be a whole number, 0 or more, got ${JSON.stringify(value)}`, field);
  }
  return value;
};

/** A positive amount in integer minor units (USD 425,000 is 42_500_000) of a currency the programme handles. */
export const positiveMoney = (value: unknown, field: string): Money => {
  const candidate = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Money, unknown>>;
  const amountMinor = positiveWholeNumber(candidate.amountMinor, `${field}.amountMinor`, 'AmountNotPositiveMinorUnits');
  if (typeof candidate.currency !== 'string' || !isCurrency(candidate.currency)) {
    throw invalidInput('CurrencyNotSupported', `${field}.currency must be one of ${CURRENCIES.join(', ')}`, `${field}.currency`);
  }
  return { amountMinor, currency: candidate.currency };
};

/** An identity's subject (a token's `sub`: an e-mail address, a URN, an id): printable, one line, at most 256 characters. */
export const subjectId = (value: unknown, field: string): string => requiredName(value, field, 256);
