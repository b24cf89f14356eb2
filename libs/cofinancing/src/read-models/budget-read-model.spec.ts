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
import { validMoneyTerms, type AgreementPartyInput } from '../initiative/agreement.terms';
import { initiativeStreamName } from '../initiative/initiative.stream-name';
import { BAM_RATE, ENVELOPE_USD_MINOR, GRADACAC, GRADACAC_V1, GRADACAC_V2, LUKAVICA, MANAGER, PROGRAMME_ID, project, recordedHistory, SECOND_PHASE_ID, TREBINJE } from './cofinancing-read-model.fixtures';
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

  it('gives a cancelled reservation back to the envelope, the last envelope event standing however often the earlier ones are applied', async () => {
    const stream = envelopeStreamName(PROGRAMME_ID);
    const event = (data: { type: string; data: unknown }) => recordedEvent(data, stream, { actor: 'amra.hadzic@undp.example', occurredAt: '2022-05-01T10:00:00.000Z' });
    const signed = event({
      type: 'CommitmentReserved',
      data: { programmeId: PROGRAMME_ID, initiativeId: GRADACAC, agreementVersion: 1, undpUsdMinor: 2_000_000, changeUsdMinor: 2_000_000, reservedUsdMinor: 2_000_000, envelopeUsdMinor: ENVELOPE_USD_MINOR },
    });
    // Trebinje's signing held its share, then was refused when decided again: the hold is undone.
    const held = event({
      type: 'CommitmentReserved',
      data: { programmeId: PROGRAMME_ID, initiativeId: TREBINJE, agreementVersion: 1, undpUsdMinor: 1_200_000, changeUsdMinor: 1_200_000, reservedUsdMinor: 3_200_000, envelopeUsdMinor: ENVELOPE_USD_MINOR, reservationId: 'hold-1' },
    });
    const cancelled = event({
      type: 'ReservationCancelled',
      data: { programmeId: PROGRAMME_ID, initiativeId: TREBINJE, reservationId: 'hold-1', agreementVersion: 1, undpUsdMinor: 1_200_000, changeUsdMinor: 1_200_000, reservedUsdMinor: 2_000_000, reason: 'AgreementAlreadySigned' },
    });
    await project(database.db, [signed, held]);
    expect(await getEnvelope(database.db, PROGRAMME_ID)).toMatchObject({ committedUsdMinor: 3_200_000 });
    await project(database.db, [cancelled, held, signed]);
    expect(await getEnvelope(database.db, PROGRAMME_ID)).toMatchObject({ envelopeUsdMinor: ENVELOPE_USD_MINOR, committedUsdMinor: 2_000_000, remainingUsdMinor: ENVELOPE_USD_MINOR - 2_000_000 });
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
    expect(execution.byPartyKind).toEqual([
      { partyKind: 'undp', currency: 'USD', committedMinor: 3_200_000, committedUsdMinor: 3_200_000, disbursedMinor: 2_200_000, disbursedUsdMinor: 2_200_000, ...amounts },
      { partyKind: 'municipality', currency: 'BAM', committedMinor: 1_500_000, committedUsdMinor: 613_550 + 306_775, disbursedMinor: 1_000_000, disbursedUsdMinor: 613_550, ...amounts },
      { partyKind: 'other-donor', currency: 'USD', committedMinor: 100_000, committedUsdMinor: 100_000, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
      { partyKind: 'in-kind', currency: 'BAM', committedMinor: 150_000, committedUsdMinor: 92_033, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
    ]);
  });

  it('books by party: each municipality’s own share, each other donor and each in-kind contributor apart, UNDP across initiatives', async () => {
    await project(database.db, recordedHistory());
    const execution = await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2021 });
    const amounts = { refundedMinor: 0, refundedUsdMinor: 0 };
    expect(execution.byParty).toEqual([
      { partyKind: 'undp', name: 'UNDP BiH', municipalityId: null, currency: 'USD', committedMinor: 3_200_000, committedUsdMinor: 3_200_000, disbursedMinor: 2_200_000, disbursedUsdMinor: 2_200_000, ...amounts },
      { partyKind: 'municipality', name: 'Grad Gradačac', municipalityId: 'gradacac', currency: 'BAM', committedMinor: 1_000_000, committedUsdMinor: 613_550, disbursedMinor: 1_000_000, disbursedUsdMinor: 613_550, ...amounts },
      { partyKind: 'municipality', name: 'Град Требиње', municipalityId: 'trebinje', currency: 'BAM', committedMinor: 500_000, committedUsdMinor: 306_775, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
      { partyKind: 'other-donor', name: 'Ambasada Švicarske', municipalityId: null, currency: 'USD', committedMinor: 100_000, committedUsdMinor: 100_000, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
      { partyKind: 'in-kind', name: 'Volonteri Gradačac', municipalityId: null, currency: 'BAM', committedMinor: 150_000, committedUsdMinor: 92_033, disbursedMinor: 0, disbursedUsdMinor: 0, ...amounts },
    ]);
    // The kinds are the parties summed.
    const summed = (kind: string, currency: string) =>
      execution.byParty.filter((row) => row.partyKind === kind && row.currency === currency).reduce((total, row) => total + row.committedUsdMinor, 0);
    expect(execution.byPartyKind.map((row) => row.committedUsdMinor)).toEqual(execution.byPartyKind.map((row) => summed(row.partyKind, row.currency)));
  });

  it('shows UNDP once a currency, a neighbour municipality’s share under its own municipality, and one donor across initiatives', async () => {
    const programmeId = 'makers-inter-entity';
    const stream = (initiativeId: string) => initiativeStreamName(initiativeId);
    const at = (occurredAt: string) => ({ actor: MANAGER, occurredAt });
    const started = (initiativeId: string, municipalityId: string) =>
      recordedEvent(
        { type: 'InitiativeStarted', data: { initiativeId, programmeId, origin: { kind: 'priority', platformId: 'p', priorityId: initiativeId }, municipalityId, title: initiativeId, amount: null } },
        stream(initiativeId),
        at('2022-01-01T09:00:00.000Z'),
      );
    const signed = (initiativeId: string, parties: AgreementPartyInput[]) =>
      recordedEvent(
        { type: 'AgreementSigned', data: { initiativeId, version: 1, agreementReference: `REF-${initiativeId}`, signedOn: '2022-03-01', ...validMoneyTerms(parties, [BAM_RATE]) } },
        stream(initiativeId),
        at('2022-03-01T09:00:00.000Z'),
      );
    const donor = (amountMinor: number): AgreementPartyInput => ({ partyId: 'donor', kind: 'other-donor', name: 'Ambasada Švicarske', amount: { amountMinor, currency: 'USD' } });
    const town = (partyId: string, name: string, municipalityId: string, amountMinor: number): AgreementPartyInput => ({
      partyId,
      kind: 'municipality',
      name,
      municipalityId,
      amount: { amountMinor, currency: 'BAM' },
    });
    await project(database.db, [
      started('gradacac-srebrenik', 'gradacac'),
      started('doboj-istok', 'doboj-istok'),
      signed('gradacac-srebrenik', [
        { partyId: 'undp', kind: 'undp', name: 'UNDP BiH', amount: { amountMinor: 1_000_000, currency: 'USD' } },
        town('gradacac', 'Grad Gradačac', 'gradacac', 400_000),
        town('srebrenik', 'Grad Srebrenik', 'srebrenik', 200_000),
        donor(50_000),
      ]),
      signed('doboj-istok', [
        { partyId: 'undp-bih', kind: 'undp', name: 'UNDP Bosna i Hercegovina', amount: { amountMinor: 1_955_830, currency: 'BAM' } },
        town('opcina', 'Općina Doboj Istok', 'doboj-istok', 300_000),
        donor(70_000),
      ]),
    ]);
    const execution = await getBudgetExecution(database.db, { programmeId, year: 2022 });
    expect(execution.byParty.map((row) => [row.partyKind, row.name, row.municipalityId, row.currency, row.committedMinor])).toEqual([
      ['undp', 'UNDP BiH', null, 'BAM', 1_955_830],
      ['undp', 'UNDP BiH', null, 'USD', 1_000_000],
      ['municipality', 'Općina Doboj Istok', 'doboj-istok', 'BAM', 300_000],
      ['municipality', 'Grad Gradačac', 'gradacac', 'BAM', 400_000],
      ['municipality', 'Grad Srebrenik', 'srebrenik', 'BAM', 200_000],
      ['other-donor', 'Ambasada Švicarske', null, 'USD', 120_000],
    ]);
    // Where the money is spent: Srebrenik's share is spent in Gradačac, with UNDP's and the donor's.
    expect(execution.byMunicipality.map((row) => [row.municipalityId, row.currency, row.committedMinor])).toEqual([
      ['doboj-istok', 'BAM', 1_955_830 + 300_000],
      ['doboj-istok', 'USD', 70_000],
      ['gradacac', 'BAM', 400_000 + 200_000],
      ['gradacac', 'USD', 1_000_000 + 50_000],
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
    expect(execution.byPartyKind).toEqual([
      { partyKind: 'undp', currency: 'USD', committedMinor: 200_000, committedUsdMinor: 200_000, disbursedMinor: 1_200_000, disbursedUsdMinor: 1_200_000, refundedMinor: 0, refundedUsdMinor: 0 },
      { partyKind: 'in-kind', currency: 'BAM', committedMinor: -50_000, committedUsdMinor: -30_678, disbursedMinor: 0, disbursedUsdMinor: 0, refundedMinor: 0, refundedUsdMinor: 0 },
    ]);
    expect(execution.byMunicipality.map((row) => [row.municipalityId, row.currency, row.committedMinor])).toEqual([
      ['gradacac', 'BAM', -50_000],
      ['gradacac', 'USD', 200_000],
    ]);
  });

  it('books an amendment in the year it was agreed (amendedOn), not the year it was recorded; one recorded before amendments carried their date, in the year it was recorded', async () => {
    const stream = initiativeStreamName(GRADACAC);
    const signing = recordedHistory('all started').concat(
      recordedEvent(
        { type: 'AgreementSigned', data: { initiativeId: GRADACAC, version: 1, agreementReference: 'MAKERS-CA-2021-07', signedOn: '2021-07-15', ...GRADACAC_V1 } },
        stream,
        { actor: MANAGER, occurredAt: '2021-07-16T10:00:00.000Z' },
      ),
    );
    const amendment = { initiativeId: GRADACAC, version: 2, reason: 'Rasvjeta i ograda', amendedAt: '2022-01-05T10:00:00.000Z', ...GRADACAC_V2 };
    const amended = (data: Record<string, unknown>) => recordedEvent({ type: 'AgreementAmended', data }, stream, { actor: MANAGER, occurredAt: '2022-01-05T10:00:00.000Z' });
    const committed = async (year: number) => (await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year })).byPartyKind.map((row) => [row.partyKind, row.committedMinor]);
    const signedAndAmended2021 = [
      ['undp', 2_000_000 + 200_000],
      ['municipality', 1_000_000],
      ['in-kind', 150_000 - 50_000],
    ];

    // Agreed by both sides on 20 December 2021, recorded on 5 January 2022.
    await project(database.db, [...signing, amended({ ...amendment, amendmentReference: 'MAKERS-CA-2021-07/A1', amendedOn: '2021-12-20' })]);
    expect(await committed(2021)).toEqual(signedAndAmended2021);
    expect(await committed(2022)).toEqual([]);

    await initiativeProjection.teardown(database.db);
    await initiativeProjection.setup(database.db);
    await project(database.db, [...signing, amended(amendment)]);
    expect(await committed(2022)).toEqual([
      ['undp', 200_000],
      ['in-kind', -50_000],
    ]);
  });

  it('books a refund in the year of its value date, after close-out, at the rates its money was paid at', async () => {
    await project(database.db, recordedHistory());
    const execution = await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2023 });
    expect(execution.totals).toEqual({ committedUsdMinor: 0, disbursedUsdMinor: 0, refundedUsdMinor: 50_000 + 61_355 });
    expect(execution.byPartyKind).toEqual([
      { partyKind: 'undp', currency: 'USD', committedMinor: 0, committedUsdMinor: 0, disbursedMinor: 0, disbursedUsdMinor: 0, refundedMinor: 50_000, refundedUsdMinor: 50_000 },
      { partyKind: 'municipality', currency: 'BAM', committedMinor: 0, committedUsdMinor: 0, disbursedMinor: 0, disbursedUsdMinor: 0, refundedMinor: 100_000, refundedUsdMinor: 61_355 },
    ]);
    expect(await listBudgetExecutionYears(database.db, PROGRAMME_ID)).toEqual([2021, 2022, 2023]);
    expect(await listBudgetExecutionYears(database.db, SECOND_PHASE_ID)).toEqual([]);
    expect(await getBudgetExecution(database.db, { programmeId: PROGRAMME_ID, year: 2020 })).toEqual({
      year: 2020,
      programmeId: PROGRAMME_ID,
      totals: { committedUsdMinor: 0, disbursedUsdMinor: 0, refundedUsdMinor: 0 },
      byParty: [],
      byPartyKind: [],
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
