import type { AgeGroup } from '../age-group';
import type { Sex } from '@makers/people';

/** The skills the programme builds (advocacy ... gender equality), and moderation for the staff who lead platforms. */
export const TRAINING_TOPICS = [
  'advocacy',
  'leadership',
  'critical-thinking',
  'media-and-information-literacy',
  'crowdfunding',
  'sdgs',
  'gender-equality',
  'platform-moderation',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const TRAINING_AUDIENCES = ['young-activists', 'municipal-staff', 'mixed'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export const isTrainingTopic = (value: unknown): value is TrainingTopic => (TRAINING_TOPICS as readonly unknown[]).includes(value);
export const isTrainingAudience = (value: unknown): value is TrainingAudience => (TRAINING_AUDIENCES as readonly unknown[]).includes(value);

export type TrainingScheduled = {
  type: 'TrainingScheduled';
  data: {
    trainingId: string;
    title: string;
    /** One or more, each once, in the order given. */
    topics: TrainingTopic[];
    audience: TrainingAudience;
    /** ISO dates; a one-day training starts and ends the same day. */
    startsOn: string;
    endsOn: string;
    /** The municipalities whose activists and staff it is for. */
    municipalityIds: string[];
  };
};

export type ParticipantEnrolled = {
  type: 'ParticipantEnrolled';
  /**
   * Sex and the age group at the training's start, stored with the enrolment: the figures by sex and age stay the same
   * after the person is forgotten and their year of birth can no longer be read.
   */
  data: { trainingId: string; personId: string; sex: Sex; ageGroup: AgeGroup };
};

export type TrainingHeld = {
  type: 'TrainingHeld';
  /** `attended`: the enrolled participants who came, each once. */
  data: { trainingId: string; heldOn: string; attended: string[] };
};

export type ParticipantsCompleted = {
  type: 'ParticipantsCompleted';
  data: { trainingId: string; personIds: string[] };
};

export type TrainingEvent = TrainingScheduled | ParticipantEnrolled | TrainingHeld | ParticipantsCompleted;

export const TRAINING_EVENT_TYPES: readonly TrainingEvent['type'][] = ['TrainingScheduled', 'ParticipantEnrolled', 'TrainingHeld', 'ParticipantsCompleted'];
