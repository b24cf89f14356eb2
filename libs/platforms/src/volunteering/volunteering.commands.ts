import type { FormedPlatform } from '../platform/platform.state';

/**
 * What logging hours needs to know of the platform it names: the handler folds the platform's stream and passes the
 * formed platform, or null when it was never formed. Only its existence matters here; hours count on any platform,
 * dormant or closed ones included, since they record work already done.
 */
export type VolunteeringPlatform = Pick<FormedPlatform, 'platformId'>;

export type LogVolunteerHours = {
  type: 'LogVolunteerHours';
  data: {
    entryId: string;
    personId: string;
    on: string;
    minutes: number;
    platformId?: string | null;
    initiativeId?: string | null;
    activity: string;
    /** The platform named by `platformId`, as the handler found it; null when it is unknown or none is named. */
    platform: VolunteeringPlatform | null;
  };
};

/** `personId` names the stream the entry lives in (`platforms-volunteering-<personId>`). */
export type VerifyVolunteerHours = {
  type: 'VerifyVolunteerHours';
  data: { personId: string; entryId: string };
};

export type RejectVolunteerHours = {
  type: 'RejectVolunteerHours';
  data: { personId: string; entryId: string; reason: string };
};

export type VolunteeringCommand = LogVolunteerHours | VerifyVolunteerHours | RejectVolunteerHours;
