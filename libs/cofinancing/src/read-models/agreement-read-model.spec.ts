import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import { initiativeStreamName } from '../initiative/initiative.stream-name';
import { getAgreement } from './agreement.queries';
import { listBudgetExecutionYears } from './budget-execution.queries';
import { TRANCHES } from './disbursement-read-model.tables';
import { BAM_RATE, GRADACAC, GRADACAC_V1, GRADACAC_V2, LUKAVICA, MANAGER, PROGRAMME_ID, project, recordedHistory, recordedHistoryAfter, TREBINJE, type HistoryLabel } from './cofinancing-read-model.fixtures';
import { initiativeProjection } from './initiative.projection';
import { listTranches } from './tranche.queries';

describeOnDatabases('the agreements and tranches read model', (database) => {
  beforeEach(() => initiativeProjection.setup(database.db));

  const projectUntil = (label?: HistoryLabel) => project(database.db, recordedHistory(label));

  it('shows the agreement in force with every version kept, oldest first, each with its parties, rates and totals', async () => {
    await projectUntil('amended');
    const agreement = await getAgreement(database.db, GRADACAC);
    expect(agreement).toMatchObject({
      initiativeId: GRADACAC,
      agreementReference: 'MAKERS-CA-2021-07',
      signedOn: '2021-07-15',
      version: 2,
      parties: GRADACAC_V2.parties,
      exchangeRates: [BAM_RATE],
      totals: GRADACAC_V2.totals,
      undpCommitmentUsdMinor: 2_200_000,
    });
    expect(agreement?.versions).toEqual([
      { version: 1, reason: null, amendmentReference: null, agreedOn: '2021-07-15', recordedBy: MANAGER, recordedAt: '2021-07-16T10:00:00.000Z', ...GRADACAC_V1 },
      {
        version: 2,
        reason: 'Rasvjeta i ograda',
        amendmentReference: 'MAKERS-CA-2021-07/A1',
        agreedOn: '2022-01-28',
        recordedBy: MANAGER,
        recordedAt: '2022-02-01T10:00:00.000Z',
        ...GRADACAC_V2,
      },
    ]);
  });

  it('keeps a party’s name in its script and a municipality party’s municipality', async () => {
    await projectUntil();
    const parties = (await getAgreement(database.db, TREBINJE))?.parties;
    expect(parties).toEqual([
      { partyId: 'undp', kind: 'undp', name: 'UNDP BiH', municipalityId: null, amount: { amountMinor: 1_200_000, currency: 'USD' }, amountUsdMinor: 1_200_000 },
      { partyId: 'grad-trebinje', kind: 'municipality', name: 'Град Требиње', municipalityId: 'trebinje', amount: { amountMinor: 500_000, currency: 'BAM' }, amountUsdMinor: 306_775 },
      { partyId: 'ambasada', kind: 'other-donor', name: 'Ambasada Švicarske', municipalityId: null, amount: { amountMinor: 100_000, currency: 'USD' }, amountUsdMinor: 100_000 },
    ]);
  });

  it('shows an amendment recorded before amendments carried their date and reference with neither', async () => {
    const stream = initiativeStreamName(GRADACAC);
    await project(database.db, [
      ...recordedHistory('all started'),
      recordedEvent({ type: 'AgreementSigned', data: { initiativeId: GRADACAC, version: 1, agreementReference: 'MAKERS-CA-2021-07', signedOn: '2021-07-15', ...GRADACAC_V1 } }, stream, {
        actor: MANAGER,
        occurredAt: '2021-07-16T10:00:00.000Z',
      }),
      recordedEvent({ type: 'AgreementAmended', data: { initiativeId: GRADACAC, version: 2, reason: 'Rasvjeta i ograda', amendedAt: '2022-02-01T10:00:00.000Z', ...GRADACAC_V2 } }, stream, {
        actor: MANAGER,
        occurredAt: '2022-02-01T10:00:00.000Z',
      }),
    ]);
    expect((await getAgreement(database.db, GRADACAC))?.versions.map(({ version, amendmentReference, agreedOn }) => ({ version, amendmentReference, agreedOn }))).toEqual([
      { version: 1, amendmentReference: null, agreedOn: '2021-07-15' },
      { version: 2, amendmentReference: null, agreedOn: null },
    ]);
  });

  it('books an amendment recorded without its date in the year of the Sarajevo day it was recorded on', async () => {
    const stream = initiativeStreamName(GRADACAC);
    // 23:30 UTC on 31 December 2021 is 00:30 on 1 January 2022 in Sarajevo.
    const amendedAt = '2021-12-31T23:30:00.000Z';
    await project(database.db, [
      ...recordedHistory('all started'),
      recordedEvent({ type: 'AgreementSigned', data: { initiativeId: GRADACAC, version: 1, agreementReference: 'MAKERS-CA-2021-07', signedOn: '2021-07-15', ...GRADACAC_V1 } }, stream, {
        actor: MANAGER,
        occurredAt: '2021-07-16T10:00:00.000Z',
      }),
      recordedEvent({ type: 'AgreementAmended', data: { initiativeId: GRADACAC, version: 2, reason: 'Rasvjeta i ograda', amendedAt, ...GRADACAC_V2 } }, stream, { actor: MANAGER, occurredAt: amendedAt }),
    ]);
    expect(await listBudgetExecutionYears(database.db, PROGRAMME_ID)).toEqual([2021, 2022]);
  });

  it('has no agreement for an initiative not yet signed, nor for one it does not know', async () => {
    await projectUntil();
    expect(await getAgreement(database.db, LUKAVICA)).toBeNull();
    expect(await getAgreement(database.db, 'no-such-initiative')).toBeNull();
  });

  it('shows the schedule in force with amounts resolved from percents, the party, and what was requested and paid', async () => {
    await projectUntil('first schedule');
    expect(await listTranches(database.db, GRADACAC)).toEqual([
      {
        trancheId: 't1',
        partyId: 'undp',
        partyName: 'UNDP BiH',
        amount: { amountMinor: 1_000_000, currency: 'USD' },
        percent: 50,
        dueOn: '2021-08-01',
        condition: null,
        conditionMet: true,
        requested: { amountMinor: 0, currency: 'USD' },
        paid: { amountMinor: 0, currency: 'USD' },
        definedBy: MANAGER,
        definedAt: '2021-07-20T10:00:00.000Z',
      },
      expect.objectContaining({ trancheId: 't2', percent: 50, condition: 'interim-report-accepted', conditionMet: false }),
      expect.objectContaining({ trancheId: 't3', partyName: 'Grad Gradačac', amount: { amountMinor: 1_000_000, currency: 'BAM' }, percent: null }),
    ]);
  });

  it('replaces the schedule with a later one, keeping the tranches money was paid against, and counts no rejected request', async () => {
    await projectUntil('second schedule');
    const tranches = await listTranches(database.db, GRADACAC);
    expect(tranches.map((tranche) => [tranche.trancheId, tranche.amount.amountMinor, tranche.percent, tranche.requested.amountMinor, tranche.paid.amountMinor])).toEqual([
      ['t1', 1_000_000, null, 1_000_000, 1_000_000],
      ['t3', 1_000_000, null, 1_000_000, 1_000_000],
      ['t4', 800_000, null, 0, 0],
      ['t5', 400_000, null, 0, 0],
    ]);
    expect(tranches.find((tranche) => tranche.trancheId === 't3')?.paid).toEqual({ amountMinor: 1_000_000, currency: 'BAM' });
  });

  it('meets an interim condition once a report is accepted and a final one once the final report is', async () => {
    const conditions = async () => Object.fromEntries((await listTranches(database.db, GRADACAC)).filter((tranche) => tranche.condition).map((tranche) => [tranche.trancheId, tranche.conditionMet]));
    await projectUntil('report returned');
    expect(await conditions()).toEqual({ t4: false, t5: false });
    await project(database.db, recordedHistoryAfter('report returned', 'interim accepted'));
    expect(await conditions()).toEqual({ t4: true, t5: false });
    await project(database.db, recordedHistoryAfter('interim accepted', 'final accepted'));
    expect(await conditions()).toEqual({ t4: true, t5: true });
  });

  it('shows who defined the schedule in force and when, on every tranche it sets', async () => {
    await projectUntil('second schedule');
    expect(new Set((await listTranches(database.db, GRADACAC)).map((tranche) => `${tranche.definedBy} ${tranche.definedAt}`))).toEqual(new Set([`${MANAGER} 2022-02-02T10:00:00.000Z`]));
  });

  it('refuses to guess whether a condition it does not know is met', async () => {
    await projectUntil('first schedule');
    await database.db.updateTable(TRANCHES).set({ condition: 'site-visit-passed' }).where('initiative_id', '=', GRADACAC).where('tranche_id', '=', 't2').execute();
    await expect(listTranches(database.db, GRADACAC)).rejects.toThrow(/Tranche t2 of .* has a condition this read model does not know: site-visit-passed/);
  });

  it('counts a request against its tranche while it is pending or approved, and as paid only once paid', async () => {
    await projectUntil();
    expect((await listTranches(database.db, TREBINJE)).map((tranche) => [tranche.trancheId, tranche.requested, tranche.paid])).toEqual([
      ['t1', { amountMinor: 1_200_000, currency: 'USD' }, { amountMinor: 1_200_000, currency: 'USD' }],
      ['t2', { amountMinor: 500_000, currency: 'BAM' }, { amountMinor: 0, currency: 'BAM' }],
      ['t3', { amountMinor: 100_000, currency: 'USD' }, { amountMinor: 0, currency: 'USD' }],
    ]);
    expect(await listTranches(database.db, LUKAVICA)).toEqual([]);
  });
});
