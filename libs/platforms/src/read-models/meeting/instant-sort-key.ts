/**
 * A date-time with offset as the UTC instant it names (`2021-05-20T18:00:00+02:00` → `2021-05-20T16:00:00.000Z`):
 * compared as text, these order by time on both databases, whatever offsets the times were written with.
 */
export const utcInstant = (dateTime: string): string => new Date(Date.parse(dateTime)).toISOString();
