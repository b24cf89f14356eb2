import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { initiativeDecider, initiativePolicy, initiativeStreamName, type InitiativeEvent } from '@makers/cofinancing';
import { handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ExecuteInitiativeCommand } from './initiative.commands';

@CommandHandler(ExecuteInitiativeCommand)
export class InitiativeCommandHandler implements ICommandHandler<ExecuteInitiativeCommand, HandledCommand<InitiativeEvent>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, metadata }: ExecuteInitiativeCommand): Promise<HandledCommand<InitiativeEvent>> {
    const target = { streamName: initiativeStreamName(command.data.initiativeId), decider: initiativeDecider, policy: initiativePolicy };
    return handleCommand(this.store, target, command, metadata);
  }
}
