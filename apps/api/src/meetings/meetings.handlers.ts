import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldStream, handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import {
  decisionRegisterDecider,
  decisionRegisterPolicy,
  decisionRegisterStreamName,
  meetingDecider,
  meetingPolicy,
  meetingStreamName,
  platformDecider,
  platformStreamName,
  type AttendeeSnapshot,
  type DecisionRegisterEvent,
  type Meeting,
  type MeetingCommand,
  type MeetingEvent,
  type Platform,
} from '@makers/platforms';
import { EVENT_STORE } from '../infrastructure/tokens';
import { PERSON_LOOKUP, type PersonLookup } from '../people/person-lookup';
import { ExecuteDecisionCommand, ExecuteMeetingCommand, type MeetingRequest } from './meetings.commands';

/** The folded stream of a meeting; `unscheduled` when it has none. */
const loadMeeting = async (store: EventStore, meetingId: string): Promise<Meeting> =>
  foldStream(store, meetingStreamName(meetingId), meetingDecider);

@CommandHandler(ExecuteMeetingCommand)
export class MeetingCommandHandler implements ICommandHandler<ExecuteMeetingCommand, HandledCommand<MeetingEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_LOOKUP) private readonly people: PersonLookup,
  ) {}

  async execute({ request, metadata }: ExecuteMeetingCommand): Promise<HandledCommand<MeetingEvent>> {
    const command = await this.complete(request);
    const target = { streamName: meetingStreamName(command.data.meetingId), decider: meetingDecider, policy: meetingPolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** Adds the snapshots the decider needs from other aggregates' streams; the decider decides what they mean. */
  private async complete(request: MeetingRequest): Promise<MeetingCommand> {
    switch (request.type) {
      case 'ScheduleMeeting':
        return { type: request.type, data: { ...request.data, platform: await this.platform(request.data.platformId) } };
      case 'RescheduleMeeting':
        return { type: request.type, data: { ...request.data, platform: await this.platformOfMeeting(request.data.meetingId) } };
      case 'HoldMeeting': {
        const [platform, attendees] = await Promise.all([this.platformOfMeeting(request.data.meetingId), this.attendees(request.data.attendance)]);
        return { type: request.type, data: { ...request.data, platform, attendees } };
      }
      default:
        return request;
    }
  }

  private async platform(platformId: string): Promise<Platform> {
    return foldStream(this.store, platformStreamName(platformId), platformDecider);
  }

  /** The platform a meeting was scheduled by; unformed for a meeting never scheduled (the decider says so). */
  private async platformOfMeeting(meetingId: string): Promise<Platform> {
    const meeting = await loadMeeting(this.store, meetingId);
    return meeting.status === 'unscheduled' ? platformDecider.initialState : this.platform(meeting.platformId);
  }

  /**
   * Sex and year of birth of each person listed, for the age groups at the meeting's date. A person never registered
   * is left out: they cannot be a member, and the decider refuses them as such. A forgotten person's year of birth is
   * gone (null): they count in the age group `unknown`.
   */
  private async attendees(attendance: unknown): Promise<AttendeeSnapshot[]> {
    const personIds = Array.isArray(attendance) ? [...new Set(attendance.filter((id): id is string => typeof id === 'string'))] : [];
    const found = await Promise.all(personIds.map((personId) => this.people.find(personId)));
    return found.flatMap((facts) => (facts ? [{ personId: facts.personId, sex: facts.sex, birthYear: facts.birthYear }] : []));
  }
}

@CommandHandler(ExecuteDecisionCommand)
export class DecisionCommandHandler implements ICommandHandler<ExecuteDecisionCommand, HandledCommand<DecisionRegisterEvent>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, metadata }: ExecuteDecisionCommand): Promise<HandledCommand<DecisionRegisterEvent>> {
    const meeting = await loadMeeting(this.store, request.data.meetingId);
    const command = { type: request.type, data: { ...request.data, meeting } };
    const target = { streamName: decisionRegisterStreamName(command.data.platformId), decider: decisionRegisterDecider, policy: decisionRegisterPolicy };
    return handleCommand(this.store, target, command, metadata);
  }
}
