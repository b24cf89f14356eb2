/** `platforms-meeting-<id>`: one stream per meeting, from its scheduling to its being held or cancelled. */
export const MEETING_STREAM_PREFIX = 'platforms-meeting-';

export const meetingStreamName = (meetingId: string): string => `${MEETING_STREAM_PREFIX}${meetingId}`;
