import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { TrainingEvent, TrainingScheduled } from '../../training/training.events';
import { trainingStreamName } from '../../training/training.stream-name';
import { trainingProjection } from './training.projection';
import { getTraining, getTrainingParticipation, listTrainings } from './training.queries';

const recorded = (event: TrainingEvent): RecordedEvent =>
  recordedEvent(event, trainingStreamName(event.data.trainingId), { actor: 'amra.hadzic@undp.example', occurredAt: '2021-04-01T09:00:00.000Z' });

const scheduled = (trainingId: string, data: Partial<TrainingScheduled['data']> = {}): TrainingScheduled => ({
  type: 'TrainingScheduled',
  data: {
    trainingId,
    title: 'Zagovaranje i liderstvo za mlade aktiviste',
    topics: ['advocacy', 'leadership'],
    audience: 'young-activists',
    startsOn: '2021-05-14',
    endsOn: '2021-05-15',
    municipalityIds: ['travnik', 'novi-travnik'],
    ...data,
  },
});
const enrolled = (personId: string, sex: 'female' | 'male', ageGroup: '15-30' | 'over-30' | 'unknown', trainingId = 'travnik-advocacy-2021'): TrainingEvent => ({
  type: 'ParticipantEnrolled',
  data: { trainingId, personId, sex, ageGroup },
});

describeOnDatabases('the trainings read model', (database) => {

  const project = async (...events: TrainingEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => trainingProjection.apply(trx, recorded(event)));
  };

  beforeEach(async () => {
    await trainingProjection.setup(database.db);
    await project(
      scheduled('travnik-advocacy-2021'),
      scheduled('bijeljina-moderation-2021', { title: 'Moderacija lokalnih dijaloških platformi', topics: ['platform-moderation'], audience: 'municipal-staff', startsOn: '2021-09-20', endsOn: '2021-09-20', municipalityIds: ['bijeljina'] }),
      scheduled('doboj-media-2021', { title: 'Medijska i informacijska pismenost', topics: ['media-and-information-literacy', 'critical-thinking'], audience: 'mixed', startsOn: '2021-03-02', endsOn: '2021-03-03', municipalityIds: ['doboj'] }),
      enrolled('lejla-begic', 'female', '15-30'),
      enrolled('marko-jovanovic', 'male', 'over-30'),
      enrolled('amar-hodzic', 'male', '15-30'),
      enrolled('person-forgotten', 'female', 'unknown'),
      { type: 'TrainingHeld', data: { trainingId: 'travnik-advocacy-2021', heldOn: '2021-05-15', attended: ['lejla-begic', 'marko-jovanovic', 'person-forgotten'] } },
      { type: 'ParticipantsCompleted', data: { trainingId: 'travnik-advocacy-2021', personIds: ['lejla-begic'] } },
      { type: 'ParticipantsCompleted', data: { trainingId: 'travnik-advocacy-2021', personIds: ['person-forgotten'] } },
    );
  });

  it('shows a training with its topics, audience, dates, municipalities and state', async () => {
    expect(await getTraining(database.db, 'travnik-advocacy-2021')).toEqual({
      id: 'travnik-advocacy-2021',
      title: 'Zagovaranje i liderstvo za mlade aktiviste',
      topics: ['advocacy', 'leadership'],
      audience: 'young-activists',
      startsOn: '2021-05-14',
      endsOn: '2021-05-15',
      municipalityIds: ['travnik', 'novi-travnik'],
      state: 'held',
      heldOn: '2021-05-15',
      scheduledAt: '2021-04-01T09:00:00.000Z',
    });
    expect(await getTraining(database.db, 'never-scheduled')).toBeNull();
  });

  it('lists trainings by start date, a page at a time', async () => {
    const first = await listTrainings(database.db, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true, nodes: [{ id: 'doboj-media-2021' }, { id: 'travnik-advocacy-2021' }] });
    const rest = await listTrainings(database.db, { first: 2, after: first.endCursor });
    expect(rest).toMatchObject({ hasNextPage: false, nodes: [{ id: 'bijeljina-moderation-2021' }] });
  });

  it('filters trainings by a topic among theirs, by audience and by municipality', async () => {
    const ids = async (options: Parameters<typeof listTrainings>[1]) => (await listTrainings(database.db, options)).nodes.map((node) => node.id);
    expect(await ids({ first: 10, topic: 'critical-thinking' })).toEqual(['doboj-media-2021']);
    expect(await ids({ first: 10, topic: 'leadership' })).toEqual(['travnik-advocacy-2021']);
    expect(await ids({ first: 10, audience: 'municipal-staff' })).toEqual(['bijeljina-moderation-2021']);
    expect(await ids({ first: 10, municipalityId: 'novi-travnik' })).toEqual(['travnik-advocacy-2021']);
    expect(await ids({ first: 10, municipalityId: 'novi-travnik', audience: 'mixed' })).toEqual([]);
  });

  it('counts participants enrolled, attended and completed, by sex and by age group', async () => {
    const participation = await getTrainingParticipation(database.db, 'travnik-advocacy-2021');
    expect(participation).toMatchObject({ enrolled: 4, attended: 3, completed: 2 });
    expect(participation.bySex).toEqual([
      { sex: 'female', enrolled: 2, attended: 2, completed: 2 },
      { sex: 'male', enrolled: 2, attended: 1, completed: 0 },
      { sex: 'other', enrolled: 0, attended: 0, completed: 0 },
      { sex: 'undisclosed', enrolled: 0, attended: 0, completed: 0 },
    ]);
    expect(participation.byAgeGroup).toEqual([
      { ageGroup: 'under-15', enrolled: 0, attended: 0, completed: 0 },
      { ageGroup: '15-30', enrolled: 2, attended: 1, completed: 1 },
      { ageGroup: 'over-30', enrolled: 1, attended: 1, completed: 0 },
      { ageGroup: 'unknown', enrolled: 1, attended: 1, completed: 1 },
    ]);
    expect(participation.bySexAndAgeGroup).toHaveLength(16);
    expect(participation.bySexAndAgeGroup).toContainEqual({ sex: 'male', ageGroup: '15-30', enrolled: 1, attended: 0, completed: 0 });
  });

  it('answers zeros for a training nobody enrolled in', async () => {
    expect(await getTrainingParticipation(database.db, 'bijeljina-moderation-2021')).toMatchObject({ enrolled: 0, attended: 0, completed: 0 });
  });

  it('leaves the same rows when an event is applied twice', async () => {
    await project(scheduled('travnik-advocacy-2021'), enrolled('lejla-begic', 'female', '15-30'), { type: 'ParticipantsCompleted', data: { trainingId: 'travnik-advocacy-2021', personIds: ['lejla-begic'] } });
    expect(await getTrainingParticipation(database.db, 'travnik-advocacy-2021')).toMatchObject({ enrolled: 4, attended: 3, completed: 2 });
    expect((await listTrainings(database.db, { first: 10, topic: 'advocacy' })).totalCount).toBe(1);
  });

  it('refuses a cursor of another list', async () => {
    await expect(listTrainings(database.db, { first: 5, after: 'bm9wZQ' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
