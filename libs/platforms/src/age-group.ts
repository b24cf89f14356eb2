/**
 * Who counts as youth, and the age groups every attendance and enrolment figure is disaggregated by.
 *
 * The BiH youth laws (FBiH, RS, Brčko District) define youth as 15 to 30 years old. Only the year of birth is known,
 * so the age on a date is that date's year minus the year of birth, and it is always taken at the event's own date
 * (the meeting, the training), never today: a 30-year-old at a 2021 meeting stays youth in every later report.
 */
export const AGE_GROUPS = ['under-15', '15-30', 'over-30', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const YOUTH_MIN_AGE = 15;
export const YOUTH_MAX_AGE = 30;

const YEAR = /^(\d{4})-\d{2}-\d{2}/;

/** The year of an ISO date (`2021-06-01`) or date-time (`2021-06-01T18:00:00+02:00`), as written. */
const yearOf = (onDate: string): number => {
  const match = YEAR.exec(onDate);
  if (!match) throw new Error(`Expected an ISO date or date-time, got ${JSON.stringify(onDate)}`);
  return Number(match[1]);
};

/** Age in whole years on `onDate`, from the year of birth only. */
export const ageOn = (birthYear: number, onDate: string): number => yearOf(onDate) - birthYear;

/** The age group on `onDate`; `unknown` when the year of birth was never given or the person has been forgotten. */
export const ageGroupOn = (birthYear: number | null, onDate: string): AgeGroup => {
  if (birthYear === null) return 'unknown';
  const age = ageOn(birthYear, onDate);
  if (age < YOUTH_MIN_AGE) return 'under-15';
  return age <= YOUTH_MAX_AGE ? '15-30' : 'over-30';
};

/** Youth under the BiH youth laws on `onDate`: 15 to 30 years old. An unknown year of birth is not youth. */
export const isYouth = (birthYear: number | null, onDate: string): boolean => ageGroupOn(birthYear, onDate) === '15-30';
