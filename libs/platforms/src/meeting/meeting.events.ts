import type { AgeGroup } from '../age-group';
import type { MemberRole } from '../platform/platform.events';
import type { Sex } from '@makers/people';

export type MeetingScheduled = {
  type: 'MeetingScheduled';
  data: {
    meetingId: string;
    platformId: string;
    /** The platform's municipalities when scheduled: who may act on the meeting, and its place in municipal figures. */
    municipalityIds: string[];
    /** ISO 8601 date-time with offset, as written. */
    startsAt: string;
    place: string;
    agenda: string[];
  };
};

export type MeetingRescheduled = {
  type: 'MeetingRescheduled';
  /** `place` is the place from now on: the new one, or the one it had. */
  data: { meetingId: string; startsAt: string; place: string; reason: string };
};

export type MeetingCancelled = { type: 'MeetingCancelled'; data: { meetingId: string; reason: string } };

/** One member present: role, sex and age group as they were on the meeting's date; no name. */
export type Attendee = { personId: string; role: MemberRole; sex: Sex; ageGroup: AgeGroup };

export type MeetingHeld = {
  type: 'MeetingHeld';
  data: {
    meetingId: string;
    platformId: string;
    /** When it was held (ISO 8601 with offset), never after the command's time. */
    heldAt: string;
    /**
     * Members present. Age groups are computed at `heldAt` and stored here, so attendance figures survive a
     * person being forgotten.
     */
    attendees: Attendee[];
    /** People present who are not members; they count for nothing but the record. */
    guests: number;
    minutes: string;
    /** Members active on the meeting's date, and the quorum they made by the platform's rule. */
    activeMembers: number;
    quorumRequired: number;
    quorumMet: boolean;
  };
};

export type MeetingEvent = MeetingScheduled | MeetingRescheduled | MeetingCancelled | MeetingHeld;

export const MEETING_EVENT_TYPES: readonly MeetingEvent['type'][] = ['MeetingScheduled', 'MeetingRescheduled', 'MeetingCancelled', 'MeetingHeld'];
