/**
 * A length of volunteer time: whole minutes, which every sum is made of, and hours for reading, to two decimal places
 * (rounded half up), computed from the minutes in integers so that no float ever stands in for an amount of work.
 */
export interface VolunteerTime {
  readonly minutes: number;
  /** `minutes ÷ 60` to two decimal places, as text: 90 minutes is "1.50", 20 minutes "0.33". */
  readonly hours: string;
}

export const volunteerTime = (minutes: number): VolunteerTime => {
  const hundredths = Math.floor((minutes * 100 + 30) / 60);
  return { minutes, hours: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}` };
};
