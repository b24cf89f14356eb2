/** `calls-call-<id>`: one stream per call, from its draft to its award or cancellation, every version of its terms in it. */
export const CALL_STREAM_PREFIX = 'calls-call-';

export const callStreamName = (callId: string): string => `${CALL_STREAM_PREFIX}${callId}`;
