// The platforms context's public face.

// Youth and age groups (BiH youth laws: 15 to 30, at the event's date), and sex, for disaggregated figures.
export { AGE_GROUPS, YOUTH_MAX_AGE, YOUTH_MIN_AGE, ageGroupOn, ageOn, isYouth } from './age-group';
export type { AgeGroup } from './age-group';
export { SEXES, isSex } from './sex';
export type { Sex } from './sex';
