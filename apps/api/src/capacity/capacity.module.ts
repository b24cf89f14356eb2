import { Module } from '@nestjs/common';
import { TrainingCommandHandler, VolunteeringCommandHandler } from './capacity.handlers';
import { TrainingResolver } from './training.resolver';
import { VolunteeringResolver } from './volunteering.resolver';

/** Capacity building and volunteerism: trainings and volunteer hours. */
@Module({ providers: [TrainingCommandHandler, VolunteeringCommandHandler, TrainingResolver, VolunteeringResolver] })
export class CapacityModule {}
