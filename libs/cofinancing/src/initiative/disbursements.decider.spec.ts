import type { Money } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { ExchangeRate } from './exchange-rate';
import type { TrancheInput } from './tranche-schedule';
import type { ApproveDisbursement, DefineTrancheSchedule, InitiativeCommand, PayDisbursement, RecordRefund, RejectDisbursement, RequestDisbursement } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import {
  acceptReport,
  amendment,
  at,
  BAM_RATE,
  decided,
  gradacac,
  INITIATIVE_ID,
  returnReport,
  sign,
  startedFromPriority,
  submitReport,
  tranchesScheduled,
  undp,
  volunteers,
} from './initiative.fixtures';

const REQUESTER = 'amra.finance@undp.org';
const APPROVER = 'programme.manager@undp.org';
const OFFICER = 'emina.officer@gradacac.ba';

const USD = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });
const BAM = (amountMinor: number) => ({ amountMinor, currency: 'BAM' as const });
const USD_PAR: ExchangeRate = { currency: 'USD', usdPerUnit: { numerator: 1, denominator: 1 } };

/** Signed and scheduled: UNDP in 60 % now and 40 % once the interim report is accepted, Gradačac in one tranche of marks. */
const scheduled = [
  [sign(), APPROVER],
  [
    {
      type: 'DefineTrancheSchedule',
      data: {
        initiativeId: INITIATIVE_ID,
        expectedScheduleVersion: 0,
        tranches: [
          { trancheId: 'undp-1', partyId: 'undp', amount: { percent: 60 }, dueOn: '2021-09-01' },
          { trancheId: 'undp-2', partyId: 'undp', amount: { percent: 40 }, dueOn: '2022-03-01', condition: 'interim-report-accepted' },
          { trancheId: 'gradacac-1', partyId: 'gradacac', amount: { percent: 100 }, dueOn: '2021-09-01' },
        ],
      },
    },
    APPROVER,
  ],
] as [InitiativeCommand, string][];

const request = (disbursementId: string, trancheId: string, amount: Money = USD(1_200_000)): RequestDisbursement => ({
  type: 'RequestDisbursement',
  data: { initiativeId: INITIATIVE_ID, disbursementId, trancheId, amount },
});
const approve = (disbursementId: string): ApproveDisbursement => ({ type: 'ApproveDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId } });
const pay = (disbursementId: string, exchangeRate: ExchangeRate = USD_PAR): PayDisbursement => ({
  type: 'PayDisbursement',
  data: { initiativeId: INITIATIVE_ID, disbursementId, paymentReference: `UNDP-PAY-${disbursementId}`, valueDate: '2021-09-01', exchangeRate },
});
const reject = (disbursementId: string, reason: unknown = 'Računi za opremu nisu priloženi.'): RejectDisbursement => ({
  type: 'RejectDisbursement',
  data: { initiativeId: INITIATIVE_ID, disbursementId, reason: reason as string },
});
const refund = (partyId: string, amount: Money, exchangeRate: ExchangeRate = USD_PAR): RecordRefund => ({
  type: 'RecordRefund',
  data: { initiativeId: INITIATIVE_ID, refundId: `refund-${partyId}`, partyId, amount, valueDate: '2021-09-01', exchangeRate },
});

/** What REQUESTER's request of UNDP's money decides. */
const requestedEvent = (disbursementId: string, trancheId: string, amount: Money): InitiativeEvent => ({
  type: 'DisbursementRequested',
  data: { initiativeId: INITIATIVE_ID, disbursementId, trancheId, partyId: 'undp', amount, requestedBy: REQUESTER, requestedAt: '2021-09-01T08:00:00.000Z' },
});

/** A new schedule of UNDP's share in two unconditioned tranches of these percents (the same ids), Gradačac's as before. */
const rescheduled = (first: number, second: number): DefineTrancheSchedule => ({
  type: 'DefineTrancheSchedule',
  data: {
    initiativeId: INITIATIVE_ID,
    expectedScheduleVersion: 1,
    tranches: [
      { trancheId: 'undp-1', partyId: 'undp', amount: { percent: first }, dueOn: '2021-09-01' },
      { trancheId: 'undp-2', partyId: 'undp', amount: { percent: second }, dueOn: '2022-03-01' },
      { trancheId: 'gradacac-1', partyId: 'gradacac', amount: { percent: 100 }, dueOn: '2021-09-01' },
    ],
  },
});

/**
 * The same cut as recorded before a schedule had to keep what was drawn against a tranche (TrancheBelowDisbursed): such
 * histories are still folded, and approvals and payments still check the tranche and the commitment against them.
 */
const cutRecordedBefore = (first: number, second: number): InitiativeEvent => ({
  type: 'TrancheScheduleDefined',
  data: {
    initiativeId: INITIATIVE_ID,
    agreementVersion: 1,
    tranches: [
      { trancheId: 'undp-1', partyId: 'undp', amount: USD(20_000 * first), percent: first, dueOn: '2021-09-01', condition: null },
      { trancheId: 'undp-2', partyId: 'undp', amount: USD(20_000 * second), percent: second, dueOn: '2022-03-01', condition: null },
      { trancheId: 'gradacac-1', partyId: 'gradacac', amount: BAM(1_000_000), percent: 100, dueOn: '2021-09-01', condition: null },
    ],
  },
});

/** The started initiative, then what each command decides, folded one after another as the handler would append them. */
const withSchedule = (...steps: [InitiativeCommand, string][]): InitiativeEvent[] => decided([startedFromPriority], ...scheduled, ...steps);

describe('requesting a disbursement', () => {
  it('records who asked for the first UNDP tranche', () =>
    given(initiativeDecider, withSchedule())
      .when(request('d1', 'undp-1'), at(REQUESTER))
      .then([requestedEvent('d1', 'undp-1', USD(1_200_000))]));

  it('refuses a request against a tranche the schedule does not hold', () =>
    given(initiativeDecider, withSchedule()).when(request('d1', 'undp-9'), at(REQUESTER)).thenThrows({ code: 'NOT_FOUND', rule: 'TrancheNotFound' }));

  it('refuses a request in another currency than its tranche', () =>
    given(initiativeDecider, withSchedule()).when(request('d1', 'gradacac-1', USD(100)), at(REQUESTER)).thenThrows('DisbursementCurrencyMismatch'));

  it('refuses a request above what remains of the party’s commitment', () =>
    given(initiativeDecider, withSchedule()).when(request('d1', 'undp-1', USD(2_000_001)), at(REQUESTER)).thenThrows('DisbursementAboveRemainingCommitment'));

  it('refuses a second request under the same id', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER])).when(request('d1', 'undp-2'), at(REQUESTER)).thenThrows('DisbursementAlreadyRequested'));

  it('refuses a disbursement before the agreement is signed', () =>
    given(initiativeDecider, [startedFromPriority]).when(request('d1', 'undp-1'), at(REQUESTER)).thenThrows('AgreementNotSigned'));
});

describe('approving a disbursement (four eyes)', () => {
  const requested = () => withSchedule([request('d1', 'undp-1'), REQUESTER]);

  it('lets a second person approve', () =>
    given(initiativeDecider, requested())
      .when(approve('d1'), at(APPROVER))
      .then([{ type: 'DisbursementApproved', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', approvedBy: APPROVER, approvedAt: '2021-09-01T08:00:00.000Z' } }]));

  it('refuses approval by the person who requested the disbursement', () =>
    given(initiativeDecider, requested()).when(approve('d1'), at(REQUESTER)).thenThrows({ code: 'FORBIDDEN', rule: 'RequesterCannotApprove' }));

  const interimRequested = (...reportSteps: [InitiativeCommand, string][]) => withSchedule(...reportSteps, [request('d2', 'undp-2', USD(800_000)), REQUESTER]);
  const d2Approved = [{ type: 'DisbursementApproved', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd2', approvedBy: APPROVER, approvedAt: '2021-09-01T08:00:00.000Z' } }] as const;

  it('refuses approval while the tranche waits for the interim report', () =>
    given(initiativeDecider, interimRequested()).when(approve('d2'), at(APPROVER)).thenThrows({ code: 'CONFLICT', rule: 'TrancheConditionUnmet' }));

  it('refuses approval while the interim report only awaits review', () =>
    given(initiativeDecider, interimRequested([submitReport('interim'), OFFICER])).when(approve('d2'), at(APPROVER)).thenThrows('TrancheConditionUnmet'));

  it('refuses approval when the interim report was returned', () =>
    given(initiativeDecider, interimRequested([submitReport('interim'), OFFICER], [returnReport('interim'), APPROVER]))
      .when(approve('d2'), at(APPROVER))
      .thenThrows('TrancheConditionUnmet'));

  it('approves the conditional tranche once a progress report of the initiative is accepted', () =>
    given(initiativeDecider, interimRequested([submitReport('interim'), OFFICER], [acceptReport('interim'), APPROVER])).when(approve('d2'), at(APPROVER)).then(d2Approved));

  it('counts an accepted final report as meeting the interim condition', () =>
    given(initiativeDecider, interimRequested([submitReport('final', 'final'), OFFICER], [acceptReport('final'), APPROVER])).when(approve('d2'), at(APPROVER)).then(d2Approved));

  describe('a tranche held back until the final report is accepted', () => {
    const finalTranche: [InitiativeCommand, string] = [
      {
        type: 'DefineTrancheSchedule',
        data: {
          initiativeId: INITIATIVE_ID,
          expectedScheduleVersion: 1,
          tranches: [
            { trancheId: 'undp-1', partyId: 'undp', amount: { percent: 90 }, dueOn: '2021-09-01', condition: 'interim-report-accepted' },
            { trancheId: 'undp-last', partyId: 'undp', amount: { percent: 10 }, dueOn: '2022-12-01', condition: 'final-report-accepted' },
          ],
        },
      },
      APPROVER,
    ];
    const lastRequested = (...reportSteps: [InitiativeCommand, string][]) => withSchedule(finalTranche, ...reportSteps, [request('d9', 'undp-last', USD(200_000)), REQUESTER]);

    it('refuses approval when only a progress report is accepted', () =>
      given(initiativeDecider, lastRequested([submitReport('interim'), OFFICER], [acceptReport('interim'), APPROVER]))
        .when(approve('d9'), at(APPROVER))
        .thenThrows('TrancheConditionUnmet'));

    it('refuses approval while the final report awaits review', () =>
      given(initiativeDecider, lastRequested([submitReport('final', 'final'), OFFICER])).when(approve('d9'), at(APPROVER)).thenThrows('TrancheConditionUnmet'));

    it('approves once the final report is accepted', () =>
      given(initiativeDecider, lastRequested([submitReport('final', 'final'), OFFICER], [acceptReport('final'), APPROVER]))
        .when(approve('d9'), at(APPROVER))
        .then([{ type: 'DisbursementApproved', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd9', approvedBy: APPROVER, approvedAt: '2021-09-01T08:00:00.000Z' } }]));
  });

  it('refuses approving a disbursement twice', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER])).when(approve('d1'), at('third@undp.org')).thenThrows('DisbursementAlreadyApproved'));

  it('refuses approving a disbursement nobody requested', () =>
    given(initiativeDecider, withSchedule()).when(approve('d9'), at(APPROVER)).thenThrows({ code: 'NOT_FOUND', rule: 'DisbursementNotFound' }));
});

describe('paying a disbursement', () => {
  const approved = withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER]);

  it('records the payment with its reference, value date and USD equivalent', () =>
    given(initiativeDecider, approved)
      .when(pay('d1'), at(APPROVER))
      .then([
        {
          type: 'DisbursementPaid',
          data: {
            initiativeId: INITIATIVE_ID,
            disbursementId: 'd1',
            partyId: 'undp',
            amount: USD(1_200_000),
            paymentReference: 'UNDP-PAY-d1',
            valueDate: '2021-09-01',
            exchangeRate: USD_PAR,
            amountUsdMinor: 1_200_000,
          },
        },
      ]));

  it('converts a payment in marks at the rate used on the value date', () => {
    const events = withSchedule([request('g1', 'gradacac-1', BAM(1_000_000)), REQUESTER], [approve('g1'), APPROVER], [pay('g1', BAM_RATE), APPROVER]);
    // 10,000.00 BAM at 120000/195583 USD per BAM is 6,135.50 USD (6,135.4979… rounded half up).
    expect(events.at(-1)).toMatchObject({ type: 'DisbursementPaid', data: { amount: BAM(1_000_000), exchangeRate: BAM_RATE, amountUsdMinor: 613_550 } });
  });

  it('refuses a payment before approval', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER])).when(pay('d1'), at(APPROVER)).thenThrows('NotApproved'));

  it('refuses paying a disbursement twice', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER])).when(pay('d1'), at(APPROVER)).thenThrows('DisbursementAlreadyPaid'));

  it.each([
    ['before the agreement was signed', '2021-05-16', 'ValueDateBeforeSigning'],
    ['after today', '2021-09-02', 'ValueDateInFuture'],
  ])('refuses a payment dated %s', (_, valueDate, rule) =>
    given(initiativeDecider, approved)
      .when({ ...pay('d1'), data: { ...pay('d1').data, valueDate } }, at(APPROVER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule, field: 'valueDate' }));

  it('pays on the day the agreement was signed', () =>
    given(initiativeDecider, approved)
      .when({ ...pay('d1'), data: { ...pay('d1').data, valueDate: '2021-05-17' } }, at(APPROVER))
      .then([expect.objectContaining({ type: 'DisbursementPaid', data: expect.objectContaining({ valueDate: '2021-05-17' }) })]));

  it('answers a payment repeated with another date as already paid', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER]))
      .when({ ...pay('d1'), data: { ...pay('d1').data, valueDate: '2030-01-01' } }, at(APPROVER))
      .thenThrows('DisbursementAlreadyPaid'));

  it('refuses a rate for another currency than the payment’s', () =>
    given(initiativeDecider, approved).when(pay('d1', BAM_RATE), at(APPROVER)).thenThrows('ExchangeRateCurrencyMismatch'));

  it('refuses a payment above what remains of the commitment, when a schedule recorded before drawn tranches were kept moved money into a tranche after the first was paid', () =>
    given(
      initiativeDecider,
      decided(
        // UNDP's 1,200,000 was paid; 800,000 of its commitment remains, yet the second tranche was raised to 1,200,000.
        [...withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER]), cutRecordedBefore(40, 60)],
        [request('d2', 'undp-2', USD(800_000)), REQUESTER],
        [request('d3', 'undp-2', USD(400_000)), REQUESTER],
        [approve('d2'), APPROVER],
        [approve('d3'), APPROVER],
        [pay('d2'), APPROVER],
      ),
    )
      .when(pay('d3'), at(APPROVER))
      .thenThrows('DisbursementAboveRemainingCommitment'));
});

describe('a disbursement within its own tranche', () => {
  it('refuses the whole commitment asked for against the first, unconditioned tranche: the interim report still holds back the second', () =>
    given(initiativeDecider, withSchedule()).when(request('d1', 'undp-1', USD(2_000_000)), at(REQUESTER)).thenThrows({ code: 'CONFLICT', rule: 'DisbursementAboveTranche' }));

  it('refuses a request above what earlier requests left of the tranche', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1', USD(700_000)), REQUESTER]))
      .when(request('d2', 'undp-1', USD(500_001)), at(REQUESTER))
      .thenThrows('DisbursementAboveTranche'));

  /** 500,000 paid, 400,000 approved and `third` requested against UNDP's first tranche of 1,200,000. */
  const paidApprovedRequested = (third: number): [InitiativeCommand, string][] => [
    [request('d1', 'undp-1', USD(500_000)), REQUESTER],
    [approve('d1'), APPROVER],
    [pay('d1'), APPROVER],
    [request('d2', 'undp-1', USD(400_000)), REQUESTER],
    [approve('d2'), APPROVER],
    [request('d3', 'undp-1', USD(third)), REQUESTER],
  ];

  it('counts what was requested, approved and paid against the tranche alike', () =>
    given(initiativeDecider, withSchedule(...paidApprovedRequested(200_000)))
      .when(request('d4', 'undp-1', USD(100_001)), at(REQUESTER))
      .thenThrows('DisbursementAboveTranche'));

  it('accepts several partial disbursements that add up to the tranche', () => {
    const events = withSchedule(...paidApprovedRequested(300_000), [approve('d3'), APPROVER], [pay('d3'), APPROVER], [pay('d2'), APPROVER]);
    const paid = events.filter((event) => event.type === 'DisbursementPaid').map((event) => event.type === 'DisbursementPaid' && event.data.amount.amountMinor);
    expect(paid).toEqual([500_000, 300_000, 400_000]);
  });

  it('frees a rejected request’s amount for a new request against the tranche', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [reject('d1'), APPROVER]))
      .when(request('d2', 'undp-1'), at(REQUESTER))
      .then([requestedEvent('d2', 'undp-1', USD(1_200_000))]));

  it('does not reopen a tranche when the party refunds: what the milestone released is not drawn again', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER], [refund('undp', USD(100_000)), APPROVER]))
      .when(request('d2', 'undp-1', USD(100_000)), at(REQUESTER))
      .thenThrows('DisbursementAboveTranche'));

  it('refuses approval when a schedule recorded before drawn tranches were kept cut the tranche below what was asked for', () =>
    given(initiativeDecider, [...withSchedule([request('d1', 'undp-1'), REQUESTER]), cutRecordedBefore(40, 60)])
      .when(approve('d1'), at(APPROVER))
      .thenThrows({ code: 'CONFLICT', rule: 'DisbursementAboveTranche' }));

  it('refuses payment when a schedule recorded before drawn tranches were kept cut the tranche below what was approved', () =>
    given(initiativeDecider, [...withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER]), cutRecordedBefore(40, 60)])
      .when(pay('d1'), at(APPROVER))
      .thenThrows('DisbursementAboveTranche'));

  it('bounds the municipality’s tranche in its own currency too', () =>
    given(initiativeDecider, withSchedule([request('g1', 'gradacac-1', BAM(600_000)), REQUESTER]))
      .when(request('g2', 'gradacac-1', BAM(400_001)), at(REQUESTER))
      .thenThrows('DisbursementAboveTranche'));
});

describe('rejecting a disbursement', () => {
  const requested = () => withSchedule([request('d1', 'undp-1'), REQUESTER]);
  const rejected = (rejectedBy: string, reason = 'Računi za opremu nisu priloženi.') => [
    { type: 'DisbursementRejected', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', reason, rejectedBy, rejectedAt: '2021-09-01T08:00:00.000Z' } },
  ] as const;

  it('records who turned a requested disbursement down, when and why', () =>
    given(initiativeDecider, requested()).when(reject('d1'), at(APPROVER)).then(rejected(APPROVER)));

  it('turns down an approved disbursement before it is paid', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER])).when(reject('d1'), at(APPROVER)).then(rejected(APPROVER)));

  it('lets the requester withdraw their own request: rejecting moves no money, so it needs no second person', () =>
    given(initiativeDecider, requested()).when(reject('d1', 'Pogrešna tranša'), at(REQUESTER)).then(rejected(REQUESTER, 'Pogrešna tranša')));

  it('keeps the reason as written, trimmed, line breaks and all', () =>
    given(initiativeDecider, requested()).when(reject('d1', '  Iznos nije usklađen.\nPonovite zahtjev.  '), at(APPROVER)).then(rejected(APPROVER, 'Iznos nije usklađen.\nPonovite zahtjev.')));

  it.each([
    ['left out', null],
    ['blank', ' \n '],
  ])('refuses a rejection whose reason is %s', (_, reason) =>
    given(initiativeDecider, requested()).when(reject('d1', reason), at(APPROVER)).thenThrows({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'reason' }));

  it('refuses to reject a paid disbursement: the money has left, a refund brings it back', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER]))
      .when(reject('d1'), at(APPROVER))
      .thenThrows({ code: 'CONFLICT', rule: 'DisbursementNotPending' }));

  it('refuses to reject a disbursement twice: it reads as already done', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [reject('d1'), APPROVER])).when(reject('d1'), at(APPROVER)).thenThrows({ code: 'CONFLICT', rule: 'DisbursementAlreadyRejected' }));

  it('refuses to reject a disbursement nobody requested', () =>
    given(initiativeDecider, withSchedule()).when(reject('d9'), at(APPROVER)).thenThrows({ code: 'NOT_FOUND', rule: 'DisbursementNotFound' }));

  it('refuses a rejection on an initiative that has not started', () =>
    given(initiativeDecider).when(reject('d1'), at(APPROVER)).thenThrows({ code: 'NOT_FOUND', rule: 'InitiativeNotFound' }));

  describe('a rejected disbursement', () => {
    const rejectedHistory = () => withSchedule([request('d1', 'undp-1'), REQUESTER], [reject('d1'), APPROVER]);

    it('cannot be approved', () =>
      given(initiativeDecider, rejectedHistory()).when(approve('d1'), at(APPROVER)).thenThrows({ code: 'CONFLICT', rule: 'DisbursementNotPending' }));

    it('cannot be paid, even if it was approved first', () =>
      given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [reject('d1'), APPROVER]))
        .when(pay('d1'), at(APPROVER))
        .thenThrows({ code: 'CONFLICT', rule: 'DisbursementNotPending' }));

    it('keeps its id: a new request needs a new one', () =>
      given(initiativeDecider, rejectedHistory()).when(request('d1', 'undp-1'), at(REQUESTER)).thenThrows('DisbursementAlreadyRequested'));

    it('holds no tranche: a new schedule may drop the tranche it was asked against', () =>
      given(initiativeDecider, rejectedHistory())
        .when({
          type: 'DefineTrancheSchedule',
          data: { initiativeId: INITIATIVE_ID, expectedScheduleVersion: 1, tranches: [{ trancheId: 'undp-all', partyId: 'undp', amount: { percent: 100 }, dueOn: '2021-09-01' }] },
        })
        .then([
          {
            type: 'TrancheScheduleDefined',
            data: {
              initiativeId: INITIATIVE_ID,
              scheduleVersion: 2,
              agreementVersion: 1,
              tranches: [{ trancheId: 'undp-all', partyId: 'undp', amount: USD(2_000_000), percent: 100, dueOn: '2021-09-01', condition: null }],
            },
          },
        ]));
  });
});

describe('refunds at close-out', () => {
  const paid = withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER]);

  it('records unspent funds returned, in USD at the rate used', () =>
    given(initiativeDecider, paid)
      .when(refund('undp', USD(50_000)), at(APPROVER))
      .then([
        {
          type: 'RefundRecorded',
          data: { initiativeId: INITIATIVE_ID, refundId: 'refund-undp', partyId: 'undp', amount: USD(50_000), valueDate: '2021-09-01', exchangeRate: USD_PAR, amountUsdMinor: 50_000, valueUsdMinorAtRefundRate: 50_000 },
        },
      ]));

  it('refuses a refund above what was disbursed to the party', () =>
    given(initiativeDecider, paid).when(refund('undp', USD(1_200_001)), at(APPROVER)).thenThrows('RefundAboveDisbursed'));

  it('refuses a refund from a party that was paid nothing', () =>
    given(initiativeDecider, paid).when(refund('gradacac', BAM(1), BAM_RATE), at(APPROVER)).thenThrows('RefundAboveDisbursed'));

  it('does not make room for refunded money by cutting the tranche it was drawn from: what was drawn against it stands', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER], [refund('undp', USD(100_000)), APPROVER]))
      .when(rescheduled(55, 45), at(APPROVER))
      .thenThrows({ code: 'CONFLICT', rule: 'TrancheBelowDisbursed' }));
});

describe('the agreement and schedule once money has moved', () => {
  const paid = withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER]);

  it('refuses a schedule that drops a tranche already disbursed against', () =>
    given(initiativeDecider, paid)
      .when({
        type: 'DefineTrancheSchedule',
        data: { initiativeId: INITIATIVE_ID, expectedScheduleVersion: 1, tranches: [{ trancheId: 'undp-all', partyId: 'undp', amount: { percent: 100 }, dueOn: '2021-09-01' }] },
      })
      .thenThrows('DisbursedTrancheChanged'));

  it('refuses a schedule that cuts a tranche below what was requested against it, before any approval', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER]))
      .when(rescheduled(40, 60), at(APPROVER))
      .thenThrows({ code: 'CONFLICT', rule: 'TrancheBelowDisbursed' }));

  describe('what is requested, approved and paid against a tranche', () => {
    /** 500,000 paid, 400,000 approved and 200,000 requested against UNDP's first tranche of 1,200,000. */
    const held = withSchedule(
      [request('d1', 'undp-1', USD(500_000)), REQUESTER],
      [approve('d1'), APPROVER],
      [pay('d1'), APPROVER],
      [request('d2', 'undp-1', USD(400_000)), REQUESTER],
      [approve('d2'), APPROVER],
      [request('d3', 'undp-1', USD(200_000)), REQUESTER],
      [request('d4', 'undp-1', USD(100_000)), REQUESTER],
      [reject('d4'), APPROVER],
    );
    const undpFirstAt = (amountMinor: number) =>
      tranchesScheduled(
        [
          { trancheId: 'undp-1', partyId: 'undp', amount: USD(amountMinor), dueOn: '2021-09-01' },
          { trancheId: 'gradacac-1', partyId: 'gradacac', amount: { percent: 100 }, dueOn: '2021-09-01' },
        ],
        1,
      );

    it('counts alike, a rejected request not at all: the tranche may not fall below their sum', () =>
      given(initiativeDecider, held).when(undpFirstAt(1_099_999), at(APPROVER)).thenThrows('TrancheBelowDisbursed'));

    it('lets the tranche fall to their sum', () =>
      given(initiativeDecider, held)
        .when(undpFirstAt(1_100_000), at(APPROVER))
        .then([expect.objectContaining({ type: 'TrancheScheduleDefined', data: expect.objectContaining({ scheduleVersion: 2 }) })]));
  });

  describe('the condition of a tranche money was asked for against', () => {
    /** UNDP's second tranche, held back until the interim report is accepted, is asked for already. */
    const requestedSecond = withSchedule([request('d2', 'undp-2', USD(800_000)), REQUESTER]);
    /** The schedule in force again, but for UNDP's second tranche. */
    const withSecond = (second: Partial<TrancheInput>) =>
      tranchesScheduled(
        [
          { trancheId: 'undp-1', partyId: 'undp', amount: { percent: 60 }, dueOn: '2021-09-01' },
          { trancheId: 'undp-2', partyId: 'undp', amount: { percent: 40 }, dueOn: '2022-03-01', condition: 'interim-report-accepted', ...second },
          { trancheId: 'gradacac-1', partyId: 'gradacac', amount: { percent: 100 }, dueOn: '2021-09-01' },
        ],
        1,
      );

    it('may not be lifted: the request would then be approved without the interim report', () =>
      given(initiativeDecider, requestedSecond)
        .when(rescheduled(60, 40), at(APPROVER))
        .thenThrows((error) => error.code === 'CONFLICT' && error.rule === 'DisbursedTrancheChanged' && error.message.includes('interim-report-accepted')));

    it('may not be changed to another either', () =>
      given(initiativeDecider, requestedSecond).when(withSecond({ condition: 'final-report-accepted' }), at(APPROVER)).thenThrows('DisbursedTrancheChanged'));

    it('may stay as it was while the due date moves', () =>
      given(initiativeDecider, requestedSecond)
        .when(withSecond({ dueOn: '2022-06-01' }), at(APPROVER))
        .then([expect.objectContaining({ type: 'TrancheScheduleDefined' })]));
  });

  it('refuses an amendment that takes UNDP below what was already paid', () =>
    given(
      initiativeDecider,
      withSchedule(
        [tranchesScheduled([{ trancheId: 'undp-1', partyId: 'undp', amount: USD(1_200_000), dueOn: '2021-09-01' }], 1), APPROVER],
        [request('d1', 'undp-1'), REQUESTER],
        [approve('d1'), APPROVER],
        [pay('d1'), APPROVER],
      ),
    )
      .when(amendment({ parties: [{ ...undp, amount: USD(1_000_000) }, gradacac, volunteers], reason: 'UNDP lowers its share' }))
      .thenThrows('AmendmentBelowDisbursed'));
});
