import {
  assertNever,
  conflict,
  identifier,
  invalidInput,
  notFound,
  requiredFreeText,
  requiredName,
  type CommandContext,
  type Decider,
} from '@makers/kernel';
import { ageGroupOn } from '../age-group';
import { activeMembersOn, bothSeatsFilled, coChairsOn, currentCoChairs, municipalityIdsOf, quorumRequired, type FormedPlatform, type Platform } from '../platform/platform.state';
import type { CancelMeeting, HoldMeeting, MeetingCommand, RescheduleMeeting, ScheduleMeeting } from './meeting.commands';
import type { Attendee, MeetingEvent } from './meeting.events';
import { calendarDateOf, instantOf, isoDateTime } from './meeting-time';

/** Minutes run longer than a reason or a description. */
export const MAX_MINUTES_LENGTH = 20_000;

type MeetingRecord = {
  meetingId: string;
  platformId: string;
  municipalityIds: readonly string[];
  startsAt: string;
  place: string;
  agenda: readonly string[];
};

/** The folded meeting stream; handlers pass it to the decision register as a snapshot (the note's `MeetingState`). */
export type Meeting =
  | { status: 'unscheduled' }
  | (MeetingRecord & { status: 'scheduled' })
  | (MeetingRecord & { status: 'cancelled'; reason: string })
  | (MeetingRecord & {
      status: 'held';
      heldAt: string;
      attendees: readonly Attendee[];
      guests: number;
      minutes: string;
      activeMembers: number;
      quorumRequired: number;
      quorumMet: boolean;
    });

export type MeetingStatus = Meeting['status'];

export const initialState: Meeting = { status: 'unscheduled' };

export const evolve = (state: Meeting, event: MeetingEvent): Meeting => {
  if (event.type === 'MeetingScheduled') return { status: 'scheduled', ...event.data };
  if (state.status === 'unscheduled') return state;
  switch (event.type) {
    case 'MeetingRescheduled':
      return { ...state, startsAt: event.data.startsAt, place: event.data.place };
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled', reason: event.data.reason };
    case 'MeetingHeld': {
      const { heldAt, attendees, guests, minutes, activeMembers, quorumRequired, quorumMet } = event.data;
      return { ...state, status: 'held', heldAt, attendees, guests, minutes, activeMembers, quorumRequired, quorumMet };
    }
    default:
      return assertNever(event);
  }
};

export const decide = (command: MeetingCommand, state: Meeting, context: CommandContext): MeetingEvent[] => {
  switch (command.type) {
    case 'ScheduleMeeting':
      return schedule(command.data, state);
    case 'RescheduleMeeting':
      return reschedule(command.data, state);
    case 'CancelMeeting':
      return cancel(command.data, state);
    case 'HoldMeeting':
      return hold(command.data, state, context);
    default:
      return assertNever(command);
  }
};

const agendaOf = (value: unknown): string[] => {
  if (!Array.isArray(value) || value.length === 0) throw invalidInput('AgendaRequired', 'A meeting has at least one agenda item', 'agenda');
  return value.map((item, index) => requiredFreeText(item, `agenda[${index}]`));
};

/** The platform as the handler found it, checked to be the one the meeting belongs to. */
const platformOf = (platform: Platform | null | undefined, platformId: string): FormedPlatform => {
  if (!platform || platform.status === 'unformed') throw notFound('PlatformNotFound', `Platform ${platformId} has not been formed`);
  // The handler loaded another stream than the meeting's platform: a wiring bug, not the user's mistake.
  if (platform.platformId !== platformId) throw new Error(`A meeting of ${platformId} was given the platform ${platform.platformId}`);
  return platform;
};

/** Meetings are scheduled only by a platform that is running, led by both co-chairs. */
const readyToMeet = (platform: FormedPlatform): void => {
  if (platform.status !== 'active' && platform.status !== 'institutionalised') {
    throw conflict('PlatformNotActive', `Platform ${platform.name} is ${platform.status}: only an active or institutionalised platform schedules meetings`);
  }
  if (!bothSeatsFilled(currentCoChairs(platform))) throw conflict('CoChairsNotNamed', `Platform ${platform.name} has not both co-chairs named`);
};

const schedule = (data: ScheduleMeeting['data'], state: Meeting): MeetingEvent[] => {
  const meetingId = identifier(data.meetingId, 'meetingId');
  const platformId = identifier(data.platformId, 'platformId');
  const startsAt = isoDateTime(data.startsAt, 'startsAt');
  const place = requiredName(data.place, 'place');
  const agenda = agendaOf(data.agenda);
  if (state.status !== 'unscheduled') throw conflict('MeetingAlreadyScheduled', `Meeting ${meetingId} is already scheduled`);
  const platform = platformOf(data.platform, platformId);
  readyToMeet(platform);
  return [{ type: 'MeetingScheduled', data: { meetingId, platformId, municipalityIds: municipalityIdsOf(platform), startsAt, place, agenda } }];
};

/** Rescheduling and cancelling change a meeting still to come; a held or cancelled one is history. */
const scheduled = (state: Meeting, meetingId: string) => {
  if (state.status === 'unscheduled') throw notFound('MeetingNotFound', `Meeting ${meetingId} has not been scheduled`);
  if (state.status !== 'scheduled') throw conflict('MeetingNotScheduled', `Meeting ${meetingId} is ${state.status}, no longer scheduled`);
  return state;
};

const reschedule = (data: RescheduleMeeting['data'], state: Meeting): MeetingEvent[] => {
  const meetingId = identifier(data.meetingId, 'meetingId');
  const startsAt = isoDateTime(data.startsAt, 'startsAt');
  const newPlace = data.place === undefined || data.place === null ? null : requiredName(data.place, 'place');
  const reason = requiredFreeText(data.reason, 'reason');
  const meeting = scheduled(state, meetingId);
  readyToMeet(platformOf(data.platform, meeting.platformId));
  return [{ type: 'MeetingRescheduled', data: { meetingId, startsAt, place: newPlace ?? meeting.place, reason } }];
};

const cancel = (data: CancelMeeting['data'], state: Meeting): MeetingEvent[] => {
  const meetingId = identifier(data.meetingId, 'meetingId');
  const reason = requiredFreeText(data.reason, 'reason');
  scheduled(state, meetingId);
  return [{ type: 'MeetingCancelled', data: { meetingId, reason } }];
};

const attendanceOf = (value: unknown): string[] => {
  if (!Array.isArray(value)) throw invalidInput('AttendanceInvalid', 'attendance must be a list of person ids (possibly empty)', 'attendance');
  const attendance = value.map((personId, index) => identifier(personId, `attendance[${index}]`));
  attendance.forEach((personId, index) => {
    if (attendance.indexOf(personId) !== index) throw invalidInput('AttendeeListedTwice', `${personId} is listed twice`, `attendance[${index}]`);
  });
  return attendance;
};

const hold = (data: HoldMeeting['data'], state: Meeting, { now }: CommandContext): MeetingEvent[] => {
  const meetingId = identifier(data.meetingId, 'meetingId');
  const heldAt = isoDateTime(data.heldAt, 'heldAt');
  if (instantOf(heldAt) > now.getTime()) throw invalidInput('MeetingHeldInTheFuture', `heldAt (${heldAt}) is after now (${now.toISOString()})`, 'heldAt');
  const attendance = attendanceOf(data.attendance);
  if (typeof data.guests !== 'number' || !Number.isSafeInteger(data.guests) || data.guests < 0) {
    throw invalidInput('GuestsInvalid', `guests must be a whole number, 0 or more, got ${JSON.stringify(data.guests)}`, 'guests');
  }
  const minutes = requiredFreeText(data.minutes, 'minutes', MAX_MINUTES_LENGTH);
  if (state.status === 'unscheduled') throw notFound('MeetingNotFound', `Meeting ${meetingId} has not been scheduled`);
  if (state.status === 'cancelled') throw conflict('MeetingCancelled', `Meeting ${meetingId} was cancelled`);
  if (state.status === 'held') throw conflict('MeetingAlreadyHeld', `Meeting ${meetingId} was already held`);
  const platform = platformOf(data.platform, state.platformId);
  if (platform.status === 'closed') throw conflict('PlatformClosed', `Platform ${platform.name} is closed`);
  const onDate = calendarDateOf(heldAt);
  if (!bothSeatsFilled(coChairsOn(platform, onDate))) {
    throw conflict('CoChairsNotNamed', `Platform ${platform.name} did not have both co-chairs on ${onDate}: it could not hold a meeting`);
  }
  const members = activeMembersOn(platform, onDate);
  const attendees: Attendee[] = attendance.map((personId, index) => {
    const membership = members.find((member) => member.personId === personId);
    if (!membership) throw invalidInput('AttendeeNotAMember', `${personId} was not a member of ${platform.name} on ${onDate}`, `attendance[${index}]`);
    const person = data.attendees.find((snapshot) => snapshot.personId === personId);
    if (!person) throw new Error(`HoldMeeting lists ${personId} without what is known about them`);
    return { personId, role: membership.role, sex: person.sex, ageGroup: ageGroupOn(person.birthYear, heldAt) };
  });
  const required = quorumRequired(platform, onDate);
  return [
    {
      type: 'MeetingHeld',
      data: {
        meetingId,
        platformId: platform.platformId,
        heldAt,
        attendees,
        guests: data.guests,
        minutes,
        activeMembers: members.length,
        quorumRequired: required,
        quorumMet: attendees.length >= required,
      },
    },
  ];
};

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, Meeting> = { initialState, evolve, decide };
