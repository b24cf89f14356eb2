import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { listDecisions, listMeetings, listPriorities } from '@makers/platforms';
import type { ReadModelDatabase } from '@makers/projections';
import { PageArgs, toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Platform } from '../platforms/platforms.types';
import { toDecision } from './decisions.resolver';
import { toMeeting } from './meetings.resolver';
import { DecisionConnection, MeetingConnection, MeetingStateCode, PriorityConnection } from './meetings.types';

@ArgsType()
class PlatformMeetingsArgs extends PageArgs {
  @Field(() => MeetingStateCode, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStateCode)
  state?: MeetingStateCode;
}

/**
 * A platform with its meetings, decisions and priorities, for a dashboard that reads one platform in one request. The
 * same read models and visibility as the top-level `meetings`, `decisions` and `priorities` queries.
 */
@Resolver(() => Platform)
export class PlatformMeetingsResolver {
  constructor(@Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase) {}

  @ResolveField(() => MeetingConnection, { description: 'Its meetings in time order (see the meetings query).' })
  async meetings(@Parent() platform: Platform, @Args() { state, first, after }: PlatformMeetingsArgs): Promise<MeetingConnection> {
    const page = await listMeetings(this.readModels.db, { platformId: platform.id, state, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toMeeting) }) as MeetingConnection;
  }

  @ResolveField(() => DecisionConnection, { description: 'Its decision register, superseded and rescinded decisions included.' })
  async decisions(@Parent() platform: Platform, @Args() { first, after }: PageArgs): Promise<DecisionConnection> {
    const page = await listDecisions(this.readModels.db, { platformId: platform.id, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toDecision) }) as DecisionConnection;
  }

  @ResolveField(() => PriorityConnection, { description: 'The local priorities its decisions identified.' })
  async priorities(@Parent() platform: Platform, @Args() { first, after }: PageArgs): Promise<PriorityConnection> {
    return toConnection(await listPriorities(this.readModels.db, { platformId: platform.id, first, after })) as PriorityConnection;
  }
}
