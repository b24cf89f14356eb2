import { Module } from '@nestjs/common';
import { MunicipalityCommandHandler, ProgrammeCommandHandler } from './programme.handlers';
import { ProgrammeResolver } from './programme.resolver';

@Module({ providers: [ProgrammeCommandHandler, MunicipalityCommandHandler, ProgrammeResolver] })
export class ProgrammeModule {}
