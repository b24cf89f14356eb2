import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldStream, handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import {
  knownMunicipality,
  municipalityDecider,
  municipalityPolicy,
  municipalityStreamName,
  programmeDecider,
  programmePolicy,
  programmeStreamName,
  type MunicipalityEvent,
  type ProgrammeCommand,
  type ProgrammeEvent,
} from '@makers/programme';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ExecuteMunicipalityCommand, ExecuteProgrammeCommand, type ProgrammeRequest } from './programme.commands';

@CommandHandler(ExecuteProgrammeCommand)
export class ProgrammeCommandHandler implements ICommandHandler<ExecuteProgrammeCommand, HandledCommand<ProgrammeEvent>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, metadata }: ExecuteProgrammeCommand): Promise<HandledCommand<ProgrammeEvent>> {
    const command = await this.complete(request);
    const target = { streamName: programmeStreamName(command.data.programmeId), decider: programmeDecider, policy: programmePolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** A partnership needs to know the municipality: the handler looks it up, the decider decides what that means. */
  private async complete(request: ProgrammeRequest): Promise<ProgrammeCommand> {
    if (request.type !== 'AddPartnerMunicipality') return request;
    const municipality = knownMunicipality(await foldStream(this.store, municipalityStreamName(request.data.municipalityId), municipalityDecider));
    return { type: request.type, data: { ...request.data, municipality } };
  }
}

@CommandHandler(ExecuteMunicipalityCommand)
export class MunicipalityCommandHandler implements ICommandHandler<ExecuteMunicipalityCommand, HandledCommand<MunicipalityEvent>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, metadata }: ExecuteMunicipalityCommand): Promise<HandledCommand<MunicipalityEvent>> {
    const target = { streamName: municipalityStreamName(command.data.municipalityId), decider: municipalityDecider, policy: municipalityPolicy };
    return handleCommand(this.store, target, command, metadata);
  }
}
