/** `cofinancing-initiative-<id>`: one stream per initiative, from its start to its last disbursement. */
export const INITIATIVE_STREAM_PREFIX = 'cofinancing-initiative-';

export const initiativeStreamName = (initiativeId: string): string => `${INITIATIVE_STREAM_PREFIX}${initiativeId}`;

/** Initiative ids the award process derives; no other start may take one (InitiativeIdReserved). */
export const AWARD_INITIATIVE_ID_PREFIX = 'award-';

/** The id the award process gives the initiative of a funded proposal: the same award always names the same stream. */
export const initiativeIdForAward = (callId: string, proposalId: string): string => `${AWARD_INITIATIVE_ID_PREFIX}${callId}-${proposalId}`;
