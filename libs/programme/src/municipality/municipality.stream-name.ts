/** `programme-municipality-<id>`: one stream per municipality, in the programme context. */
export const MUNICIPALITY_STREAM_PREFIX = 'programme-municipality-';

export const municipalityStreamName = (municipalityId: string): string => `${MUNICIPALITY_STREAM_PREFIX}${municipalityId}`;
