/** `platforms-platform-<id>`: one stream per platform, holding its members, co-chairs, quorum rule, states and milestones. */
export const PLATFORM_STREAM_PREFIX = 'platforms-platform-';

export const platformStreamName = (platformId: string): string => `${PLATFORM_STREAM_PREFIX}${platformId}`;
