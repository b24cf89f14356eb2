import { Module } from '@nestjs/common';

/** Capacity building and volunteerism: trainings and volunteer hours. */
@Module({ providers: [] })
export class CapacityModule {}
