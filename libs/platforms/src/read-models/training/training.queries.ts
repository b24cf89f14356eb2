import { sql, type Kysely } from 'kysely';
import { invalidInput } from '@makers/kernel';
import { SEXES, type Sex } from '@makers/people';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import { AGE_GROUPS, type AgeGroup } from '../../age-group';
import { isTrainingAudience, isTrainingTopic, TRAINING_AUDIENCES, TRAINING_TOPICS, type TrainingAudience, type TrainingTopic } from '../../training/training.events';
import {
  TRAINING_MUNICIPALITIES,
  TRAINING_PARTICIPANTS,
  TRAINING_TOPICS_TABLE,
  TRAININGS,
  type TrainingReadModelTables,
  type TrainingRow,
  type TrainingState,
} from './training-read-model.tables';

export interface TrainingView {
  readonly id: string;
  readonly title: string;
  readonly topics: TrainingTopic[];
  readonly audience: TrainingAudience;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly municipalityIds: string[];
  readonly state: TrainingState;
  /** The day it was recorded as held; null while scheduled. */
  readonly heldOn: string | null;
  readonly scheduledAt: string;
}

/** How many participants were enrolled, attended and completed. */
export interface ParticipationCounts {
  readonly enrolled: number;
  readonly attended: number;
  readonly completed: number;
}

/**
 * Participation in a training, in total and disaggregated by sex and by age group (at the training's start), each
 * list holding every sex and every age group, zeros included, so that dashboards line up.
 */
export interface TrainingParticipationView extends ParticipationCounts {
  readonly bySex: Array<ParticipationCounts & { sex: Sex }>;
  readonly byAgeGroup: Array<ParticipationCounts & { ageGroup: AgeGroup }>;
  readonly bySexAndAgeGroup: Array<ParticipationCounts & { sex: Sex; ageGroup: AgeGroup }>;
}

export interface ListTrainingsOptions extends PageRequest {
  readonly topic?: TrainingTopic | null;
  readonly audience?: TrainingAudience | null;
  readonly municipalityId?: string | null;
}

type Tables = TrainingReadModelTables;

const toTrainingView = (row: TrainingRow): TrainingView => ({
  id: row.training_id,
  title: row.title,
  topics: JSON.parse(row.topics_json) as TrainingTopic[],
  audience: row.audience as TrainingAudience,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  municipalityIds: JSON.parse(row.municipality_ids_json) as string[],
  state: row.state,
  heldOn: row.held_on,
  scheduledAt: row.scheduled_at,
});

export const getTraining = async (db: Kysely<any>, trainingId: string): Promise<TrainingView | null> => {
  const row = await (db as Kysely<Tables>).selectFrom(TRAININGS).selectAll().where('training_id', '=', trainingId).executeTakeFirst();
  return row ? toTrainingView(row) : null;
};

/** Trainings by start date, keyset-paginated; filtered by a topic among theirs, audience, or a municipality they are for. */
export const listTrainings = async (db: Kysely<any>, options: ListTrainingsOptions): Promise<Page<TrainingView>> => {
  const size = pageSize(options.first);
  const { topic, audience, municipalityId, after } = options;
  if (topic != null && !isTrainingTopic(topic)) throw invalidInput('TrainingTopicUnknown', `topic must be one of ${TRAINING_TOPICS.join(', ')}`, 'topic');
  if (audience != null && !isTrainingAudience(audience)) {
    throw invalidInput('TrainingAudienceUnknown', `audience must be one of ${TRAINING_AUDIENCES.join(', ')}`, 'audience');
  }
  const cursor = after ? decodeCursor('trainings', after, 1)[0] : null;

  let filtered = (db as Kysely<Tables>).selectFrom(TRAININGS);
  if (audience != null) filtered = filtered.where(`${TRAININGS}.audience`, '=', audience);
  if (topic != null) {
    filtered = filtered.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(TRAINING_TOPICS_TABLE)
          .select(`${TRAINING_TOPICS_TABLE}.training_id`)
          .whereRef(`${TRAINING_TOPICS_TABLE}.training_id`, '=', `${TRAININGS}.training_id`)
          .where(`${TRAINING_TOPICS_TABLE}.topic`, '=', topic),
      ),
    );
  }
  if (municipalityId != null) {
    filtered = filtered.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(TRAINING_MUNICIPALITIES)
          .select(`${TRAINING_MUNICIPALITIES}.training_id`)
          .whereRef(`${TRAINING_MUNICIPALITIES}.training_id`, '=', `${TRAININGS}.training_id`)
          .where(`${TRAINING_MUNICIPALITIES}.municipality_id`, '=', municipalityId),
      ),
    );
  }
  let page = filtered.selectAll(TRAININGS);
  if (cursor !== null) page = page.where(`${TRAININGS}.sort_key`, '>', cursor);

  const [rows, total] = await Promise.all([
    page.orderBy(`${TRAININGS}.sort_key`).limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toTrainingView, (row) => encodeCursor('trainings', [row.sort_key]));
};

const sum = (rows: readonly ParticipationCounts[]): ParticipationCounts => ({
  enrolled: rows.reduce((total, row) => total + row.enrolled, 0),
  attended: rows.reduce((total, row) => total + row.attended, 0),
  completed: rows.reduce((total, row) => total + row.completed, 0),
});

/** Participation figures of a training, counted from its participants' rows (all zero for an unknown training). */
export const getTrainingParticipation = async (db: Kysely<any>, trainingId: string): Promise<TrainingParticipationView> => {
  const rows = await (db as Kysely<Tables>)
    .selectFrom(TRAINING_PARTICIPANTS)
    .select([
      'sex',
      'age_group',
      sql<number>`count(*)`.as('enrolled'),
      sql<number>`coalesce(sum(attended), 0)`.as('attended'),
      sql<number>`coalesce(sum(completed), 0)`.as('completed'),
    ])
    .where('training_id', '=', trainingId)
    .groupBy(['sex', 'age_group'])
    .execute();
  const cells = SEXES.flatMap((sex) =>
    AGE_GROUPS.map((ageGroup) => {
      const row = rows.find((candidate) => candidate.sex === sex && candidate.age_group === ageGroup);
      return { sex, ageGroup, enrolled: Number(row?.enrolled ?? 0), attended: Number(row?.attended ?? 0), completed: Number(row?.completed ?? 0) };
    }),
  );
  return {
    ...sum(cells),
    bySex: SEXES.map((sex) => ({ sex, ...sum(cells.filter((cell) => cell.sex === sex)) })),
    byAgeGroup: AGE_GROUPS.map((ageGroup) => ({ ageGroup, ...sum(cells.filter((cell) => cell.ageGroup === ageGroup)) })),
    bySexAndAgeGroup: cells,
  };
};
