import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import { openSqliteEventStore } from '@makers/event-store/sqlite';
import { recordedEvent } from '@makers/event-store/testing';
import { rebuildProjection } from '@makers/projections';
import { describeOnDatabases } from '@makers/projections/testing';
import type { EnvelopeEvent } from '../envelope/envelope.events';
import { envelopeStreamName } from '../envelope/envelope.stream-name';
import type { InitiativeEvent } from '../initiative/initiative.events';
import { getAgreement } from './agreement.queries';
import { getBudgetExecution, listBudgetExecutionYears } from './budget-execution.queries';
import { ENVELOPE_USD_MINOR, GRADACAC, LUKAVICA, PROGRAMME_ID, project, recordedHistory, SECOND_PHASE_ID, TREBINJE } from './cofinancing-read-model.fixtures';
import { listDisbursements, listRefunds } from './disbursement.queries';
import { getEnvelope } from './envelope.queries';
import { initiativeProjection } from './initiative.projection';
import { listInitiatives } from './initiative.queries';
import { listReports } from './report.queries';
import { listTranches } from './tranche.queries';

const INITIATIVE_IDS = [GRADACAC, TREBINJE, LUKAVICA];
const PROGRAMME_IDS = [PROGRAMME_ID, SECOND_PHASE_ID];
const YEARS = [2021, 2022, 2023];

/** Everything a programme manager can read, for comparing two ways of building the read model. */
const everythingVisible = async (db: Kysely<any>) => ({
  initiatives: await listInitiatives(db, { first: 50 }),
  perInitiative: await Promise.all(
    INITIATIVE_IDS.map(async (id) => ({
      agreement: await getAgreement(db, id),
      tranches: await listTranches(db, id),
      disbursements: await listDisbursements(db, id),
      refunds: await listRefunds(db, id),
      reports: await listReports(db, id),
    })),
  ),
  perProgramme: await Promise.all(
    PROGRAMME_IDS.map(async (programmeId) => ({
      envelope: await getEnvelope(db, programmeId),
      years: await listBudgetExecutionYears(db, programmeId),
      execution: await Promise.all(YEARS.map((year) => getBudgetExecution(db, { programmeId, year }))),
    })),
  ),
});

const moneyEvents = (events: readonly RecordedEvent[]) => {
  const typed = events.map((event) => event as unknown as InitiativeEvent | EnvelopeEvent);
  const paid = typed.flatMap((event) => (event.type === 'DisbursementPaid' ? [event.data] : []));
  const refunded = typed.flatMap((event) => (event.type === 'RefundRecorded' ? [event.data] : []));
  const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
  return {
    paidUsdMinor: sum(paid.map((data) => data.amountUsdMinor)),
    refundedUsdMinor: sum(refunded.map((data) => data.amountUsdMinor)),
    undpNetUsdMinor: sum(paid.filter((data) => data.partyId === 'undp').map((data) => data.amountUsdMinor)) - sum(refunded.filter((data) => data.partyId === 'undp').map((data) => data.amountUsdMinor)),
  };
};

describeOnDatabases('the envelope and budget execution read model', (database) => {
  beforeEach(() => initiativeProjection.setup(database.db));

  it('shows the envelope: UNDP’s commitments reserved, what was paid to UNDP net of refunds, and what remains to commit', async () => {
    await project(database.db, recordedHistory());
    expect(await getEnvelope(database.db, PROGRAMME_ID)).toEqual({
      programmeId: PROGRAMME_ID,
      envelopeUsdMinor: ENVELOPE_USD_MINOR,
      committedUsdMinor: 2_200_000 + 1_200_000,
      disbursedUsdMinor: 1_000_000 + 1_200_000 + 800_000 + 400_000 - 50_000,
      remainingUsdMinor: ENVELOPE_USD_MINOR - 3_400_000,
      initiativeCount: 2,
    });
  });

  it('shows a programme with nothing reserved yet as zeros with the envelope unknown', async () => {
    await project(database.db, recordedHistory());
    expect(await getEnvelope(database.db, SECOND_PHASE_ID)).toEqual({
      programmeId: SECOND_PHASE_ID,
      envelopeUsdMinor: null,
      committedUsdMinor: 0,
      disbursedUsdMinor: 0,
      remainingUsdMinor: null,
      initiativeCount: 1,
    });
  });

  it('gives money back to the envelope on a release, and an earlier reservation applied again does not undo it', async () => {
    const stream = envelopeStreamName(PROGRAMME_ID);
    const event = (data: EnvelopeEvent) => recordedEvent(data, stream, { actor: 'amra.hadzic@undp.example', occurredAt: '2022-05-01T10:00:00.000Z' });
    const reserved = event({
      type: 'CommitmentReserved',
      data: { programmeId: PROGRAMME_ID, initiativeId: GRADACAC, agreementVersion: 1, undpUsdMinor: 2_000_000, changeUsdMinor: 2_000_000, reservedUsdMinor: 2_000_000, envelopeUsdMinor: ENVELOPE_USD_MINOR },
    });
    const released = event({
      type: 'CommitmentReleased',
      data: { programmeId: PROGRAMME_ID, initiativeId: GRADACAC, agreementVersion: 2, undpUsdMinor: 1_500_000, changeUsdMinor: 500_000, reservedUsdMinor: 1_500_000 },
    });
    await project(database.db, [reserved, released, reserved]);
    expect(await getEnvelope(database.db, PROGRAMME_ID)).toMatchObject({ envelopeUsdMinor: ENVELOPE_USD_MINOR, committedUsdMinor: 1_500_000, remainingUsdMinor: ENVELOPE_USD_MINOR - 1_500_000 });
  });

  it('books signings in the year of the signing date and payments in the year of their value date, by party kind and currency', async () => {
    await project(database.db, recordedHistory());
    const execution = await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2021 });
    expect(execution.totals).toEqual({
      committedUsdMinor: 2_000_000 + 613_550 + 92_033 + 1_200_000 + 306_775 + 100_000,
      disbursedUsdMinor: 1_000_000 + 613_550 + 1_200_000,
      refundedUsdMinor: 0,
    });
    const amounts = { refundedMinor: 0, refundedUsdMinor: 0 };
    expect(execution.byParty).toEqual([
      { partyKind: 'undp', currency: 'USD', committedMinor: 3_200_000, committedUsdMinor: 3_200_000, disbursedMinor: 2_200_000, disbursedUsdMinor: 2_200_000, ...amounts },
      { partyKind: 'municipality', currency: 'BAM', committedMinor: 1_500_000, committedUsdMinor: 613_550 + 306_775, disbursedMinor: 1_000_000, disbursedUsdMinor: 613_550, ...amounts },
      { partyKind: 'other-donor', currency: 'USD', committedMinor: 100_000, committedUsdMinor: 100_000, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
      { partyKind: 'in-kind', currency: 'BAM', committedMinor: 150_000, committedUsdMinor: 92_033, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
    ]);
  });

  it('books by the initiative’s municipality, whichever party pays', async () => {
    await project(database.db, recordedHistory());
    const execution = await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2021 });
    const amounts = { refundedMinor: 0, refundedUsdMinor: 0 };
    expect(execution.byMunicipality).toEqual([
      { municipalityId: 'gradacac', currency: 'BAM', committedMinor: 1_150_000, committedUsdMinor: 613_550 + 92_033, disbursedMinor: 1_000_000, disbursedUsdMinor: 613_550, ...amounts },
      { municipalityId: 'gradacac', currency: 'USD', committedMinor: 2_000_000, committedUsdMinor: 2_000_000, disbursedMinor: 1_000_000, disbursedUsdMinor: 1_000_000, ...amounts },
      { municipalityId: 'trebinje', currency: 'BAM', committedMinor: 500_000, committedUsdMinor: 306_775, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
      { municipalityId: 'trebinje', currency: 'USD', committedMinor: 1_300_000, committedUsdMinor: 1_300_000, disbursedMinor: 1_200_000, disbursedUsdMinor: 1_200_000, ...amounts },
    ]);
  });

  it('books an amendment’s changes in its own year, a lowered share as a negative commitment', async () => {
    await project(database.db, recordedHistory());
    const execution = await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2022 });
    expect(execution.totals).toEqual({ committedUsdMinor: 200_000 - 30_678, disbursedUsdMinor: 800_000 + 400_000, refundedUsdMinor: 0 });
    expect(execution.byParty).toEqual([
      { partyKind: 'undp', currency: 'USD', committedMinor: 200_000, committedUsdMinor: 200_000, disbursedMinor: 1_200_000, disbursedUsdMinor: 1_200_000, refundedMinor: 0, refundedUsdMinor: 0 },
      { partyKind: 'in-kind', currency: 'BAM', committedMinor: -50_000, committedUsdMinor: -30_678, disbursedMinor: 0, disbursedUsdMinor: 0, refundedMinor: 0, refundedUsdMinor: 0 },
    ]);
    expect(execution.byMunicipality.map((row) => [row.municipalityId, row.currency, row.committedMinor])).toEqual([
      ['gradacac', 'BAM', -50_000],
      ['gradacac', 'USD', 200_000],
    ]);
  });

  it('books a refund in the year of its value date, after close-out, at the rate of that day', async () => {
    await project(database.db, recordedHistory());
    const execution = await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2023 });
    expect(execution.totals).toEqual({ committedUsdMinor: 0, disbursedUsdMinor: 0, refundedUsdMinor: 50_000 + 56_242 });
    expect(execution.byParty).toEqual([
      { partyKind: 'undp', currency: 'USD', committedMinor: 0, committedUsdMinor: 0, disbursedMinor: 0, disbursedUsdMinor: 0, refundedMinor: 50_000, refundedUsdMinor: 50_000 },
      { partyKind: 'municipality', currency: 'BAM', committedMinor: 0, committedUsdMinor: 0, disbursedMinor: 0, disbursedUsdMinor: 0, refundedMinor: 100_000, refundedUsdMinor: 56_242 },
    ]);
    expect(await listBudgetExecutionYears(database.db, PROGRAMME_ID)).toEqual([2021, 2022, 2023]);
    expect(await listBudgetExecutionYears(database.db, SECOND_PHASE_ID)).toEqual([]);
    expect(await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2020 })).toEqual({
      year: 2020,
      programmeId: PROGRAMME_ID,
      totals: { committedUsdMinor: 0, disbursedUsdMinor: 0, refundedUsdMinor: 0 },
      byParty: [],
      byMunicipality: [],
    });
  });

  it('adds up to the money events: disbursed and refunded over the years, UNDP’s net payments in the envelope, commitments to the agreements in force', async () => {
    const events = recordedHistory();
    await project(database.db, events);
    const expected = moneyEvents(events);
    const executions = await Promise.all(YEARS.map((year) => getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year })));
    const sum = (pick: (totals: (typeof executions)[number]['totals']) => number) => executions.reduce((total, execution) => total + pick(execution.totals), 0);
    expect(sum((totals) => totals.disbursedUsdMinor)).toBe(expected.paidUsdMinor);
    expect(sum((totals) => totals.refundedUsdMinor)).toBe(expected.refundedUsdMinor);
    expect((await getEnvelope(database.db, PROGRAMME_ID)).disbursedUsdMinor).toBe(expected.undpNetUsdMinor);
    const agreements = await Promise.all([GRADACAC, TREBINJE].map((id) => getAgreement(database.db, id)));
    expect(sum((totals) => totals.committedUsdMinor)).toBe(agreements.reduce((total, agreement) => total + agreement!.totals.totalUsdMinor, 0));
    const initiatives = (await listInitiatives(database.db, { first: 10, programmeId: PROGRAMME_ID })).nodes;
    expect(initiatives.reduce((total, initiative) => total + initiative.disbursedUsdMinor, 0)).toBe(expected.paidUsdMinor - expected.refundedUsdMinor);
  });

  it('leaves everything as it was when every event is applied twice: the whole history again, backwards, or each one twice in a row', async () => {
    const events = recordedHistory();
    await project(database.db, events);
    const once = await everythingVisible(database.db);
    await project(database.db, events);
    expect(await everythingVisible(database.db)).toEqual(once);
    // Backwards, an earlier state, version or schedule applied again is the last word unless it is recognised as older.
    await project(database.db, [...events].reverse());
    expect(await everythingVisible(database.db)).toEqual(once);

    await initiativeProjection.teardown(database.db);
    await initiativeProjection.setup(database.db);
    await project(
      database.db,
      events.flatMap((event) => [event, event]),
    );
    expect(await everythingVisible(database.db)).toEqual(once);
  });

  it('rebuilds from the event store into what was built live', async () => {
    const store = openSqliteEventStore({ path: join(database.directory, 'events.sqlite'), synchronous: 'NORMAL' });
    try {
      for (const event of recordedHistory()) {
        await store.appendToStream(event.streamName, [{ id: event.id, type: event.type, data: event.data, metadata: event.metadata }]);
      }
      await project(database.db, await store.readAll({ maxCount: 1_000 }));
      const live = await everythingVisible(database.db);
      const progress = await rebuildProjection({ store, database, projection: initiativeProjection, batchSize: 7 });
      expect(progress.eventsApplied).toBe(recordedHistory().length);
      expect(await everythingVisible(database.db)).toEqual(live);
    } finally {
      await store.close();
    }
  });
});
