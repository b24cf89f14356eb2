/** `programme-programme-<id>`: one stream per programme, holding its registration and its partnerships. */
export const PROGRAMME_STREAM_PREFIX = 'programme-programme-';

export const programmeStreamName = (programmeId: string): string => `${PROGRAMME_STREAM_PREFIX}${programmeId}`;
