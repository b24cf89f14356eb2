/**
 * The calendar date a moment falls on in Bosnia and Herzegovina. Rules such as "a training cannot be held in the
 * future" compare a date typed by someone in Travnik or Bijeljina with the command's time: compared in UTC, a training
 * recorded at 00:30 on the day it ended would be refused as not yet held. Pure: the moment comes from the command's
 * context, and the time zone's rules are the runtime's, not the clock's.
 */
const BOSNIA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sarajevo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD`, comparable as a string with `isoDate` values. */
export const dateInBosnia = (moment: Date): string => BOSNIA.format(moment);
