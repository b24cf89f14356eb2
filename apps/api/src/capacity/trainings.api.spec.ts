import { errorCodes, startApi, type ApiHarness, type ReadModelKind } from '../testing/api-harness';
import { setUp } from '../testing/mutation-examples';
import { FORGET_PERSON, REGISTER_PERSON } from '../people/people.mutation-examples';
import { ENROL_PARTICIPANT, RECORD_COMPLETION, RECORD_TRAINING_HELD, SCHEDULE_TRAINING, scheduleTrainingInput } from './capacity.mutation-examples';

const TRAINING = /* GraphQL */ `
  query ($id: ID!) {
    training(id: $id) {
      id title topics audience startsOn endsOn municipalityIds state heldOn
      participation {
        enrolled attended completed
        bySex { sex enrolled attended completed }
        byAgeGroup { ageGroup enrolled attended completed }
        bySexAndAgeGroup { sex ageGroup enrolled attended completed }
      }
    }
  }`;
const TRAININGS = /* GraphQL */ `
  query ($topic: TrainingTopic, $audience: TrainingAudience, $municipalityId: ID, $first: Int!, $after: String) {
    trainings(topic: $topic, audience: $audience, municipalityId: $municipalityId, first: $first, after: $after) {
      nodes { id topics } pageInfo { endCursor hasNextPage } totalCount
    }
  }`;

/** The young activists of Travnik and Novi Travnik, and a mentor, as the people context registers them. */
const people = [
  { id: 'lejla-begic', name: 'Lejla Begić', sex: 'FEMALE', yearOfBirth: 2003 },
  { id: 'amar-hodzic', name: 'Amar Hodžić', sex: 'MALE', yearOfBirth: 2008 },
  { id: 'marko-jovanovic', name: 'Марко Јовановић', sex: 'MALE', yearOfBirth: 1988 },
  { id: 'sara-kovacevic', name: 'Sara Kovačević', sex: 'FEMALE' },
];

describe.each<ReadModelKind>(['sqlite', 'postgres'])('trainings over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(readModels);
    for (const person of people) await setUp(api, REGISTER_PERSON, person);
    await setUp(api, SCHEDULE_TRAINING, scheduleTrainingInput('travnik-advocacy-2021'));
    for (const { id } of people) await setUp(api, ENROL_PARTICIPANT, { trainingId: 'travnik-advocacy-2021', personId: id });
  });
  afterAll(() => api.close());

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (query: string, input: Record<string, unknown>, as: 'programme-manager' | 'applicant' = 'programme-manager') => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(query, { input }, { as });
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };

  const participation = async (id = 'travnik-advocacy-2021') => (await api.graphql(TRAINING, { id })).data?.training.participation;

  it('answers a scheduled training with its topics, audience, dates and municipalities', async () => {
    const response = await api.graphql(TRAINING, { id: 'travnik-advocacy-2021' }, { as: 'applicant' });
    expect(response.data?.training).toMatchObject({
      title: 'Zagovaranje i liderstvo za mlade aktiviste',
      topics: ['ADVOCACY', 'LEADERSHIP'],
      audience: 'YOUNG_ACTIVISTS',
      startsOn: '2021-05-14',
      endsOn: '2021-05-15',
      municipalityIds: ['travnik', 'novi-travnik'],
      state: 'SCHEDULED',
      heldOn: null,
    });
  });

  it('counts participants by sex and by age group at the training’s start: born 2003 is 15-30 at a 2021 training', async () => {
    const figures = await participation();
    expect(figures).toMatchObject({ enrolled: 4, attended: 0, completed: 0 });
    expect(figures.bySex.filter((row: { enrolled: number }) => row.enrolled > 0)).toEqual([
      { sex: 'FEMALE', enrolled: 2, attended: 0, completed: 0 },
      { sex: 'MALE', enrolled: 2, attended: 0, completed: 0 },
    ]);
    expect(figures.byAgeGroup.map((row: { ageGroup: string; enrolled: number }) => [row.ageGroup, row.enrolled])).toEqual([
      ['UNDER_15', 1],
      ['FROM_15_TO_30', 1],
      ['OVER_30', 1],
      ['UNKNOWN', 1],
    ]);
    expect(figures.bySexAndAgeGroup).toContainEqual({ sex: 'FEMALE', ageGroup: 'FROM_15_TO_30', enrolled: 1, attended: 0, completed: 0 });
  });

  it('filters trainings by topic, audience and municipality, with a cursor', async () => {
    await setUp(api, SCHEDULE_TRAINING, {
      id: 'bijeljina-moderation-2021',
      title: 'Moderacija lokalnih dijaloških platformi',
      topics: ['PLATFORM_MODERATION'],
      audience: 'MUNICIPAL_STAFF',
      startsOn: '2021-09-20',
      endsOn: '2021-09-20',
      municipalityIds: ['bijeljina'],
    });
    const ids = async (variables: Record<string, unknown>) =>
      (await api.graphql(TRAININGS, { first: 10, ...variables }, { as: 'platform-member' })).data?.trainings.nodes.map((node: { id: string }) => node.id);
    expect(await ids({ topic: 'LEADERSHIP' })).toEqual(['travnik-advocacy-2021']);
    expect(await ids({ audience: 'MUNICIPAL_STAFF' })).toEqual(['bijeljina-moderation-2021']);
    expect(await ids({ municipalityId: 'novi-travnik' })).toEqual(['travnik-advocacy-2021']);
    const first = await api.graphql(TRAININGS, { first: 1 });
    expect(first.data?.trainings).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: 'travnik-advocacy-2021' }] });
    const second = await api.graphql(TRAININGS, { first: 1, after: first.data?.trainings.pageInfo.endCursor });
    expect(second.data?.trainings).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: 'bijeljina-moderation-2021' }] });
  });

  it('records completion only after the training was held, and only of enrolled participants', async () => {
    const early = await refused(RECORD_COMPLETION, { trainingId: 'travnik-advocacy-2021', personIds: ['lejla-begic'] });
    expect(early[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'TrainingNotYetHeld' });

    const held = await api.graphql(RECORD_TRAINING_HELD.replace('{ id }', '{ id state heldOn }'), {
      input: { trainingId: 'travnik-advocacy-2021', heldOn: '2021-05-15', attended: ['lejla-begic', 'marko-jovanovic', 'sara-kovacevic'] },
    });
    expect(held.data?.recordTrainingHeld).toEqual({ id: 'travnik-advocacy-2021', state: 'HELD', heldOn: '2021-05-15' });

    await setUp(api, REGISTER_PERSON, { id: 'nikola-savic', name: 'Nikola Savić', sex: 'MALE', yearOfBirth: 1999 });
    const stranger = await refused(RECORD_COMPLETION, { trainingId: 'travnik-advocacy-2021', personIds: ['lejla-begic', 'nikola-savic'] });
    expect(stranger[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ParticipantNotEnrolled' });

    await setUp(api, RECORD_COMPLETION, { trainingId: 'travnik-advocacy-2021', personIds: ['lejla-begic', 'sara-kovacevic'] });
    const again = await refused(RECORD_COMPLETION, { trainingId: 'travnik-advocacy-2021', personIds: ['lejla-begic'] });
    expect(again[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ParticipantAlreadyCompleted' });

    expect(await participation()).toMatchObject({ enrolled: 4, attended: 3, completed: 2 });
    const late = await refused(ENROL_PARTICIPANT, { trainingId: 'travnik-advocacy-2021', personId: 'nikola-savic' });
    expect(late[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'TrainingAlreadyHeld' });
  });

  it('keeps every participation figure when a participant is forgotten', async () => {
    const before = await participation();
    await setUp(api, FORGET_PERSON, { personId: 'lejla-begic', reason: 'Zatražila brisanje podataka' });
    expect(await participation()).toEqual(before);
    expect(before.bySexAndAgeGroup).toContainEqual({ sex: 'FEMALE', ageGroup: 'FROM_15_TO_30', enrolled: 1, attended: 1, completed: 1 });
  });

  describe('refuses bad commands with a stable code and appends nothing', () => {
    it('a training scheduled twice: CONFLICT', async () => {
      const errors = await refused(SCHEDULE_TRAINING, scheduleTrainingInput('travnik-advocacy-2021'));
      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'TrainingAlreadyScheduled' });
    });

    it('a training that ends before it starts, a topic the programme does not train in: BAD_USER_INPUT naming the field', async () => {
      const backwards = await refused(SCHEDULE_TRAINING, { ...scheduleTrainingInput('other'), startsOn: '2021-05-15', endsOn: '2021-05-14' });
      expect(backwards[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
      const topic = await refused(SCHEDULE_TRAINING, { ...scheduleTrainingInput('other'), topics: ['FUNDRAISING'] });
      expect(topic[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('scheduling as an applicant: FORBIDDEN', async () => {
      const errors = await refused(SCHEDULE_TRAINING, scheduleTrainingInput('other'), 'applicant');
      expect(errors[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('enrolling a person nobody registered: NOT_FOUND', async () => {
      await setUp(api, SCHEDULE_TRAINING, scheduleTrainingInput('doboj-media-2022', ['doboj']));
      const errors = await refused(ENROL_PARTICIPANT, { trainingId: 'doboj-media-2022', personId: 'nobody-known' });
      expect(errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PersonNotFound' });
    });

    it('a training held before it starts, or recorded held for a training never scheduled', async () => {
      const before = await refused(RECORD_TRAINING_HELD, { trainingId: 'doboj-media-2022', heldOn: '2021-05-13', attended: [] });
      expect(before[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'TrainingHeldBeforeItStarts' });
      const unknown = await refused(RECORD_TRAINING_HELD, { trainingId: 'never-scheduled', heldOn: '2021-05-15', attended: [] });
      expect(unknown[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'TrainingNotFound' });
    });

    it('an unknown training: NOT_FOUND on the query', async () => {
      expect(errorCodes(await api.graphql(TRAINING, { id: 'nope' }))).toEqual(['NOT_FOUND']);
    });
  });
});
