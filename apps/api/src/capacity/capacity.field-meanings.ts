import { name, type FieldMeaning } from '../testing/bad-input/field-meaning';
import { MINUTES_IN_A_DAY } from '@makers/platforms';
import { MAX_PARTICIPANTS_PER_CALL, MAX_TRAINING_MUNICIPALITIES } from './capacity.inputs';

/** What the capacity context's input fields mean, where their types and names do not tell (see bad-input/field-meanings.ts). */
export const capacityFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'ScheduleTrainingInput.title': name(),
  'ScheduleTrainingInput.topics': { kind: 'list', maxItems: 8 },
  'ScheduleTrainingInput.municipalityIds': { kind: 'list', maxItems: MAX_TRAINING_MUNICIPALITIES },
  'RecordTrainingHeldInput.attended': { kind: 'list', maxItems: MAX_PARTICIPANTS_PER_CALL },
  'RecordCompletionInput.personIds': { kind: 'list', maxItems: MAX_PARTICIPANTS_PER_CALL },
  'LogVolunteerHoursInput.on': { kind: 'calendarDate' },
  'LogVolunteerHoursInput.minutes': { kind: 'positiveCount', max: MINUTES_IN_A_DAY },
};
