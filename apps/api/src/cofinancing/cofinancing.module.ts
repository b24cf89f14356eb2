import { Module } from '@nestjs/common';
import { InitiativeCommandHandler } from './initiative.handlers';
import { InitiativeResolver } from './initiative.resolver';

/** Co-financing over GraphQL: for now the initiatives awards start (their agreements and tranches come next). */
@Module({ providers: [InitiativeCommandHandler, InitiativeResolver] })
export class CofinancingModule {}
