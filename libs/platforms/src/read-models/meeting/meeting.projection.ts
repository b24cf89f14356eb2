import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { KEY_SEPARATOR, type Projection } from '@makers/projections';
import { MEETING_EVENT_TYPES, type MeetingEvent } from '../../meeting/meeting.events';
import { utcInstant } from './instant-sort-key';
import {
  createMeetingTables,
  dropMeetingTables,
  MEETING_ATTENDEES,
  MEETING_RESCHEDULES,
  MEETINGS,
  type MeetingReadModelTables,
} from './meeting-read-model.tables';

const EVENT_TYPES: readonly string[] = MEETING_EVENT_TYPES;

const ATTENDEES_PER_INSERT = 200;

const isMeetingEvent = (event: RecordedEvent): event is RecordedEvent & MeetingEvent => EVENT_TYPES.includes(event.type);

/** When a meeting is or was, as a UTC instant, and the key it is listed by. */
const timing = (meetingId: string, dateTime: string) => {
  const at = utcInstant(dateTime);
  return { at_utc: at, sort_key: `${at}${KEY_SEPARATOR}${meetingId}` };
};

/**
 * Meetings with their reschedules, cancellation and, once held, attendance. Attendance is copied from the MeetingHeld
 * event alone (person ids, roles, sex and age group at the meeting's date, never a name), so its figures stay the same
 * when a person is later forgotten. Every write is an upsert or keyed, so an event applied twice leaves the same rows.
 */
export const meetingProjection: Projection<MeetingReadModelTables> = {
  name: 'platforms-meetings',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createMeetingTables(db),
  teardown: (db: Kysely<any>) => dropMeetingTables(db),
  apply: async (trx: Transaction<MeetingReadModelTables>, recorded: RecordedEvent) => {
    if (!isMeetingEvent(recorded)) return;
    const event = recorded as MeetingEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'MeetingScheduled': {
        const { meetingId, platformId, municipalityIds, startsAt, place, agenda } = event.data;
        const row = {
          platform_id: platformId,
          municipality_ids_json: JSON.stringify(municipalityIds),
          state: 'scheduled' as const,
          starts_at: startsAt,
          place,
          agenda_json: JSON.stringify(agenda),
          ...timing(meetingId, startsAt),
          scheduled_at: at,
        };
        await trx
          .insertInto(MEETINGS)
          .values({ meeting_id: meetingId, ...row })
          .onConflict((conflict) => conflict.column('meeting_id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'MeetingRescheduled': {
        const { meetingId, startsAt, place, reason } = event.data;
        const before = await trx.selectFrom(MEETINGS).select(['starts_at', 'place']).where('meeting_id', '=', meetingId).executeTakeFirst();
        await trx
          .insertInto(MEETING_RESCHEDULES)
          .values({
            event_id: recorded.id,
            meeting_id: meetingId,
            position: recorded.position,
            previous_starts_at: before?.starts_at ?? startsAt,
            starts_at: startsAt,
            previous_place: before?.place ?? place,
            place,
            reason,
            recorded_at: at,
          })
          .onConflict((conflict) => conflict.column('event_id').doNothing())
          .execute();
        await trx
          .updateTable(MEETINGS)
          .set({ starts_at: startsAt, place, ...timing(meetingId, startsAt) })
          .where('meeting_id', '=', meetingId)
          .execute();
        return;
      }
      case 'MeetingCancelled':
        await trx.updateTable(MEETINGS).set({ state: 'cancelled', cancellation_reason: event.data.reason }).where('meeting_id', '=', event.data.meetingId).execute();
        return;
      case 'MeetingHeld': {
        const { meetingId, heldAt, attendees, guests, minutes, activeMembers, quorumRequired, quorumMet } = event.data;
        await trx
          .updateTable(MEETINGS)
          .set({
            state: 'held',
            held_at: heldAt,
            guests,
            minutes,
            active_members: activeMembers,
            quorum_required: quorumRequired,
            quorum_met: quorumMet ? 1 : 0,
            attendee_count: attendees.length,
            ...timing(meetingId, heldAt),
          })
          .where('meeting_id', '=', meetingId)
          .execute();
        await trx.deleteFrom(MEETING_ATTENDEES).where('meeting_id', '=', meetingId).execute();
        const rows = attendees.map((attendee, listed) => ({
          meeting_id: meetingId,
          person_id: attendee.personId,
          listed,
          role: attendee.role,
          sex: attendee.sex,
          age_group: attendee.ageGroup,
        }));
        // In slices, to stay under SQLite's limit of bound parameters however large the meeting.
        for (let from = 0; from < rows.length; from += ATTENDEES_PER_INSERT) {
          await trx.insertInto(MEETING_ATTENDEES).values(rows.slice(from, from + ATTENDEES_PER_INSERT)).execute();
        }
        return;
      }
      default:
        assertNever(event);
    }
  },
};
