import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { HandledCommand } from '@makers/event-store';
import { ProjectionRunnerService } from '../infrastructure/projection-runner.service';

/**
 * Sends a command through the bus and waits until the read models include its events, so a mutation's answer (read
 * from the read models, like every query) already shows what it did.
 */
@Injectable()
export class CommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly projections: ProjectionRunnerService,
  ) {}

  async send<Event>(command: object): Promise<HandledCommand<Event>> {
    const handled = await this.commandBus.execute<object, HandledCommand<Event>>(command);
    if (handled.appended) await this.projections.waitForPosition(handled.appended.position);
    return handled;
  }
}
