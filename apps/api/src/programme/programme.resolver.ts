import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { getMunicipality, getProgramme, listMunicipalities, listProgrammes } from '@makers/programme';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { PageArgs, toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecuteMunicipalityCommand, ExecuteProgrammeCommand } from './programme.commands';
import {
  AddPartnerMunicipalityInput,
  MunicipalitiesArgs,
  RegisterMunicipalityInput,
  RegisterProgrammeInput,
  RemovePartnerMunicipalityInput,
} from './programme.inputs';
import { Municipality, MunicipalityConnection, Programme, ProgrammeConnection } from './programme.types';

@Resolver()
export class ProgrammeResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Programme, { description: 'A programme with its envelope, dates, targets and partner count.' })
  async programme(@Args('id', { type: () => ID }) id: string): Promise<Programme> {
    const programme = await getProgramme(this.readModels.db, id);
    if (!programme) throw notFound('ProgrammeNotFound', `No programme ${id}`);
    return programme as Programme;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => ProgrammeConnection)
  async programmes(@Args() { first, after }: PageArgs): Promise<ProgrammeConnection> {
    return toConnection(await listProgrammes(this.readModels.db, { first, after })) as ProgrammeConnection;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Municipality)
  async municipality(@Args('id', { type: () => ID }) id: string): Promise<Municipality> {
    const municipality = await getMunicipality(this.readModels.db, id);
    if (!municipality) throw notFound('MunicipalityNotFound', `No municipality ${id}`);
    return municipality as Municipality;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => MunicipalityConnection, { description: 'Municipalities in alphabetical order; filter by entity or by partnership.' })
  async municipalities(@Args() { entity, partnerOf, first, after }: MunicipalitiesArgs): Promise<MunicipalityConnection> {
    return toConnection(await listMunicipalities(this.readModels.db, { entity, partnerOf, first, after })) as MunicipalityConnection;
  }

  @Mutation(() => Programme)
  async registerProgramme(@Args('input') input: RegisterProgrammeInput, @Metadata() metadata: CommandMetadata): Promise<Programme> {
    const programmeId = input.id ?? uuidv7();
    const { currency, budgetEnvelopeMinor, id: _id, ...rest } = input;
    await this.commands.send(
      new ExecuteProgrammeCommand(
        { type: 'RegisterProgramme', data: { ...rest, programmeId, budgetEnvelope: { amountMinor: budgetEnvelopeMinor, currency } } },
        metadata,
      ),
    );
    return this.programme(programmeId);
  }

  @Mutation(() => Municipality)
  async registerMunicipality(@Args('input') input: RegisterMunicipalityInput, @Metadata() metadata: CommandMetadata): Promise<Municipality> {
    const municipalityId = input.id ?? uuidv7();
    const { id: _id, ...rest } = input;
    await this.commands.send(new ExecuteMunicipalityCommand({ type: 'RegisterMunicipality', data: { ...rest, municipalityId } }, metadata));
    return this.municipality(municipalityId);
  }

  @Mutation(() => Programme, { description: 'Takes a registered municipality on as a partner of the programme.' })
  async addPartnerMunicipality(@Args('input') input: AddPartnerMunicipalityInput, @Metadata() metadata: CommandMetadata): Promise<Programme> {
    await this.commands.send(new ExecuteProgrammeCommand({ type: 'AddPartnerMunicipality', data: { ...input } }, metadata));
    return this.programme(input.programmeId);
  }

  @Mutation(() => Programme, { description: 'Ends a partnership; the reason stays in the history.' })
  async removePartnerMunicipality(@Args('input') input: RemovePartnerMunicipalityInput, @Metadata() metadata: CommandMetadata): Promise<Programme> {
    await this.commands.send(new ExecuteProgrammeCommand({ type: 'RemovePartnerMunicipality', data: { ...input } }, metadata));
    return this.programme(input.programmeId);
  }
}
