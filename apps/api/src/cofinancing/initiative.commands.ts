import type { CommandMetadata } from '@makers/event-store';
import type { InitiativeCommand, StartInitiativeFromPriority } from '@makers/cofinancing';

/**
 * An initiative command as callers send it. The handler itself adds what other aggregates hold: whether the priority
 * an initiative starts from still stands in its platform's decision register, which municipalities that platform covers,
 * and the partners of the programme it starts in.
 */
export type InitiativeRequest =
  | Exclude<InitiativeCommand, StartInitiativeFromPriority>
  | { type: 'StartInitiativeFromPriority'; data: Omit<StartInitiativeFromPriority['data'], 'priorityStanding' | 'platformMunicipalityIds' | 'programmePartnerIds'> };

/**
 * One bus message for the initiative aggregate: GraphQL, the award process manager and the demo seed all go through
 * the same handler (and, for an agreement, the same reservation on the programme's envelope).
 */
export class ExecuteInitiativeCommand {
  constructor(
    readonly request: InitiativeRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
