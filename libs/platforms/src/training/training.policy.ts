import { anyOf, type Policy } from '@makers/kernel';
import type { TrainingCommand } from './training.commands';
import type { Training } from './training.decider';

/** Trainings are the programme's own capacity building: UNDP's programme managers and administrators run them. */
export const trainingPolicy: Policy<TrainingCommand, Training> = {
  ScheduleTraining: anyOf('programme-manager', 'administrator'),
  EnrolParticipant: anyOf('programme-manager', 'administrator'),
  RecordTrainingHeld: anyOf('programme-manager', 'administrator'),
  RecordCompletion: anyOf('programme-manager', 'administrator'),
};
