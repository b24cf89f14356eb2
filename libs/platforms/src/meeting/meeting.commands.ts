import type { Platform } from '../platform/platform.state';
import type { Sex } from '@makers/people';

/**
 * What the holding handler found for an attendee: sex from the person's stream, year of birth opened from the vault
 * (null when the person never gave it or has been forgotten).
 */
export type AttendeeSnapshot = { personId: string; sex: Sex; birthYear: number | null };

export type ScheduleMeeting = {
  type: 'ScheduleMeeting';
  data: {
    meetingId: string;
    platformId: string;
    /** ISO 8601 date-time with offset (`2021-05-20T18:00:00+02:00`). */
    startsAt: string;
    place: string;
    /** At least one item. */
    agenda: string[];
    /** Snapshot: the folded platform stream (`fold(platformDecider, ...)`). */
    platform: Platform;
  };
};

export type RescheduleMeeting = {
  type: 'RescheduleMeeting';
  data: {
    meetingId: string;
    startsAt: string;
    /** Left out: the meeting keeps its place. */
    place?: string | null;
    reason: string;
    /** Snapshot: the folded stream of the meeting's platform. */
    platform: Platform;
  };
};

export type CancelMeeting = { type: 'CancelMeeting'; data: { meetingId: string; reason: string } };

export type HoldMeeting = {
  type: 'HoldMeeting';
  data: {
    meetingId: string;
    /** ISO 8601 date-time with offset; not after the command's time. */
    heldAt: string;
    /** Person ids of the members present, each once. */
    attendance: string[];
    /** Non-members present, a whole number ≥ 0. */
    guests: number;
    minutes: string;
    /** Snapshot: the folded stream of the meeting's platform. */
    platform: Platform;
    /** Snapshot: one entry per person in `attendance`. */
    attendees: AttendeeSnapshot[];
  };
};

export type MeetingCommand = ScheduleMeeting | RescheduleMeeting | CancelMeeting | HoldMeeting;
