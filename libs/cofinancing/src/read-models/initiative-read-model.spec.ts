import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { InitiativeStarted } from '../initiative/initiative.events';
import { initiativeIdForAward, initiativeStreamName } from '../initiative/initiative.stream-name';
import { initiativeProjection } from './initiative.projection';
import { getInitiative, listInitiatives } from './initiative.queries';

const started = (proposalId: string, municipalityId: string, title: string, dollars: number): InitiativeStarted => ({
  type: 'InitiativeStarted',
  data: {
    initiativeId: initiativeIdForAward('makers-call-2021', proposalId),
    origin: { kind: 'award', callId: 'makers-call-2021', proposalId },
    municipalityId,
    title,
    amount: { amountMinor: dollars * 100, currency: 'USD' },
  },
});
const recorded = (event: InitiativeStarted, occurredAt: string) =>
  recordedEvent(event, initiativeStreamName(event.data.initiativeId), { actor: 'system:award-process', occurredAt });

describeOnDatabases('the initiatives read model', (database) => {
  const project = async (...events: Array<[InitiativeStarted, string]>) => {
    for (const [event, at] of events) await database.db.transaction().execute((trx) => initiativeProjection.apply(trx, recorded(event, at)));
  };

  beforeEach(() => initiativeProjection.setup(database.db));

  it('shows an initiative with the call and proposal it comes from, its municipality, title and amount', async () => {
    await project([started('doboj-istok-youth-centre', 'doboj-istok', 'Omladinski centar Doboj Istok', 15_000), '2021-08-02T10:00:00.000Z']);
    expect(await getInitiative(database.db, 'award-makers-call-2021-doboj-istok-youth-centre')).toEqual({
      id: 'award-makers-call-2021-doboj-istok-youth-centre',
      origin: { kind: 'award', callId: 'makers-call-2021', proposalId: 'doboj-istok-youth-centre' },
      municipalityId: 'doboj-istok',
      title: 'Omladinski centar Doboj Istok',
      amount: { amountMinor: 1_500_000, currency: 'USD' },
      startedAt: '2021-08-02T10:00:00.000Z',
    });
    expect(await getInitiative(database.db, 'no-such-initiative')).toBeNull();
  });

  it('lists initiatives in the order they started, a page at a time, and an event applied twice once', async () => {
    const park: [InitiativeStarted, string] = [started('park-trebinje', 'trebinje', 'Park mladih Trebinje', 12_000), '2021-08-02T10:00:01.000Z'];
    await project(park, [started('staze-lukavica', 'istocno-novo-sarajevo', 'Sigurne staze do škole u Lukavici', 9_000), '2021-08-02T10:00:00.000Z'], park);
    const first = await listInitiatives(database.db, { first: 1 });
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true, nodes: [{ title: 'Sigurne staze do škole u Lukavici' }] });
    const second = await listInitiatives(database.db, { first: 1, after: first.endCursor });
    expect(second).toMatchObject({ hasNextPage: false, nodes: [{ title: 'Park mladih Trebinje' }] });
  });

  it('is rebuilt from zero after a teardown', async () => {
    await project([started('park-trebinje', 'trebinje', 'Park mladih Trebinje', 12_000), '2021-08-02T10:00:00.000Z']);
    await initiativeProjection.teardown(database.db);
    await initiativeProjection.setup(database.db);
    expect((await listInitiatives(database.db, { first: 10 })).totalCount).toBe(0);
  });
});
