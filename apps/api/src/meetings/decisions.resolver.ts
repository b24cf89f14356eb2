import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { getDecision, getPriority, listDecisions, listPriorities, type DecisionView } from '@makers/platforms';
import type { ReadModelDatabase } from '@makers/projections';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecuteDecisionCommand } from './meetings.commands';
import { DecisionsArgs, PrioritiesArgs, RecordDecisionInput } from './meetings.inputs';
import { Decision, DecisionConnection, decisionKindCode, decisionStatusCode, Priority, PriorityConnection } from './meetings.types';

export const toDecision = (view: DecisionView): Decision => ({ ...view, kind: decisionKindCode(view.kind), status: decisionStatusCode(view.status) });

/** The decision register of each platform, and the local priorities its decisions identified. Public to every role. */
@Resolver(() => Decision)
export class DecisionsResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => DecisionConnection, { description: 'A platform\u2019s decisions in the order they were taken; superseded and rescinded ones stay listed.' })
  async decisions(@Args() { platformId, kind, standing, first, after }: DecisionsArgs): Promise<DecisionConnection> {
    const page = await listDecisions(this.readModels.db, { platformId, kind, standing, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toDecision) }) as DecisionConnection;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => PriorityConnection, { description: 'Local priorities in the order they were identified: of a platform, of the platforms of a municipality, or all.' })
  async priorities(@Args() { platformId, municipalityId, first, after }: PrioritiesArgs): Promise<PriorityConnection> {
    return toConnection(await listPriorities(this.readModels.db, { platformId, municipalityId, first, after })) as PriorityConnection;
  }

  @ResolveField(() => Priority, { nullable: true, description: 'The local priority it identified (kind LOCAL_PRIORITY).' })
  async priority(@Parent() decision: Decision): Promise<Priority | null> {
    return decision.priorityId === null ? null : getPriority(this.readModels.db, decision.platformId, decision.priorityId);
  }

  @Mutation(() => Decision, {
    description:
      'Records a decision taken at a held meeting of the platform that met quorum. A LOCAL_PRIORITY decision identifies a priority; supersedes / rescinds name a standing, earlier decision, which stays listed.',
  })
  async recordDecision(@Args('input') input: RecordDecisionInput, @Metadata() metadata: CommandMetadata): Promise<Decision> {
    const decisionId = input.id ?? uuidv7();
    const { id: _id, priority, votes, ...rest } = input;
    const data = {
      ...rest,
      decisionId,
      votes: { for: votes.for, against: votes.against, abstaining: votes.abstaining },
      priority: priority ? { priorityId: priority.id ?? uuidv7(), title: priority.title, description: priority.description } : null,
    };
    await this.commands.send(new ExecuteDecisionCommand({ type: 'RecordDecision', data }, metadata));
    const decision = await getDecision(this.readModels.db, input.platformId, decisionId);
    if (!decision) throw notFound('DecisionNotFound', `No decision ${decisionId} of ${input.platformId}`);
    return toDecision(decision);
  }
}
