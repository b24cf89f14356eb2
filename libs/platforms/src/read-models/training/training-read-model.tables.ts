import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Trainings as read models: one row per training, its topics and municipalities for filtering, and one row per
 * participant with the sex and age group their enrolment recorded. Participation figures are counted from these rows,
 * which come from the events alone: forgetting a person (which erases their name, never these facts) changes none.
 * Keys and sort keys compare byte-wise on both databases (`collate "C"` on PostgreSQL, SQLite's binary default).
 */
export const TRAININGS = 'platforms_trainings';
export const TRAINING_TOPICS_TABLE = 'platforms_training_topics';
export const TRAINING_MUNICIPALITIES = 'platforms_training_municipalities';
export const TRAINING_PARTICIPANTS = 'platforms_training_participants';

export const TRAINING_STATES = ['scheduled', 'held'] as const;
export type TrainingState = (typeof TRAINING_STATES)[number];

export interface TrainingRow {
  training_id: string;
  title: string;
  /** JSON array, in the order given. */
  topics_json: string;
  audience: string;
  starts_on: string;
  ends_on: string;
  /** JSON array, in the order given. */
  municipality_ids_json: string;
  state: TrainingState;
  held_on: string | null;
  scheduled_at: string;
  /** `starts_on`, then the id: the keyset order of the list. */
  sort_key: string;
}

export interface TrainingTopicRow {
  training_id: string;
  topic: string;
}

export interface TrainingMunicipalityRow {
  training_id: string;
  municipality_id: string;
}

export interface TrainingParticipantRow {
  training_id: string;
  person_id: string;
  sex: string;
  age_group: string;
  /** 1 when the record of the training held lists them, else 0. */
  attended: number;
  /** 1 once their completion is recorded, else 0. */
  completed: number;
}

export interface TrainingReadModelTables {
  [TRAININGS]: TrainingRow;
  [TRAINING_TOPICS_TABLE]: TrainingTopicRow;
  [TRAINING_MUNICIPALITIES]: TrainingMunicipalityRow;
  [TRAINING_PARTICIPANTS]: TrainingParticipantRow;
}

export const createTrainingTables = async (db: Kysely<any>): Promise<void> => {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable(TRAININGS)
    .ifNotExists()
    .addColumn('training_id', key, (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('topics_json', 'text', (column) => column.notNull())
    .addColumn('audience', key, (column) => column.notNull())
    .addColumn('starts_on', key, (column) => column.notNull())
    .addColumn('ends_on', key, (column) => column.notNull())
    .addColumn('municipality_ids_json', 'text', (column) => column.notNull())
    .addColumn('state', key, (column) => column.notNull())
    .addColumn('held_on', key)
    .addColumn('scheduled_at', 'text', (column) => column.notNull())
    .addColumn('sort_key', key, (column) => column.notNull().unique())
    .execute();
  await db.schema
    .createTable(TRAINING_TOPICS_TABLE)
    .ifNotExists()
    .addColumn('training_id', key, (column) => column.notNull())
    .addColumn('topic', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${TRAINING_TOPICS_TABLE}_pk`, ['training_id', 'topic'])
    .execute();
  await db.schema.createIndex(`${TRAINING_TOPICS_TABLE}_by_topic`).ifNotExists().on(TRAINING_TOPICS_TABLE).column('topic').execute();
  await db.schema
    .createTable(TRAINING_MUNICIPALITIES)
    .ifNotExists()
    .addColumn('training_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addPrimaryKeyConstraint(`${TRAINING_MUNICIPALITIES}_pk`, ['training_id', 'municipality_id'])
    .execute();
  await db.schema.createIndex(`${TRAINING_MUNICIPALITIES}_by_municipality`).ifNotExists().on(TRAINING_MUNICIPALITIES).column('municipality_id').execute();
  await db.schema
    .createTable(TRAINING_PARTICIPANTS)
    .ifNotExists()
    .addColumn('training_id', key, (column) => column.notNull())
    .addColumn('person_id', key, (column) => column.notNull())
    .addColumn('sex', key, (column) => column.notNull())
    .addColumn('age_group', key, (column) => column.notNull())
    .addColumn('attended', 'integer', (column) => column.notNull())
    .addColumn('completed', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${TRAINING_PARTICIPANTS}_pk`, ['training_id', 'person_id'])
    .execute();
};

export const dropTrainingTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [TRAINING_PARTICIPANTS, TRAINING_MUNICIPALITIES, TRAINING_TOPICS_TABLE, TRAININGS]) await db.schema.dropTable(table).ifExists().execute();
};
