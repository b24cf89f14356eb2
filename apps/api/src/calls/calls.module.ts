import { Module, type OnModuleInit } from '@nestjs/common';
import { ProcessManagers } from '../infrastructure/process-managers';
import { AwardToInitiativesProcess } from './award.process-manager';
import { CallCommandHandler } from './call.handlers';
import { CallResolver } from './call.resolver';
import { BallotCommandHandler } from './ballots.handlers';
import { BallotsResolver } from './ballots.resolver';
import { ProposalCommandHandler } from './proposals.handlers';
import { ProposalsResolver } from './proposals.resolver';

/**
 * The calls context over GraphQL: calls and their award (call.*), proposals (proposals.*), ballots (ballots.*), and the
 * award → co-financing process (award.*). One provider a line, so each part registers its own with a one-line edit.
 */
@Module({
  providers: [
    CallCommandHandler,
    CallResolver,
    AwardToInitiativesProcess,
    ProposalCommandHandler,
    ProposalsResolver,
    BallotCommandHandler,
    BallotsResolver,
  ],
})
export class CallsModule implements OnModuleInit {
  constructor(
    private readonly processManagers: ProcessManagers,
    private readonly awardToInitiatives: AwardToInitiativesProcess,
  ) {}

  /** The award process runs with the projections, from the store's subscription. */
  onModuleInit(): void {
    this.processManagers.register(this.awardToInitiatives);
  }
}
