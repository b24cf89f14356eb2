import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { CallsModule } from './calls/calls.module';
import { CapacityModule } from './capacity/capacity.module';
import { CofinancingModule } from './cofinancing/cofinancing.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PeopleModule } from './people/people.module';
import { PlatformsModule } from './platforms/platforms.module';
import { ProgrammeModule } from './programme/programme.module';

/**
 * The ledger without its HTTP face: stores, projections, command handlers. The API serves it over GraphQL; the CLI
 * boots it as an application context, so both go through the same handlers and rules.
 */
@Module({ imports: [InfrastructureModule, CqrsModule.forRoot(), ProgrammeModule, PeopleModule, PlatformsModule, MeetingsModule, CapacityModule, CallsModule, CofinancingModule] })
export class LedgerModule {}
