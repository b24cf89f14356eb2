import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { findPeople } from '@makers/people';
import { getMeeting, getMeetingAttendance, listMeetingAttendees, listMeetings, type MeetingView } from '@makers/platforms';
import type { ReadModelDatabase } from '@makers/projections';
import type { ApiRequest } from '../auth/request-identity';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { ageGroupCode } from '../capacity/capacity.types';
import { sexCode } from '../people/people.types';
import type { MemberRoleCode } from '../platforms/platforms.types';
import { Metadata } from '../request/command-metadata';
import { mayListAttendees } from './attendee-access';
import { ExecuteMeetingCommand } from './meetings.commands';
import { CancelMeetingInput, HoldMeetingInput, MeetingsArgs, RescheduleMeetingInput, ScheduleMeetingInput } from './meetings.inputs';
import { Meeting, MeetingAttendance, MeetingAttendee, MeetingConnection, meetingStateCode } from './meetings.types';

export const toMeeting = (view: MeetingView): Meeting => ({ ...view, state: meetingStateCode(view.state) });

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Meeting, { description: 'A meeting with its reschedules, and once held, its attendance by sex and age group.' })
  async meeting(@Args('id', { type: () => ID }) id: string): Promise<Meeting> {
    const meeting = await getMeeting(this.readModels.db, id);
    if (!meeting) throw notFound('MeetingNotFound', `No meeting ${id}`);
    return toMeeting(meeting);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => MeetingConnection, { description: 'Meetings in time order, earliest first (held ones by when they were held, the others by their start).' })
  async meetings(@Args() { platformId, state, from, to, first, after }: MeetingsArgs): Promise<MeetingConnection> {
    const page = await listMeetings(this.readModels.db, { platformId, state, from, to, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toMeeting) }) as MeetingConnection;
  }

  @ResolveField(() => MeetingAttendance, { nullable: true, description: 'Attendance in figures, for every reader; null until the meeting is held.' })
  async attendance(@Parent() meeting: Meeting): Promise<MeetingAttendance | null> {
    const attendance = await getMeetingAttendance(this.readModels.db, meeting.id);
    if (!attendance) return null;
    return {
      ...attendance,
      bySexAndAgeGroup: attendance.bySexAndAgeGroup.map((cell) => ({ ...cell, sex: sexCode(cell.sex), ageGroup: ageGroupCode(cell.ageGroup) })),
      bySex: attendance.bySex.map((cell) => ({ ...cell, sex: sexCode(cell.sex) })),
      byAgeGroup: attendance.byAgeGroup.map((cell) => ({ ...cell, ageGroup: ageGroupCode(cell.ageGroup) })),
    };
  }

  @ResolveField(() => [MeetingAttendee], {
    nullable: true,
    description:
      'The members present, by name: personal data, so only for programme managers, administrators, municipal officers of the platform\u2019s municipalities and moderators of the platform; null to others (they have attendance), and until the meeting is held.',
  })
  async attendees(@Parent() meeting: Meeting, @Context('req') request: ApiRequest): Promise<MeetingAttendee[] | null> {
    if (meeting.state !== 'held' || !mayListAttendees(request.identity, meeting)) return null;
    const attendees = await listMeetingAttendees(this.readModels.db, meeting.id);
    const people = await findPeople(this.readModels.db, attendees.map((attendee) => attendee.personId));
    return attendees.map((attendee) => {
      const person = people.get(attendee.personId);
      return {
        personId: attendee.personId,
        role: attendee.role as MemberRoleCode,
        sex: sexCode(attendee.sex),
        ageGroup: ageGroupCode(attendee.ageGroup),
        name: person?.name ?? null,
        erased: person?.erased ?? false,
      };
    });
  }

  @Mutation(() => Meeting, { description: 'Schedules a meeting of an active platform whose co-chairs are both named.' })
  async scheduleMeeting(@Args('input') input: ScheduleMeetingInput, @Metadata() metadata: CommandMetadata): Promise<Meeting> {
    const meetingId = input.id ?? uuidv7();
    const { id: _id, ...rest } = input;
    await this.commands.send(new ExecuteMeetingCommand({ type: 'ScheduleMeeting', data: { ...rest, meetingId } }, metadata));
    return this.meeting(meetingId);
  }

  @Mutation(() => Meeting, { description: 'Moves a scheduled meeting to another time (and perhaps place); the reason stays in the history.' })
  async rescheduleMeeting(@Args('input') input: RescheduleMeetingInput, @Metadata() metadata: CommandMetadata): Promise<Meeting> {
    await this.commands.send(new ExecuteMeetingCommand({ type: 'RescheduleMeeting', data: { ...input } }, metadata));
    return this.meeting(input.meetingId);
  }

  @Mutation(() => Meeting, { description: 'Cancels a scheduled meeting; the reason stays in the history.' })
  async cancelMeeting(@Args('input') input: CancelMeetingInput, @Metadata() metadata: CommandMetadata): Promise<Meeting> {
    await this.commands.send(new ExecuteMeetingCommand({ type: 'CancelMeeting', data: { ...input } }, metadata));
    return this.meeting(input.meetingId);
  }

  @Mutation(() => Meeting, {
    description:
      'Records that a scheduled meeting was held: never in the future; attendance of members active on its date, with their sex and age group then; guests; minutes; whether it met quorum.',
  })
  async holdMeeting(@Args('input') input: HoldMeetingInput, @Metadata() metadata: CommandMetadata): Promise<Meeting> {
    await this.commands.send(new ExecuteMeetingCommand({ type: 'HoldMeeting', data: { ...input } }, metadata));
    return this.meeting(input.meetingId);
  }
}
