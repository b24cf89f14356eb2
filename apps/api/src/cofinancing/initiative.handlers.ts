import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { initiativeDecider, initiativePolicy, initiativeStreamName, type InitiativeCommand } from '@makers/cofinancing';
import { foldStream, handleCommand, type EventStore } from '@makers/event-store';
import { municipalityIdsOf, platformDecider, platformStreamName } from '@makers/platforms';
import { EVENT_STORE } from '../infrastructure/tokens';
import { readPriorityStanding } from '../platforms/priority-standing';
import { readProgrammePartners } from '../programme/programme-partners';
import { handleAgreementCommand, type HandledInitiativeCommand } from './envelope-reservation';
import { ExecuteInitiativeCommand, type InitiativeRequest } from './initiative.commands';

/**
 * Every initiative command: load the stream, fold it, decide, append with the expected revision. Two kinds need more:
 * a start from a priority is told whether the priority stands (from the platform's decision register), which
 * municipalities the platform covers (from the platform's stream) and the programme's partners (from the programme's
 * stream; null when it is not registered), and an agreement signed or amended holds UNDP's
 * commitment on the programme's envelope first (envelope-reservation.ts).
 */
@CommandHandler(ExecuteInitiativeCommand)
export class InitiativeCommandHandler implements ICommandHandler<ExecuteInitiativeCommand, HandledInitiativeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, metadata }: ExecuteInitiativeCommand): Promise<HandledInitiativeCommand> {
    const command = await this.complete(request);
    if (command.type === 'SignAgreement' || command.type === 'AmendAgreement') return handleAgreementCommand(this.store, command, metadata);
    const target = { streamName: initiativeStreamName(command.data.initiativeId), decider: initiativeDecider, policy: initiativePolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** Adds the snapshots the decider needs from the platform's streams; the decider decides what they mean. */
  private async complete(request: InitiativeRequest): Promise<InitiativeCommand> {
    if (request.type !== 'StartInitiativeFromPriority') return request;
    const { platformId, priorityId, programmeId } = request.data;
    const [priorityStanding, platformMunicipalityIds, programmePartnerIds] = await Promise.all([
      readPriorityStanding(this.store, platformId, priorityId),
      this.municipalitiesOf(platformId),
      readProgrammePartners(this.store, programmeId),
    ]);
    return { type: request.type, data: { ...request.data, priorityStanding, platformMunicipalityIds, programmePartnerIds } };
  }

  /** The municipalities a platform covers, from its own stream; none for a platform never formed. */
  private async municipalitiesOf(platformId: unknown): Promise<string[]> {
    return typeof platformId === 'string' ? municipalityIdsOf(await foldStream(this.store, platformStreamName(platformId), platformDecider)) : [];
  }
}
