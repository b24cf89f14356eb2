/** `people-person-<id>`: one stream per person, in the people context. */
export const PERSON_STREAM_PREFIX = 'people-person-';

export const personStreamName = (personId: string): string => `${PERSON_STREAM_PREFIX}${personId}`;
