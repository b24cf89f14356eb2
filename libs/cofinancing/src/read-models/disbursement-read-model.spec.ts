import { describeOnDatabases } from '@makers/projections/testing';
import { BAM_RATE, BAM_RATE_2022, GRADACAC, project, recordedHistory, TREASURER, TREBINJE } from './cofinancing-read-model.fixtures';
import { listDisbursements, listRefunds } from './disbursement.queries';
import { initiativeProjection } from './initiative.projection';
import { listReports } from './report.queries';

describeOnDatabases('the disbursements and reports read model', (database) => {
  beforeEach(async () => {
    await initiativeProjection.setup(database.db);
    await project(database.db, recordedHistory());
  });

  it('shows a paid disbursement with who asked, who approved, who recorded the payment and when, and its US dollar value at the rate used', async () => {
    const [, bamPayment] = await listDisbursements(database.db, GRADACAC);
    expect(bamPayment).toEqual({
      disbursementId: 'd2',
      trancheId: 't3',
      partyId: 'grad-gradacac',
      amount: { amountMinor: 1_000_000, currency: 'BAM' },
      status: 'paid',
      requestedBy: 'amra.hadzic@undp.example',
      requestedAt: '2021-09-02T08:00:00.000Z',
      approvedBy: 'selma.begic@undp.example',
      approvedAt: '2021-09-03T08:00:00.000Z',
      paymentReference: 'PAY-d2',
      valueDate: '2021-09-10',
      paidBy: TREASURER,
      paidAt: '2021-09-10T12:00:00.000Z',
      exchangeRate: BAM_RATE,
      amountUsdMinor: 613_550,
      rejectedBy: null,
      rejectedAt: null,
      rejectionReason: null,
    });
  });

  it('lists disbursements in the order they were requested, each as far as it came: requested, approved, paid or rejected', async () => {
    expect((await listDisbursements(database.db, GRADACAC)).map((disbursement) => [disbursement.disbursementId, disbursement.status])).toEqual([
      ['d1', 'paid'],
      ['d2', 'paid'],
      ['d2x', 'rejected'],
      ['d3', 'paid'],
      ['d4', 'paid'],
    ]);
    expect(await listDisbursements(database.db, TREBINJE)).toEqual([
      expect.objectContaining({ disbursementId: 'd1', status: 'paid', amountUsdMinor: 1_200_000 }),
      expect.objectContaining({ disbursementId: 'd2', status: 'approved', approvedBy: 'selma.begic@undp.example', paymentReference: null, paidBy: null, paidAt: null, exchangeRate: null, amountUsdMinor: null }),
      expect.objectContaining({ disbursementId: 'd3', status: 'requested', approvedBy: null, approvedAt: null }),
    ]);
    expect((await listDisbursements(database.db, GRADACAC))[2]).toMatchObject({
      rejectedBy: 'selma.begic@undp.example',
      rejectedAt: '2021-09-16T08:00:00.000Z',
      rejectionReason: 'Izvještaj još nije prihvaćen',
      approvedBy: null,
    });
  });

  it('lists refunds with their rate, US dollar value and who recorded them', async () => {
    expect(await listRefunds(database.db, GRADACAC)).toEqual([
      {
        refundId: 'f1',
        partyId: 'undp',
        amount: { amountMinor: 50_000, currency: 'USD' },
        valueDate: '2023-01-20',
        exchangeRate: { currency: 'USD', usdPerUnit: { numerator: 1, denominator: 1 } },
        amountUsdMinor: 50_000,
        valueUsdMinorAtRefundRate: null,
        recordedBy: 'amra.hadzic@undp.example',
        recordedAt: '2023-01-20T10:00:00.000Z',
      },
      expect.objectContaining({ refundId: 'f2', amount: { amountMinor: 100_000, currency: 'BAM' }, exchangeRate: BAM_RATE_2022, amountUsdMinor: 61_355 }),
    ]);
    expect(await listRefunds(database.db, TREBINJE)).toEqual([]);
  });

  it('keeps a refund’s value at its own rate beside what it takes off the dollars paid out, and null for a refund recorded without it', async () => {
    const [atPar, bamRefund] = await listRefunds(database.db, GRADACAC);
    // f1 was recorded as events were before they carried the value at the refund's rate.
    expect(atPar).toMatchObject({ refundId: 'f1', amountUsdMinor: 50_000, valueUsdMinorAtRefundRate: null });
    // BAM 1,000 takes USD 613.55 off at the rate it was paid at (BAM_RATE); at the 2022 rate it is worth USD 562.42.
    expect(bamRefund).toMatchObject({ refundId: 'f2', amountUsdMinor: 61_355, valueUsdMinorAtRefundRate: 56_242 });
  });

  it('shows a returned and resubmitted report at its latest version, accepted, with both reviews', async () => {
    const [progress] = await listReports(database.db, GRADACAC);
    expect(progress).toEqual({
      reportId: 'r1',
      kind: 'progress',
      status: 'accepted',
      version: 2,
      periodStart: '2021-07-15',
      periodEnd: '2022-02-28',
      narrative: 'Temelji su postavljeni; računi priloženi.',
      beneficiaries: [
        { sex: 'female', ageGroup: '15-30', count: 48 },
        { sex: 'male', ageGroup: '15-30', count: 61 },
        { sex: 'undisclosed', ageGroup: 'under-15', count: 7 },
      ],
      beneficiariesTotal: 116,
      volunteerMinutes: 5_400,
      spending: [
        { partyId: 'undp', category: 'Oprema', amount: { amountMinor: 950_000, currency: 'USD' } },
        { partyId: 'grad-gradacac', category: 'Građevinski radovi', amount: { amountMinor: 1_000_000, currency: 'BAM' } },
      ],
      submittedBy: 'lejla.begic@gradacac.example',
      submittedAt: '2022-03-05T10:00:00.000Z',
      reviews: [
        { version: 1, outcome: 'returned', reason: 'Nedostaju računi za opremu', reviewedBy: 'amra.hadzic@undp.example', reviewedAt: '2022-03-03T10:00:00.000Z' },
        { version: 2, outcome: 'accepted', reason: null, reviewedBy: 'amra.hadzic@undp.example', reviewedAt: '2022-03-07T10:00:00.000Z' },
      ],
    });
  });

  it('lists reports in the order they were first submitted, a returned one as returned until it is resubmitted', async () => {
    expect((await listReports(database.db, GRADACAC)).map((report) => [report.reportId, report.kind, report.status, report.version])).toEqual([
      ['r1', 'progress', 'accepted', 2],
      ['r2', 'final', 'accepted', 1],
    ]);
    await initiativeProjection.teardown(database.db);
    await initiativeProjection.setup(database.db);
    await project(database.db, recordedHistory('report returned'));
    expect(await listReports(database.db, GRADACAC)).toEqual([expect.objectContaining({ status: 'returned', version: 1, narrative: 'Temelji su postavljeni.' })]);
    expect(await listReports(database.db, TREBINJE)).toEqual([]);
  });
});
