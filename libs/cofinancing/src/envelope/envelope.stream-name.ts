/**
 * `cofinancing-envelope-<programmeId>`: one stream per programme, so every reservation against its envelope is appended
 * with the stream's expected revision and two agreements signed at once cannot both pass the check.
 */
export const ENVELOPE_STREAM_PREFIX = 'cofinancing-envelope-';

export const envelopeStreamName = (programmeId: string): string => `${ENVELOPE_STREAM_PREFIX}${programmeId}`;
