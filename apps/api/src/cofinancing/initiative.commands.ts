import type { CommandMetadata } from '@makers/event-store';
import type { InitiativeCommand } from '@makers/cofinancing';

/** One bus message for the initiative aggregate; the award process sends it, programme managers may too. */
export class ExecuteInitiativeCommand {
  constructor(
    readonly command: InitiativeCommand,
    readonly metadata: CommandMetadata,
  ) {}
}
