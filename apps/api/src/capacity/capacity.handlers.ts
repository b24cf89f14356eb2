import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { foldStream, handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import {
  platformDecider,
  platformStreamName,
  trainingDecider,
  trainingPolicy,
  trainingStreamName,
  volunteeringDecider,
  volunteeringPolicy,
  volunteeringStreamName,
  type TrainingCommand,
  type TrainingEvent,
  type VolunteeringCommand,
  type VolunteeringEvent,
  type VolunteeringPlatform,
} from '@makers/platforms';
import { EVENT_STORE } from '../infrastructure/tokens';
import { PERSON_LOOKUP, type PersonLookup } from '../people/person-lookup';
import { ExecuteTrainingCommand, ExecuteVolunteeringCommand, type TrainingRequest, type VolunteeringRequest } from './capacity.commands';

@CommandHandler(ExecuteTrainingCommand)
export class TrainingCommandHandler implements ICommandHandler<ExecuteTrainingCommand, HandledCommand<TrainingEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_LOOKUP) private readonly people: PersonLookup,
  ) {}

  async execute({ request, metadata }: ExecuteTrainingCommand): Promise<HandledCommand<TrainingEvent>> {
    const command = await this.complete(request);
    const target = { streamName: trainingStreamName(command.data.trainingId), decider: trainingDecider, policy: trainingPolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /**
   * An enrolment records the participant's sex and age group at the training's start: the handler looks the person up
   * (sex, and the year of birth opened from the vault), the decider works out the age group.
   */
  private async complete(request: TrainingRequest): Promise<TrainingCommand> {
    if (request.type !== 'EnrolParticipant') return request;
    const found = await this.people.find(request.data.personId);
    const person = found && { personId: found.personId, sex: found.sex, birthYear: found.birthYear };
    return { type: request.type, data: { ...request.data, person } };
  }
}

@CommandHandler(ExecuteVolunteeringCommand)
export class VolunteeringCommandHandler implements ICommandHandler<ExecuteVolunteeringCommand, HandledCommand<VolunteeringEvent>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, metadata }: ExecuteVolunteeringCommand): Promise<HandledCommand<VolunteeringEvent>> {
    const command = await this.complete(request);
    const target = { streamName: volunteeringStreamName(command.data.personId), decider: volunteeringDecider, policy: volunteeringPolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** Hours logged for a platform need it formed: the handler folds its stream, the decider decides what that means. */
  private async complete(request: VolunteeringRequest): Promise<VolunteeringCommand> {
    if (request.type !== 'LogVolunteerHours') return request;
    return { type: request.type, data: { ...request.data, platform: await this.platform(request.data.platformId) } };
  }

  private async platform(platformId: string | null | undefined): Promise<VolunteeringPlatform | null> {
    if (platformId == null) return null;
    const platform = await foldStream(this.store, platformStreamName(platformId), platformDecider);
    return platform.status === 'unformed' ? null : { platformId: platform.platformId };
  }
}
