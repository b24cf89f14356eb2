import type { Kysely } from 'kysely';
import { invalidInput } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import { SEXES, type Sex } from '@makers/people';
import { AGE_GROUPS, type AgeGroup } from '../../age-group';
import { isoDateTime } from '../../meeting/meeting-time';
import type { MemberRole } from '../../platform/platform.events';
import { utcInstant } from './instant-sort-key';
import {
  MEETING_ATTENDEES,
  MEETING_RESCHEDULES,
  MEETINGS,
  type MeetingReadModelTables,
  type MeetingRescheduleRow,
  type MeetingRow,
} from './meeting-read-model.tables';

export const MEETING_STATES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export interface MeetingRescheduleView {
  /** The start it had before, and the one it has from then on (ISO 8601 with offset, as written). */
  readonly previousStartsAt: string;
  readonly startsAt: string;
  readonly previousPlace: string;
  readonly place: string;
  readonly reason: string;
  /** When the reschedule was recorded. */
  readonly recordedAt: string;
}

export interface MeetingView {
  readonly id: string;
  readonly platformId: string;
  /** The platform's municipalities when the meeting was scheduled. */
  readonly municipalityIds: string[];
  readonly state: MeetingState;
  /** The latest start, as written, with its offset. */
  readonly startsAt: string;
  readonly place: string;
  readonly agenda: string[];
  /** Oldest first. */
  readonly reschedules: MeetingRescheduleView[];
  readonly cancellationReason: string | null;
  /** The rest is null until the meeting is held. */
  readonly heldAt: string | null;
  readonly attendeeCount: number | null;
  readonly guests: number | null;
  readonly minutes: string | null;
  readonly activeMembers: number | null;
  readonly quorumRequired: number | null;
  readonly quorumMet: boolean | null;
  readonly scheduledAt: string;
}

/** A member present, as the MeetingHeld event recorded them: no name. */
export interface MeetingAttendeeView {
  readonly personId: string;
  readonly role: MemberRole;
  readonly sex: Sex;
  readonly ageGroup: AgeGroup;
}

/** A held meeting's attendance, disaggregated as the programme's results framework asks: by sex and by age group. */
export interface MeetingAttendanceView {
  /** Members present. */
  readonly members: number;
  /** Non-members present: counted, never disaggregated. */
  readonly guests: number;
  readonly total: number;
  /** Members aged 15 to 30 at the meeting's date (BiH youth laws). */
  readonly youth: number;
  /** Every sex × age group cell, zeros included, in the order of SEXES and AGE_GROUPS. */
  readonly bySexAndAgeGroup: { sex: Sex; ageGroup: AgeGroup; count: number }[];
  readonly bySex: { sex: Sex; count: number }[];
  readonly byAgeGroup: { ageGroup: AgeGroup; count: number }[];
}

export interface ListMeetingsOptions extends PageRequest {
  readonly platformId?: string | null;
  readonly state?: MeetingState | null;
  /** Meetings at or after this date-time (with offset): held ones by when they were held, the others by their start. */
  readonly from?: string | null;
  /** Meetings before this date-time (exclusive). */
  readonly to?: string | null;
}

const toRescheduleView = (row: MeetingRescheduleRow): MeetingRescheduleView => ({
  previousStartsAt: row.previous_starts_at,
  startsAt: row.starts_at,
  previousPlace: row.previous_place,
  place: row.place,
  reason: row.reason,
  recordedAt: row.recorded_at,
});

const toMeetingView = (row: MeetingRow, reschedules: MeetingRescheduleView[]): MeetingView => ({
  id: row.meeting_id,
  platformId: row.platform_id,
  municipalityIds: JSON.parse(row.municipality_ids_json) as string[],
  state: row.state,
  startsAt: row.starts_at,
  place: row.place,
  agenda: JSON.parse(row.agenda_json) as string[],
  reschedules,
  cancellationReason: row.cancellation_reason,
  heldAt: row.held_at,
  attendeeCount: row.attendee_count === null ? null : Number(row.attendee_count),
  guests: row.guests === null ? null : Number(row.guests),
  minutes: row.minutes,
  activeMembers: row.active_members === null ? null : Number(row.active_members),
  quorumRequired: row.quorum_required === null ? null : Number(row.quorum_required),
  quorumMet: row.quorum_met === null ? null : Number(row.quorum_met) === 1,
  scheduledAt: row.scheduled_at,
});

/** The reschedules of some meetings, oldest first, by meeting. */
const reschedulesOf = async (db: Kysely<MeetingReadModelTables>, meetingIds: string[]): Promise<Map<string, MeetingRescheduleView[]>> => {
  const byMeeting = new Map<string, MeetingRescheduleView[]>(meetingIds.map((id) => [id, []]));
  if (meetingIds.length === 0) return byMeeting;
  const rows = await db.selectFrom(MEETING_RESCHEDULES).selectAll().where('meeting_id', 'in', meetingIds).orderBy('position').execute();
  for (const row of rows) byMeeting.get(row.meeting_id)?.push(toRescheduleView(row));
  return byMeeting;
};

export const getMeeting = async (db: Kysely<any>, meetingId: string): Promise<MeetingView | null> => {
  const meetings = db as Kysely<MeetingReadModelTables>;
  const row = await meetings.selectFrom(MEETINGS).selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!row) return null;
  return toMeetingView(row, (await reschedulesOf(meetings, [meetingId])).get(meetingId) ?? []);
};

const isMeetingState = (value: unknown): value is MeetingState => (MEETING_STATES as readonly unknown[]).includes(value);

/** Meetings in time order (earliest first: held ones by when they were held, the others by their start), keyset-paginated. */
export const listMeetings = async (db: Kysely<any>, options: ListMeetingsOptions): Promise<Page<MeetingView>> => {
  const size = pageSize(options.first);
  const { platformId, state, from, to, after } = options;
  if (state != null && !isMeetingState(state)) throw invalidInput('MeetingStateUnknown', `state must be one of ${MEETING_STATES.join(', ')}`, 'state');
  const meetings = db as Kysely<MeetingReadModelTables>;

  let filtered = meetings.selectFrom(MEETINGS);
  if (platformId != null) filtered = filtered.where('platform_id', '=', platformId);
  if (state != null) filtered = filtered.where('state', '=', state);
  if (from != null) filtered = filtered.where('at_utc', '>=', utcInstant(isoDateTime(from, 'from')));
  if (to != null) filtered = filtered.where('at_utc', '<', utcInstant(isoDateTime(to, 'to')));
  let page = filtered.selectAll();
  if (after) page = page.where('sort_key', '>', decodeCursor('meetings', after, 1)[0]);

  const [rows, total] = await Promise.all([
    page.orderBy('sort_key').limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const reschedules = await reschedulesOf(meetings, rows.slice(0, size).map((row) => row.meeting_id));
  return toPage(rows, size, Number(total.count), (row) => toMeetingView(row, reschedules.get(row.meeting_id) ?? []), (row) => encodeCursor('meetings', [row.sort_key]));
};

/** The members present at a held meeting, in the order the attendance listed them; empty before it is held. */
export const listMeetingAttendees = async (db: Kysely<any>, meetingId: string): Promise<MeetingAttendeeView[]> => {
  const rows = await (db as Kysely<MeetingReadModelTables>).selectFrom(MEETING_ATTENDEES).selectAll().where('meeting_id', '=', meetingId).orderBy('listed').execute();
  return rows.map((row) => ({ personId: row.person_id, role: row.role as MemberRole, sex: row.sex as Sex, ageGroup: row.age_group as AgeGroup }));
};

/**
 * A held meeting's attendance by sex and age group, counted from what the MeetingHeld event recorded (sex and age
 * group at the meeting's date): forgetting a person later changes none of it. Null when the meeting was not held.
 */
export const getMeetingAttendance = async (db: Kysely<any>, meetingId: string): Promise<MeetingAttendanceView | null> => {
  const meetings = db as Kysely<MeetingReadModelTables>;
  const meeting = await meetings.selectFrom(MEETINGS).select(['state', 'guests']).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!meeting || meeting.state !== 'held') return null;
  const cells = await meetings
    .selectFrom(MEETING_ATTENDEES)
    .select(['sex', 'age_group', (eb) => eb.fn.countAll<number>().as('count')])
    .where('meeting_id', '=', meetingId)
    .groupBy(['sex', 'age_group'])
    .execute();
  const countOf = (sex: Sex | null, ageGroup: AgeGroup | null) =>
    cells
      .filter((cell) => (sex === null || cell.sex === sex) && (ageGroup === null || cell.age_group === ageGroup))
      .reduce((sum, cell) => sum + Number(cell.count), 0);
  const members = countOf(null, null);
  const guests = Number(meeting.guests ?? 0);
  return {
    members,
    guests,
    total: members + guests,
    youth: countOf(null, '15-30'),
    bySexAndAgeGroup: SEXES.flatMap((sex) => AGE_GROUPS.map((ageGroup) => ({ sex, ageGroup, count: countOf(sex, ageGroup) }))),
    bySex: SEXES.map((sex) => ({ sex, count: countOf(sex, null) })),
    byAgeGroup: AGE_GROUPS.map((ageGroup) => ({ ageGroup, count: countOf(null, ageGroup) })),
  };
};
