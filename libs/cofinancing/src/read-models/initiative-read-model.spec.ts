import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import { validMoneyTerms } from '../initiative/agreement.terms';
import { USD_AT_PAR } from '../initiative/exchange-rate';
import { initiativeIdForAward, initiativeStreamName } from '../initiative/initiative.stream-name';
import { getBudgetExecution, listBudgetExecutionYears } from './budget-execution.queries';
import { BAM_RATE, GRADACAC, LUKAVICA, MANAGER, PROGRAMME_ID, project, recordedHistory, recordedHistoryAfter, SECOND_PHASE_ID, TREASURER, TREBINJE, type HistoryLabel } from './cofinancing-read-model.fixtures';
import { getEnvelope } from './envelope.queries';
import { initiativeProjection } from './initiative.projection';
import { getInitiative, listInitiatives } from './initiative.queries';

describeOnDatabases('the initiatives read model', (database) => {
  beforeEach(() => initiativeProjection.setup(database.db));

  const projectUntil = (label?: HistoryLabel) => project(database.db, recordedHistory(label));

  it('shows an initiative started from a platform priority, with no amount and not yet co-financed', async () => {
    await projectUntil('all started');
    expect(await getInitiative(database.db, GRADACAC)).toEqual({
      id: GRADACAC,
      programmeId: PROGRAMME_ID,
      origin: { kind: 'priority', platformId: 'gradacac-youth', priorityId: 'skatepark' },
      municipalityId: 'gradacac',
      title: 'Skejt park Gradačac',
      amount: null,
      state: 'started',
      coFinanced: false,
      agreementReference: null,
      agreementVersion: null,
      undpUsdMinor: 0,
      municipalUsdMinor: 0,
      totalUsdMinor: 0,
      disbursedUsdMinor: 0,
      startedAt: '2021-07-01T09:00:00.000Z',
      closedAt: null,
    });
    expect(await getInitiative(database.db, 'no-such-initiative')).toBeNull();
  });

  it('shows an award’s initiative with the call and proposal it comes from and what the award funded', async () => {
    await projectUntil('all started');
    expect(await getInitiative(database.db, TREBINJE)).toMatchObject({
      origin: { kind: 'award', callId: 'makers-call-2021', proposalId: 'park-trebinje' },
      title: 'Парк младих Требиње',
      amount: { amountMinor: 1_200_000, currency: 'USD' },
    });
  });

  it('is co-financed once signed with a municipal share, and shows the agreement in force with what was disbursed', async () => {
    await projectUntil('amended');
    expect(await getInitiative(database.db, GRADACAC)).toMatchObject({
      state: 'agreed',
      coFinanced: true,
      agreementReference: 'MAKERS-CA-2021-07',
      agreementVersion: 2,
      undpUsdMinor: 2_200_000,
      municipalUsdMinor: 613_550,
      totalUsdMinor: 2_874_905,
      disbursedUsdMinor: 1_000_000 + 613_550,
    });
  });

  it('is completed when the final report is accepted and closed at close-out; refunds after it lower what was disbursed', async () => {
    await projectUntil('interim accepted');
    expect(await getInitiative(database.db, GRADACAC)).toMatchObject({ state: 'agreed' });
    await project(database.db, recordedHistoryAfter('interim accepted', 'final accepted'));
    expect(await getInitiative(database.db, GRADACAC)).toMatchObject({ state: 'completed', closedAt: null });
    await project(database.db, recordedHistoryAfter('final accepted'));
    expect(await getInitiative(database.db, GRADACAC)).toMatchObject({
      state: 'closed',
      closedAt: '2022-12-15T10:00:00.000Z',
      disbursedUsdMinor: 1_000_000 + 613_550 + 800_000 + 400_000 - 50_000 - 61_355,
    });
  });

  it('lists initiatives in the order they started, a page at a time', async () => {
    await projectUntil();
    const first = await listInitiatives(database.db, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    expect(first.nodes.map((node) => node.id)).toEqual([GRADACAC, TREBINJE]);
    const second = await listInitiatives(database.db, { first: 2, after: first.endCursor });
    expect(second).toMatchObject({ totalCount: 3, hasNextPage: false });
    expect(second.nodes.map((node) => node.id)).toEqual([LUKAVICA]);
  });

  it('filters initiatives by municipality, state, programme and whether they are co-financed', async () => {
    await projectUntil();
    const ids = async (filter: Parameters<typeof listInitiatives>[1]) => (await listInitiatives(database.db, filter)).nodes.map((node) => node.id);
    expect(await ids({ first: 10, municipalityId: 'trebinje' })).toEqual([TREBINJE]);
    expect(await ids({ first: 10, state: 'agreed' })).toEqual([TREBINJE]);
    expect(await ids({ first: 10, state: 'closed' })).toEqual([GRADACAC]);
    expect(await ids({ first: 10, state: 'started' })).toEqual([LUKAVICA]);
    expect(await ids({ first: 10, programmeId: PROGRAMME_ID })).toEqual([GRADACAC, TREBINJE]);
    expect(await ids({ first: 10, programmeId: SECOND_PHASE_ID })).toEqual([LUKAVICA]);
    expect(await ids({ first: 10, coFinanced: true })).toEqual([GRADACAC, TREBINJE]);
    expect(await ids({ first: 10, coFinanced: false })).toEqual([LUKAVICA]);
    const filtered = await listInitiatives(database.db, { first: 1, programmeId: PROGRAMME_ID, coFinanced: true });
    expect(filtered).toMatchObject({ totalCount: 2, hasNextPage: true });
    expect((await listInitiatives(database.db, { first: 1, after: filtered.endCursor, programmeId: PROGRAMME_ID, coFinanced: true })).nodes.map((node) => node.id)).toEqual([TREBINJE]);
  });

  it('refuses a state it does not know and a cursor that is not one of its own', async () => {
    await expect(listInitiatives(database.db, { first: 5, state: 'pending' as never })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    await expect(listInitiatives(database.db, { first: 5, after: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ field: 'after' });
  });

  it('lists an award initiative recorded before InitiativeStarted named its programme with no programme, in no programme’s lists or money', async () => {
    const legacy = initiativeIdForAward('makers-call-2020', 'bicikli-bijeljina');
    const stream = initiativeStreamName(legacy);
    // As an earlier version recorded it: no programmeId in the data; its agreement and payment came later.
    const legacyHistory = [
      recordedEvent(
        {
          type: 'InitiativeStarted',
          data: { initiativeId: legacy, origin: { kind: 'award', callId: 'makers-call-2020', proposalId: 'bicikli-bijeljina' }, municipalityId: 'bijeljina', title: 'Biciklističke staze', amount: { amountMinor: 900_000, currency: 'USD' } },
        },
        stream,
        { actor: 'system:award-process', occurredAt: '2021-06-30T09:00:00.000Z' },
      ),
      recordedEvent(
        {
          type: 'AgreementSigned',
          data: {
            initiativeId: legacy,
            version: 1,
            agreementReference: 'MAKERS-CA-2021-06',
            signedOn: '2021-07-01',
            ...validMoneyTerms(
              [
                { partyId: 'undp', kind: 'undp', name: 'UNDP BiH', amount: { amountMinor: 900_000, currency: 'USD' } },
                { partyId: 'grad-bijeljina', kind: 'municipality', name: 'Grad Bijeljina', municipalityId: 'bijeljina', amount: { amountMinor: 400_000, currency: 'BAM' } },
              ],
              [BAM_RATE],
            ),
          },
        },
        stream,
        { actor: MANAGER, occurredAt: '2021-07-01T10:00:00.000Z' },
      ),
      recordedEvent(
        { type: 'TrancheScheduleDefined', data: { initiativeId: legacy, agreementVersion: 1, tranches: [{ trancheId: 't1', partyId: 'undp', amount: { amountMinor: 900_000, currency: 'USD' }, percent: 100, dueOn: '2021-08-01', condition: null }] } },
        stream,
        { actor: MANAGER, occurredAt: '2021-07-02T10:00:00.000Z' },
      ),
      recordedEvent(
        { type: 'DisbursementRequested', data: { initiativeId: legacy, disbursementId: 'd1', trancheId: 't1', partyId: 'undp', amount: { amountMinor: 900_000, currency: 'USD' }, requestedBy: MANAGER, requestedAt: '2021-08-02T10:00:00.000Z' } },
        stream,
        { actor: MANAGER, occurredAt: '2021-08-02T10:00:00.000Z' },
      ),
      recordedEvent(
        {
          type: 'DisbursementPaid',
          data: { initiativeId: legacy, disbursementId: 'd1', partyId: 'undp', amount: { amountMinor: 900_000, currency: 'USD' }, paymentReference: 'PAY-1', valueDate: '2021-08-05', exchangeRate: USD_AT_PAR, amountUsdMinor: 900_000 },
        },
        stream,
        { actor: TREASURER, occurredAt: '2021-08-05T12:00:00.000Z' },
      ),
    ];
    await projectUntil();
    const before = {
      envelope: await getEnvelope(database.db, PROGRAMME_ID),
      years: await listBudgetExecutionYears(database.db, PROGRAMME_ID),
      execution: await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2021 }),
    };
    await project(database.db, legacyHistory);

    expect(await getInitiative(database.db, legacy)).toMatchObject({ programmeId: null, state: 'agreed', coFinanced: true, disbursedUsdMinor: 900_000 });
    expect((await listInitiatives(database.db, { first: 10 })).nodes.map((node) => node.id)).toEqual([legacy, GRADACAC, TREBINJE, LUKAVICA]);
    expect((await listInitiatives(database.db, { first: 10, programmeId: PROGRAMME_ID })).nodes.map((node) => node.id)).toEqual([GRADACAC, TREBINJE]);
    expect({
      envelope: await getEnvelope(database.db, PROGRAMME_ID),
      years: await listBudgetExecutionYears(database.db, PROGRAMME_ID),
      execution: await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2021 }),
    }).toEqual(before);
  });

  it('is rebuilt from zero after a teardown', async () => {
    await projectUntil();
    await initiativeProjection.teardown(database.db);
    await initiativeProjection.setup(database.db);
    expect((await listInitiatives(database.db, { first: 10 })).totalCount).toBe(0);
  });
});
