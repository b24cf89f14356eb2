import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@makers/kernel';
import { getInitiative, listInitiatives } from '@makers/cofinancing';
import type { ReadModelDatabase } from '@makers/projections';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { PageArgs, toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Initiative, InitiativeConnection } from './initiative.types';

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(@Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Initiative, { description: 'An initiative with the call and proposal it comes from, its municipality, title and amount.' })
  async initiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative> {
    const initiative = await getInitiative(this.readModels.db, id);
    if (!initiative) throw notFound('InitiativeNotFound', `No initiative ${id}`);
    return initiative as unknown as Initiative;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => InitiativeConnection, { description: 'Initiatives in the order they started.' })
  async initiatives(@Args() { first, after }: PageArgs): Promise<InitiativeConnection> {
    return toConnection(await listInitiatives(this.readModels.db, { first, after })) as unknown as InitiativeConnection;
  }
}
