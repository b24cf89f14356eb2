import { Module } from '@nestjs/common';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionCommandHandler, MeetingCommandHandler } from './meetings.handlers';
import { MeetingsResolver } from './meetings.resolver';
import { PlatformMeetingsResolver } from './platform-meetings.resolver';

/** Platform meetings with attendance, and the decision register with its priorities. PERSON_LOOKUP comes from the global PeopleModule. */
@Module({ providers: [MeetingCommandHandler, DecisionCommandHandler, MeetingsResolver, DecisionsResolver, PlatformMeetingsResolver] })
export class MeetingsModule {}
