import { invalidInput, isoDate, pastOrPresentDate } from '@makers/kernel';

/** What a date's refusals are named: before the agreement was signed, and after the day of the command. */
type DateRules = { beforeSigning: string; inFuture: string };

/** A value date: when money moved under the agreement (a payment, a refund). */
export const VALUE_DATE_RULES: DateRules = { beforeSigning: 'ValueDateBeforeSigning', inFuture: 'ValueDateInFuture' };

/**
 * A date of something done under the agreement (money paid or refunded, an amendment agreed): not before the agreement
 * was signed, and not after the day the command is sent. Budget execution books it in that date's year.
 */
export const dateUnderAgreement = (value: unknown, field: string, signedOn: string, now: Date, rules: DateRules): string => {
  const date = isoDate(value, field);
  if (date < signedOn) throw invalidInput(rules.beforeSigning, `${field} (${date}) is before the agreement was signed (${signedOn})`, field);
  // Not after the day the command is sent, in BiH's own time (a payment made "today" at 00:30 in Sarajevo is dated today).
  return pastOrPresentDate(date, field, now, rules.inFuture);
};
