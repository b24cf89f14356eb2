import { assertNever, conflict, identifier, invalidInput, isoDate, notFound, requiredName, type CommandContext, type Decider, pastOrPresentDate } from '@makers/kernel';
import { ageGroupOn, type AgeGroup } from '../age-group';
import type { Sex } from '@makers/people';
import type { EnrolParticipant, RecordCompletion, RecordTrainingHeld, ScheduleTraining, TrainingCommand } from './training.commands';
import {
  isTrainingAudience,
  isTrainingTopic,
  TRAINING_AUDIENCES,
  TRAINING_TOPICS,
  type TrainingAudience,
  type TrainingEvent,
  type TrainingTopic,
} from './training.events';

export type TrainingParticipant = { personId: string; sex: Sex; ageGroup: AgeGroup };

type Plan = {
  trainingId: string;
  title: string;
  topics: readonly TrainingTopic[];
  audience: TrainingAudience;
  startsOn: string;
  endsOn: string;
  municipalityIds: readonly string[];
  /** Enrolled participants, by person id. */
  participants: ReadonlyMap<string, TrainingParticipant>;
};

/** A training is scheduled, then held (enrolment closes, completions open); never edited. */
export type Training =
  | { status: 'unscheduled' }
  | (Plan & { status: 'scheduled' })
  | (Plan & { status: 'held'; heldOn: string; attended: ReadonlySet<string>; completed: ReadonlySet<string> });

export const initialState: Training = { status: 'unscheduled' };

export const evolve = (state: Training, event: TrainingEvent): Training => {
  switch (event.type) {
    case 'TrainingScheduled':
      return { status: 'scheduled', ...event.data, participants: new Map() };
    case 'ParticipantEnrolled': {
      if (state.status === 'unscheduled') return state;
      const { personId, sex, ageGroup } = event.data;
      return { ...state, participants: new Map(state.participants).set(personId, { personId, sex, ageGroup }) };
    }
    case 'TrainingHeld':
      return state.status === 'scheduled'
        ? { ...state, status: 'held', heldOn: event.data.heldOn, attended: new Set(event.data.attended), completed: new Set() }
        : state;
    case 'ParticipantsCompleted':
      return state.status === 'held' ? { ...state, completed: new Set([...state.completed, ...event.data.personIds]) } : state;
    default:
      return assertNever(event);
  }
};

export const decide = (command: TrainingCommand, state: Training, context: CommandContext): TrainingEvent[] => {
  switch (command.type) {
    case 'ScheduleTraining':
      return schedule(command.data, state);
    case 'EnrolParticipant':
      return enrol(command.data, state);
    case 'RecordTrainingHeld':
      return recordHeld(command.data, state, context);
    case 'RecordCompletion':
      return recordCompletion(command.data, state);
    default:
      return assertNever(command);
  }
};

/** A list of ids, each once; `emptyRule` names the refusal of an empty list where one is not allowed. */
const distinctIdentifiers = (value: unknown, field: string, rules: { duplicate: string; empty?: string }): string[] => {
  if (!Array.isArray(value)) throw invalidInput('ListInvalid', `${field} must be a list`, field);
  if (value.length === 0 && rules.empty) throw invalidInput(rules.empty, `${field} must name at least one`, field);
  const seen = new Set<string>();
  return value.map((item: unknown, index) => {
    const id = identifier(item, `${field}[${index}]`);
    if (seen.has(id)) throw invalidInput(rules.duplicate, `${id} is listed twice in ${field}`, `${field}[${index}]`);
    seen.add(id);
    return id;
  });
};

const validTopics = (value: unknown): TrainingTopic[] => {
  if (!Array.isArray(value) || value.length === 0) throw invalidInput('TrainingTopicsRequired', 'A training has at least one topic', 'topics');
  const seen = new Set<TrainingTopic>();
  return value.map((topic: unknown, index) => {
    if (!isTrainingTopic(topic)) throw invalidInput('TrainingTopicUnknown', `topics[${index}] must be one of ${TRAINING_TOPICS.join(', ')}`, `topics[${index}]`);
    if (seen.has(topic)) throw invalidInput('TrainingTopicListedTwice', `${topic} is listed twice`, `topics[${index}]`);
    seen.add(topic);
    return topic;
  });
};

const schedule = (data: ScheduleTraining['data'], state: Training): TrainingEvent[] => {
  const trainingId = identifier(data.trainingId, 'trainingId');
  const title = requiredName(data.title, 'title');
  const topics = validTopics(data.topics);
  if (!isTrainingAudience(data.audience)) throw invalidInput('TrainingAudienceUnknown', `audience must be one of ${TRAINING_AUDIENCES.join(', ')}`, 'audience');
  const startsOn = isoDate(data.startsOn, 'startsOn');
  const endsOn = isoDate(data.endsOn, 'endsOn');
  if (endsOn < startsOn) throw invalidInput('TrainingEndsBeforeItStarts', `endsOn (${endsOn}) must not be before startsOn (${startsOn})`, 'endsOn');
  const municipalityIds = distinctIdentifiers(data.municipalityIds, 'municipalityIds', { empty: 'TrainingMunicipalitiesRequired', duplicate: 'MunicipalityListedTwice' });
  if (state.status !== 'unscheduled') throw conflict('TrainingAlreadyScheduled', `Training ${trainingId} is already scheduled`);
  return [{ type: 'TrainingScheduled', data: { trainingId, title, topics, audience: data.audience, startsOn, endsOn, municipalityIds } }];
};

const scheduled = (state: Training, trainingId: string) => {
  if (state.status === 'unscheduled') throw notFound('TrainingNotFound', `Training ${trainingId} was never scheduled`);
  return state;
};

const enrol = (data: EnrolParticipant['data'], state: Training): TrainingEvent[] => {
  const trainingId = identifier(data.trainingId, 'trainingId');
  const personId = identifier(data.personId, 'personId');
  const training = scheduled(state, trainingId);
  const person = data.person;
  if (person === null || person === undefined) throw notFound('PersonNotFound', `Person ${personId} is not registered`);
  if (person.personId !== personId) {
    // The handler loaded another person than the one named: a wiring bug, not the user's mistake.
    throw new Error(`EnrolParticipant for ${personId} was given person ${person.personId}`);
  }
  if (training.status === 'held') throw conflict('TrainingAlreadyHeld', `Training ${trainingId} was held on ${training.heldOn}: enrolment is closed`);
  if (training.participants.has(personId)) throw conflict('ParticipantAlreadyEnrolled', `${personId} is already enrolled in training ${trainingId}`);
  const ageGroup = ageGroupOn(person.birthYear, training.startsOn);
  return [{ type: 'ParticipantEnrolled', data: { trainingId, personId, sex: person.sex, ageGroup } }];
};

const mustBeEnrolled = (training: Plan, personIds: readonly string[]) => {
  const stranger = personIds.find((personId) => !training.participants.has(personId));
  if (stranger !== undefined) throw conflict('ParticipantNotEnrolled', `${stranger} is not enrolled in training ${training.trainingId}`);
};

const recordHeld = (data: RecordTrainingHeld['data'], state: Training, context: CommandContext): TrainingEvent[] => {
  const trainingId = identifier(data.trainingId, 'trainingId');
  const heldOn = pastOrPresentDate(data.heldOn, 'heldOn', context.now, 'TrainingHeldInTheFuture');
  const attended = distinctIdentifiers(data.attended, 'attended', { duplicate: 'AttendeeListedTwice' });
  const training = scheduled(state, trainingId);
  if (training.status === 'held') throw conflict('TrainingAlreadyHeld', `Training ${trainingId} was already held on ${training.heldOn}`);
  if (heldOn < training.startsOn) throw invalidInput('TrainingHeldBeforeItStarts', `heldOn (${heldOn}) is before the training starts (${training.startsOn})`, 'heldOn');
  mustBeEnrolled(training, attended);
  return [{ type: 'TrainingHeld', data: { trainingId, heldOn, attended } }];
};

const recordCompletion = (data: RecordCompletion['data'], state: Training): TrainingEvent[] => {
  const trainingId = identifier(data.trainingId, 'trainingId');
  const personIds = distinctIdentifiers(data.personIds, 'personIds', { empty: 'CompletionWithoutParticipants', duplicate: 'ParticipantListedTwice' });
  const training = scheduled(state, trainingId);
  if (training.status !== 'held') throw conflict('TrainingNotYetHeld', `Training ${trainingId} has not been held yet: nobody can have completed it`);
  mustBeEnrolled(training, personIds);
  const again = personIds.find((personId) => training.completed.has(personId));
  if (again !== undefined) throw conflict('ParticipantAlreadyCompleted', `${again} already completed training ${trainingId}`);
  return [{ type: 'ParticipantsCompleted', data: { trainingId, personIds } }];
};

export const trainingDecider: Decider<TrainingCommand, TrainingEvent, Training> = { initialState, evolve, decide };
