import type { Sex } from '@makers/people';
import type { TrainingAudience, TrainingTopic } from './training.events';

export type ScheduleTraining = {
  type: 'ScheduleTraining';
  data: {
    trainingId: string;
    title: string;
    topics: TrainingTopic[];
    audience: TrainingAudience;
    startsOn: string;
    endsOn: string;
    municipalityIds: string[];
  };
};

/**
 * What enrolment needs to know of the person: the handler folds the person's stream and opens their year of birth
 * from the vault. Null when no such person is registered; `birthYear` null when it was never given or the person has
 * been forgotten.
 */
export type TrainingPerson = { personId: string; sex: Sex; birthYear: number | null };

export type EnrolParticipant = {
  type: 'EnrolParticipant';
  data: { trainingId: string; personId: string; person: TrainingPerson | null };
};

export type RecordTrainingHeld = {
  type: 'RecordTrainingHeld';
  data: { trainingId: string; heldOn: string; attended: string[] };
};

export type RecordCompletion = {
  type: 'RecordCompletion';
  data: { trainingId: string; personIds: string[] };
};

export type TrainingCommand = ScheduleTraining | EnrolParticipant | RecordTrainingHeld | RecordCompletion;
