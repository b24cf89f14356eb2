/** `platforms-training-<trainingId>`: one stream per training, with its enrolments, attendance and completions. */
export const TRAINING_STREAM_PREFIX = 'platforms-training-';

export const trainingStreamName = (trainingId: string): string => `${TRAINING_STREAM_PREFIX}${trainingId}`;
