/**
 * `platforms-volunteering-<personId>`: one stream per person, so that "at most 24 hours a day per person" is decided
 * within one aggregate, whichever platforms and initiatives the hours went to.
 */
export const VOLUNTEERING_STREAM_PREFIX = 'platforms-volunteering-';

export const volunteeringStreamName = (personId: string): string => `${VOLUNTEERING_STREAM_PREFIX}${personId}`;
