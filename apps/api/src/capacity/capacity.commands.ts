import type { CommandMetadata } from '@makers/event-store';
import type { EnrolParticipant, LogVolunteerHours, TrainingCommand, VolunteeringCommand } from '@makers/platforms';

/** A training command as callers send it: the handler itself looks up the person an enrolment names. */
export type TrainingRequest = Exclude<TrainingCommand, EnrolParticipant> | { type: 'EnrolParticipant'; data: Omit<EnrolParticipant['data'], 'person'> };

/** A volunteering command as callers send it: the handler itself folds the platform that logged hours name. */
export type VolunteeringRequest =
  | Exclude<VolunteeringCommand, LogVolunteerHours>
  | { type: 'LogVolunteerHours'; data: Omit<LogVolunteerHours['data'], 'platform'> };

/**
 * One bus message per aggregate, carrying the domain command and its metadata, so every entry point (GraphQL, the
 * CLI's seed) goes through the same handler and the same rules.
 */
export class ExecuteTrainingCommand {
  constructor(
    readonly request: TrainingRequest,
    readonly metadata: CommandMetadata,
  ) {}
}

export class ExecuteVolunteeringCommand {
  constructor(
    readonly request: VolunteeringRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
