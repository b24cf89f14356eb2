/** `platforms-decisions-<platformId>`: one register per platform, so a decision's id and a priority's id are unique in it. */
export const DECISION_REGISTER_STREAM_PREFIX = 'platforms-decisions-';

export const decisionRegisterStreamName = (platformId: string): string => `${DECISION_REGISTER_STREAM_PREFIX}${platformId}`;
