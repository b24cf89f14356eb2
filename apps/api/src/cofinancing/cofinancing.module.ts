import { Module } from '@nestjs/common';
import { CofinancingMutationsResolver } from './cofinancing.mutations.resolver';
import { InitiativeCommandHandler } from './initiative.handlers';
import { InitiativeResolver } from './initiative.resolver';

/**
 * Co-financing over GraphQL: the initiative handler (with the envelope reservation of agreements), the initiative
 * mutations and the initiatives queries. One provider a line, so each part registers its own with a one-line edit.
 */
@Module({
  providers: [
    InitiativeCommandHandler,
    CofinancingMutationsResolver,
    InitiativeResolver,
  ],
})
export class CofinancingModule {}
