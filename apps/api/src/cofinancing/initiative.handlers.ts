import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { initiativeDecider, initiativePolicy, initiativeStreamName, type InitiativeCommand } from '@makers/cofinancing';
import { handleCommand, type EventStore } from '@makers/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import { handleAgreementCommand, type HandledInitiativeCommand } from './envelope-reservation';
import { ExecuteInitiativeCommand, type InitiativeRequest } from './initiative.commands';
import { priorityStanding } from './priority-standing';

/**
 * Every initiative command: load the stream, fold it, decide, append with the expected revision. Two kinds need more:
 * a start from a priority is told whether the priority stands (from the platform's decision register), and an
 * agreement signed or amended holds UNDP's commitment on the programme's envelope first (envelope-reservation.ts).
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

  /** Adds the snapshot the decider needs from another aggregate's stream; the decider decides what it means. */
  private async complete(request: InitiativeRequest): Promise<InitiativeCommand> {
    if (request.type !== 'StartInitiativeFromPriority') return request;
    const { platformId, priorityId } = request.data;
    return { type: request.type, data: { ...request.data, priorityStanding: await priorityStanding(this.store, platformId, priorityId) } };
  }
}
