import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { KEY_SEPARATOR, type Projection } from '@makers/projections';
import { TRAINING_EVENT_TYPES, type TrainingEvent } from '../../training/training.events';
import {
  createTrainingTables,
  dropTrainingTables,
  TRAINING_MUNICIPALITIES,
  TRAINING_PARTICIPANTS,
  TRAINING_TOPICS_TABLE,
  TRAININGS,
  type TrainingReadModelTables,
} from './training-read-model.tables';

const EVENT_TYPES: readonly string[] = TRAINING_EVENT_TYPES;

/** The keyset order of trainings: by start date, then id (a slug; dates are fixed-width). */
export const trainingSortKey = (startsOn: string, trainingId: string): string => `${startsOn}${KEY_SEPARATOR}${trainingId}`;

/**
 * Trainings with their topics, municipalities and participants. Every write is an upsert or an update keyed by id:
 * applying an event twice leaves the same rows.
 */
export const trainingProjection: Projection<TrainingReadModelTables> = {
  name: 'platforms-trainings',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createTrainingTables(db),
  teardown: (db: Kysely<any>) => dropTrainingTables(db),
  apply: async (trx: Transaction<TrainingReadModelTables>, recorded: RecordedEvent) => {
    if (!EVENT_TYPES.includes(recorded.type)) return;
    const event = recorded as unknown as TrainingEvent;
    switch (event.type) {
      case 'TrainingScheduled': {
        const { trainingId, title, topics, audience, startsOn, endsOn, municipalityIds } = event.data;
        const row = {
          title,
          topics_json: JSON.stringify(topics),
          audience,
          starts_on: startsOn,
          ends_on: endsOn,
          municipality_ids_json: JSON.stringify(municipalityIds),
          state: 'scheduled' as const,
          held_on: null,
          scheduled_at: recorded.metadata.occurredAt,
          sort_key: trainingSortKey(startsOn, trainingId),
        };
        await trx
          .insertInto(TRAININGS)
          .values({ training_id: trainingId, ...row })
          .onConflict((conflict) => conflict.column('training_id').doUpdateSet(row))
          .execute();
        for (const topic of topics) {
          await trx.insertInto(TRAINING_TOPICS_TABLE).values({ training_id: trainingId, topic }).onConflict((conflict) => conflict.doNothing()).execute();
        }
        for (const municipalityId of municipalityIds) {
          await trx
            .insertInto(TRAINING_MUNICIPALITIES)
            .values({ training_id: trainingId, municipality_id: municipalityId })
            .onConflict((conflict) => conflict.doNothing())
            .execute();
        }
        return;
      }
      case 'ParticipantEnrolled': {
        const { trainingId, personId, sex, ageGroup } = event.data;
        await trx
          .insertInto(TRAINING_PARTICIPANTS)
          .values({ training_id: trainingId, person_id: personId, sex, age_group: ageGroup, attended: 0, completed: 0 })
          .onConflict((conflict) => conflict.columns(['training_id', 'person_id']).doUpdateSet({ sex, age_group: ageGroup }))
          .execute();
        return;
      }
      case 'TrainingHeld': {
        const { trainingId, heldOn, attended } = event.data;
        await trx.updateTable(TRAININGS).set({ state: 'held', held_on: heldOn }).where('training_id', '=', trainingId).execute();
        if (attended.length > 0) {
          await trx.updateTable(TRAINING_PARTICIPANTS).set({ attended: 1 }).where('training_id', '=', trainingId).where('person_id', 'in', attended).execute();
        }
        return;
      }
      case 'ParticipantsCompleted': {
        const { trainingId, personIds } = event.data;
        if (personIds.length > 0) {
          await trx.updateTable(TRAINING_PARTICIPANTS).set({ completed: 1 }).where('training_id', '=', trainingId).where('person_id', 'in', personIds).execute();
        }
        return;
      }
      default:
        assertNever(event);
    }
  },
};
