/** `calls-proposal-<proposalId>`: a proposal's versions, screening, evaluators' declarations and scores, and appeals. */
export const PROPOSAL_STREAM_PREFIX = 'calls-proposal-';

export const proposalStreamName = (proposalId: string): string => `${PROPOSAL_STREAM_PREFIX}${proposalId}`;
