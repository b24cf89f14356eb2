import { invalidInput } from './domain-error';
import { isoDate } from './input-rules';

/**
 * Facts are dated by calendar day, in Bosnia and Herzegovina's own time: a member who joined, or a payment made, "today"
 * at 00:30 in Sarajevo is dated today, though it is still yesterday in UTC. The day comes from the command's `now` (or an
 * event's instant), never from the clock.
 */
const SARAJEVO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sarajevo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The ISO date of the Sarajevo day `now` falls on. */
export const todayInBiH = (now: Date): string => SARAJEVO_DAY.format(now);

/** An ISO date that has already come in BiH: facts are recorded after they happen. */
export const pastOrPresentDate = (value: unknown, field: string, now: Date, rule: string): string => {
  const date = isoDate(value, field);
  const today = todayInBiH(now);
  if (date > today) throw invalidInput(rule, `${field} (${date}) is after today (${today})`, field);
  return date;
};
