import { Module } from '@nestjs/common';
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
    ProposalCommandHandler,
    ProposalsResolver,
    BallotCommandHandler,
    BallotsResolver,
  ],
})
export class CallsModule {}
