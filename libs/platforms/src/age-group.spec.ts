import { ageGroupOn, ageOn, isYouth } from './age-group';

describe('youth and age groups', () => {
  it('counts a 30-year-old as youth at a 2021 meeting and as over 30 at a 2022 one', () => {
    expect(isYouth(1991, '2021-11-20T18:00:00+01:00')).toBe(true);
    expect(isYouth(1991, '2022-01-15T18:00:00+01:00')).toBe(false);
    expect(ageGroupOn(1991, '2022-01-15')).toBe('over-30');
  });

  it('counts a 15-year-old as youth', () => expect(ageGroupOn(2006, '2021-06-01')).toBe('15-30'));

  it('puts a 14-year-old under 15, who is not youth', () => {
    expect(ageGroupOn(2007, '2021-06-01')).toBe('under-15');
    expect(isYouth(2007, '2021-06-01')).toBe(false);
  });

  it('takes the age from the year of birth only, whatever the day of the meeting', () => {
    expect(ageOn(2000, '2021-01-01')).toBe(21);
    expect(ageOn(2000, '2021-12-31')).toBe(21);
  });

  it('reads the year as written in the meeting time, not as UTC', () => expect(ageOn(1991, '2022-01-01T00:30:00+01:00')).toBe(31));

  it('puts someone whose year of birth is not known, or who was forgotten, in the unknown group, not among youth', () => {
    expect(ageGroupOn(null, '2021-06-01')).toBe('unknown');
    expect(isYouth(null, '2021-06-01')).toBe(false);
  });
});
