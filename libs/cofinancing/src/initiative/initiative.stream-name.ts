/** `cofinancing-initiative-<id>`: one stream per initiative, from its start to its last disbursement. */
export const INITIATIVE_STREAM_PREFIX = 'cofinancing-initiative-';

export const initiativeStreamName = (initiativeId: string): string => `${INITIATIVE_STREAM_PREFIX}${initiativeId}`;

/** The id the award process gives the initiative of a funded proposal: the same award always names the same stream. */
export const initiativeIdForAward = (callId: string, proposalId: string): string => `award-${callId}-${proposalId}`;
