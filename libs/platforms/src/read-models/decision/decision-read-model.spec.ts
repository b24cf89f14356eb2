import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { DecisionRecorded, DecisionRegisterEvent } from '../../decision-register/decision-register.events';
import { decisionRegisterStreamName } from '../../decision-register/decision-register.stream-name';
import type { PlatformFormed } from '../../platform/platform.events';
import { platformStreamName } from '../../platform/platform.stream-name';
import { decisionProjection } from './decision.projection';
import { getDecision, getPriority, listDecisions, listPriorities } from './decision.queries';

const formed = (platformId: string, municipalityIds: string[]): PlatformFormed => ({
  type: 'PlatformFormed',
  data: {
    platformId,
    name: platformId,
    municipalities: municipalityIds.map((municipalityId) => ({ municipalityId, name: municipalityId, entity: 'FBIH' })),
    interMunicipal: municipalityIds.length > 1,
    interEntity: false,
    quorum: { kind: 'majority' },
  } as PlatformFormed['data'],
});

const decision = (decisionId: string, heldAt: string, extra: Partial<DecisionRecorded['data']> = {}, platformId = 'ns-platform'): DecisionRecorded => ({
  type: 'DecisionRecorded',
  data: {
    platformId,
    decisionId,
    meetingId: `meeting-of-${decisionId}`,
    heldAt,
    kind: 'recommendation',
    title: `Odluka ${decisionId}`,
    text: 'Preporuka općinskom vijeću.',
    votes: { for: 5, against: 1, abstaining: 1 },
    supersedes: null,
    rescinds: null,
    ...extra,
  },
});

const priority = (decisionId: string, priorityId: string, platformId = 'ns-platform'): DecisionRegisterEvent => ({
  type: 'PriorityIdentified',
  data: { platformId, priorityId, decisionId, title: `Prioritet ${priorityId}`, description: 'Sigurni prostori za mlade u obje općine.' },
});

describeOnDatabases('the decision register read model', (database) => {

  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => decisionProjection.apply(trx, event));
  };
  const recorded = (event: DecisionRegisterEvent | PlatformFormed) =>
    recordedEvent(event, event.type === 'PlatformFormed' ? platformStreamName(event.data.platformId) : decisionRegisterStreamName(event.data.platformId), {
      actor: 'moderator@makers.ba',
      occurredAt: '2021-06-01T09:00:00.000Z',
    });
  const project = (...events: Array<DecisionRegisterEvent | PlatformFormed>) => apply(...events.map(recorded));

  beforeEach(async () => {
    await decisionProjection.setup(database.db);
    await project(formed('ns-platform', ['novo-sarajevo', 'istocno-novo-sarajevo']), formed('doboj-platform', ['doboj']));
  });

  it('shows a decision with its kind, text, votes and standing', async () => {
    await project(decision('d-1', '2021-05-20T18:15:00+02:00'));
    expect(await getDecision(database.db, 'ns-platform', 'd-1')).toEqual({
      id: 'd-1',
      platformId: 'ns-platform',
      meetingId: 'meeting-of-d-1',
      heldAt: '2021-05-20T18:15:00+02:00',
      kind: 'recommendation',
      title: 'Odluka d-1',
      text: 'Preporuka općinskom vijeću.',
      votes: { for: 5, against: 1, abstaining: 1 },
      status: 'standing',
      supersededBy: null,
      rescindedBy: null,
      supersedes: null,
      rescinds: null,
      priorityId: null,
      recordedAt: '2021-06-01T09:00:00.000Z',
    });
  });

  it('keeps a superseded and a rescinded decision listed, each naming the later one', async () => {
    await project(
      decision('d-1', '2021-05-20T18:15:00+02:00'),
      decision('d-2', '2021-05-20T18:15:00+02:00'),
      decision('d-3', '2021-09-10T18:00:00+02:00', { supersedes: 'd-1' }),
      { type: 'DecisionSuperseded', data: { platformId: 'ns-platform', decisionId: 'd-1', by: 'd-3' } },
      decision('d-4', '2021-09-10T18:00:00+02:00', { rescinds: 'd-2' }),
      { type: 'DecisionRescinded', data: { platformId: 'ns-platform', decisionId: 'd-2', by: 'd-4' } },
    );
    const all = await listDecisions(database.db, { platformId: 'ns-platform', first: 10 });
    expect(all.nodes.map(({ id, status, supersededBy, rescindedBy, supersedes, rescinds }) => ({ id, status, supersededBy, rescindedBy, supersedes, rescinds }))).toEqual([
      { id: 'd-1', status: 'superseded', supersededBy: 'd-3', rescindedBy: null, supersedes: null, rescinds: null },
      { id: 'd-2', status: 'rescinded', supersededBy: null, rescindedBy: 'd-4', supersedes: null, rescinds: null },
      { id: 'd-3', status: 'standing', supersededBy: null, rescindedBy: null, supersedes: 'd-1', rescinds: null },
      { id: 'd-4', status: 'standing', supersededBy: null, rescindedBy: null, supersedes: null, rescinds: 'd-2' },
    ]);
    expect((await listDecisions(database.db, { platformId: 'ns-platform', standing: true, first: 10 })).nodes.map((node) => node.id)).toEqual(['d-3', 'd-4']);
    expect((await listDecisions(database.db, { platformId: 'ns-platform', standing: false, first: 10 })).totalCount).toBe(2);
  });

  it('lists a platform\u2019s decisions by meeting time, filtered by kind, a page at a time', async () => {
    await project(
      decision('later', '2021-09-10T18:00:00+02:00'),
      decision('earlier', '2021-05-20T18:15:00+02:00', { kind: 'local-priority' }),
      priority('earlier', 'safe-spaces'),
      decision('elsewhere', '2021-01-01T10:00:00+01:00', {}, 'doboj-platform'),
    );
    const first = await listDecisions(database.db, { platformId: 'ns-platform', first: 1 });
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true, nodes: [{ id: 'earlier', kind: 'local-priority', priorityId: 'safe-spaces' }] });
    const second = await listDecisions(database.db, { platformId: 'ns-platform', first: 1, after: first.endCursor });
    expect(second).toMatchObject({ hasNextPage: false, nodes: [{ id: 'later', priorityId: null }] });
    expect((await listDecisions(database.db, { platformId: 'ns-platform', kind: 'local-priority', first: 5 })).nodes.map((node) => node.id)).toEqual(['earlier']);
  });

  it('shows a priority with its id, the decision and meeting that identified it, and its platform\u2019s municipalities', async () => {
    await project(decision('d-1', '2021-05-20T18:15:00+02:00', { kind: 'local-priority' }), priority('d-1', 'safe-spaces'));
    expect(await getPriority(database.db, 'ns-platform', 'safe-spaces')).toEqual({
      id: 'safe-spaces',
      platformId: 'ns-platform',
      municipalityIds: ['istocno-novo-sarajevo', 'novo-sarajevo'],
      title: 'Prioritet safe-spaces',
      description: 'Sigurni prostori za mlade u obje općine.',
      decisionId: 'd-1',
      meetingId: 'meeting-of-d-1',
      standing: true,
      identifiedAt: '2021-06-01T09:00:00.000Z',
    });
  });

  it('lists priorities by platform or by municipality, and says when their decision no longer stands', async () => {
    await project(
      decision('d-1', '2021-05-20T18:15:00+02:00', { kind: 'local-priority' }),
      priority('d-1', 'safe-spaces'),
      decision('d-2', '2021-06-20T18:15:00+02:00', { kind: 'local-priority' }, 'doboj-platform'),
      priority('d-2', 'youth-centre', 'doboj-platform'),
      decision('d-3', '2021-09-10T18:00:00+02:00', { rescinds: 'd-1' }),
      { type: 'DecisionRescinded', data: { platformId: 'ns-platform', decisionId: 'd-1', by: 'd-3' } },
    );
    const all = await listPriorities(database.db, { first: 1 });
    expect(all).toMatchObject({ totalCount: 2, hasNextPage: true, nodes: [{ id: 'safe-spaces', standing: false }] });
    expect((await listPriorities(database.db, { first: 1, after: all.endCursor })).nodes).toMatchObject([{ id: 'youth-centre', standing: true }]);
    expect((await listPriorities(database.db, { platformId: 'doboj-platform', first: 5 })).nodes.map((node) => node.id)).toEqual(['youth-centre']);
    const ofMunicipality = await listPriorities(database.db, { municipalityId: 'istocno-novo-sarajevo', first: 5 });
    expect(ofMunicipality).toMatchObject({ totalCount: 1, nodes: [{ id: 'safe-spaces' }] });
  });

  it('leaves the same rows when an event is applied twice, a status given by a later decision included', async () => {
    const events = [
      recorded(decision('d-1', '2021-05-20T18:15:00+02:00', { kind: 'local-priority' })),
      recorded(priority('d-1', 'safe-spaces')),
      recorded(decision('d-2', '2021-09-10T18:00:00+02:00', { supersedes: 'd-1' })),
      recorded({ type: 'DecisionSuperseded', data: { platformId: 'ns-platform', decisionId: 'd-1', by: 'd-2' } }),
    ];
    await apply(...events, ...events);
    expect(await getDecision(database.db, 'ns-platform', 'd-1')).toMatchObject({ status: 'superseded', supersededBy: 'd-2', priorityId: 'safe-spaces' });
    expect((await listPriorities(database.db, { first: 10 })).totalCount).toBe(1);
  });

  it('refuses a cursor from another list', async () => {
    await project(decision('d-1', '2021-05-20T18:15:00+02:00', { kind: 'local-priority' }), priority('d-1', 'safe-spaces'));
    const cursor = (await listPriorities(database.db, { first: 1 })).endCursor!;
    await expect(listDecisions(database.db, { platformId: 'ns-platform', first: 1, after: cursor })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
