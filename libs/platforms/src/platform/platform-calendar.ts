/**
 * Platform facts are dated by calendar day, in Bosnia and Herzegovina's own time. The Sarajevo-day helpers live in
 * @makers/kernel, shared with co-financing; they are re-exported here for the platform's deciders and its public index.
 */
export { pastOrPresentDate, todayInBiH } from '@makers/kernel';
