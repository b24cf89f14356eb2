import { Module } from '@nestjs/common';
import { CofinancingMutationsResolver } from './cofinancing.mutations.resolver';
import { InitiativeCommandHandler } from './initiative.handlers';
import { InitiativeResolver } from './initiative.resolver';
import { ProgrammeBudgetResolver } from './programme-budget.resolver';

/**
 * Co-financing over GraphQL: the initiative handler (with the envelope reservation of agreements), the initiative
 * mutations, the initiatives queries (with agreements, tranches, disbursements, refunds and reports) and the programme's
 * envelope and budget execution. One provider a line, so each part registers its own with a one-line edit.
 */
@Module({
  providers: [
    InitiativeCommandHandler,
    CofinancingMutationsResolver,
    InitiativeResolver,
    ProgrammeBudgetResolver,
  ],
})
export class CofinancingModule {}
