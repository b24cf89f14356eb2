import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { getTraining, getTrainingParticipation, listTrainings, type TrainingView } from '@makers/platforms';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { sexCode } from '../people/people.types';
import { Metadata } from '../request/command-metadata';
import { ExecuteTrainingCommand } from './capacity.commands';
import { EnrolParticipantInput, RecordCompletionInput, RecordTrainingHeldInput, ScheduleTrainingInput, TrainingsArgs } from './capacity.inputs';
import { ageGroupCode, audienceCode, Training, TrainingConnection, TrainingParticipation, topicCodes, trainingStateCode } from './capacity.types';

const toTraining = (view: TrainingView): Training => ({
  ...view,
  topics: topicCodes(view.topics),
  audience: audienceCode(view.audience),
  state: trainingStateCode(view.state),
});

/**
 * Trainings of young activists and municipal staff. Run by UNDP (programme managers, administrators); read by every
 * authenticated role, since they name no person: participation is answered only as counts.
 */
@Resolver(() => Training)
export class TrainingResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Training, { description: 'A training with its participation figures.' })
  async training(@Args('id', { type: () => ID }) id: string): Promise<Training> {
    const training = await getTraining(this.readModels.db, id);
    if (!training) throw notFound('TrainingNotFound', `No training ${id}`);
    return toTraining(training);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => TrainingConnection, { description: 'Trainings by start date; filter by a topic among theirs, by audience, or by a municipality they are for.' })
  async trainings(@Args() { topic, audience, municipalityId, first, after }: TrainingsArgs): Promise<TrainingConnection> {
    const page = await listTrainings(this.readModels.db, { topic, audience, municipalityId, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toTraining) });
  }

  @ResolveField(() => TrainingParticipation)
  async participation(@Parent() training: Training): Promise<TrainingParticipation> {
    const figures = await getTrainingParticipation(this.readModels.db, training.id);
    return {
      ...figures,
      bySex: figures.bySex.map((row) => ({ ...row, sex: sexCode(row.sex) })),
      byAgeGroup: figures.byAgeGroup.map((row) => ({ ...row, ageGroup: ageGroupCode(row.ageGroup) })),
      bySexAndAgeGroup: figures.bySexAndAgeGroup.map((row) => ({ ...row, sex: sexCode(row.sex), ageGroup: ageGroupCode(row.ageGroup) })),
    };
  }

  @Mutation(() => Training, { description: 'Schedules a training on the programme’s topics for young activists, municipal staff or both.' })
  async scheduleTraining(@Args('input') input: ScheduleTrainingInput, @Metadata() metadata: CommandMetadata): Promise<Training> {
    const trainingId = input.id ?? uuidv7();
    const { id: _id, ...rest } = input;
    await this.commands.send(new ExecuteTrainingCommand({ type: 'ScheduleTraining', data: { ...rest, trainingId } }, metadata));
    return this.training(trainingId);
  }

  @Mutation(() => Training, { description: 'Enrols a registered person, recording their sex and age group at the training’s start; only before it is held.' })
  async enrolParticipant(@Args('input') input: EnrolParticipantInput, @Metadata() metadata: CommandMetadata): Promise<Training> {
    await this.commands.send(new ExecuteTrainingCommand({ type: 'EnrolParticipant', data: { ...input } }, metadata));
    return this.training(input.trainingId);
  }

  @Mutation(() => Training, { description: 'Records that the training was held and which enrolled participants attended.' })
  async recordTrainingHeld(@Args('input') input: RecordTrainingHeldInput, @Metadata() metadata: CommandMetadata): Promise<Training> {
    await this.commands.send(new ExecuteTrainingCommand({ type: 'RecordTrainingHeld', data: { ...input } }, metadata));
    return this.training(input.trainingId);
  }

  @Mutation(() => Training, { description: 'Records enrolled participants who completed a training that was held.' })
  async recordCompletion(@Args('input') input: RecordCompletionInput, @Metadata() metadata: CommandMetadata): Promise<Training> {
    await this.commands.send(new ExecuteTrainingCommand({ type: 'RecordCompletion', data: { ...input } }, metadata));
    return this.training(input.trainingId);
  }
}
