import { invalidInput, isoDate } from '@makers/kernel';

/**
 * A meeting happens at a moment in a place: an ISO 8601 date-time with its offset (`2021-05-20T18:00:00+02:00`), kept as
 * written. Its calendar date, the one membership, co-chairs and age groups are taken on, is the date as written there,
 * in local time, not the UTC one.
 */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

export const isoDateTime = (value: unknown, field: string): string => {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) {
    throw invalidInput('DateTimeInvalid', `${field} must be an ISO 8601 date-time with its offset, like 2021-05-20T18:00:00+02:00, got ${JSON.stringify(value)}`, field);
  }
  isoDate(match[1], field);
  return value as string;
};

/** The local calendar date of a date-time, as written. */
export const calendarDateOf = (dateTime: string): string => dateTime.slice(0, 10);

export const instantOf = (dateTime: string): number => Date.parse(dateTime);
