import type { Money } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { ExchangeRate } from './exchange-rate';
import type { ApproveDisbursement, InitiativeCommand, PayDisbursement, RecordRefund, RejectDisbursement, RequestDisbursement } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import {
  acceptReport,
  at,
  BAM_RATE,
  decided,
  gradacac,
  INITIATIVE_ID,
  returnReport,
  sign,
  startedFromPriority,
  submitReport,
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
  data: { initiativeId: INITIATIVE_ID, disbursementId, paymentReference: `UNDP-PAY-${disbursementId}`, valueDate: '2021-09-03', exchangeRate },
});
const reject = (disbursementId: string, reason: unknown = 'Računi za opremu nisu priloženi.'): RejectDisbursement => ({
  type: 'RejectDisbursement',
  data: { initiativeId: INITIATIVE_ID, disbursementId, reason: reason as string },
});
const refund = (partyId: string, amount: Money, exchangeRate: ExchangeRate = USD_PAR): RecordRefund => ({
  type: 'RecordRefund',
  data: { initiativeId: INITIATIVE_ID, refundId: `refund-${partyId}`, partyId, amount, valueDate: '2022-12-15', exchangeRate },
});

/** The started initiative, then what each command decides, folded one after another as the handler would append them. */
const withSchedule = (...steps: [InitiativeCommand, string][]): InitiativeEvent[] => decided([startedFromPriority], ...scheduled, ...steps);

describe('requesting a disbursement', () => {
  it('records who asked for the first UNDP tranche', () =>
    given(initiativeDecider, withSchedule())
      .when(request('d1', 'undp-1'), at(REQUESTER))
      .then([
        {
          type: 'DisbursementRequested',
          data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', trancheId: 'undp-1', partyId: 'undp', amount: USD(1_200_000), requestedBy: REQUESTER, requestedAt: '2021-09-01T08:00:00.000Z' },
        },
      ]));

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
            valueDate: '2021-09-03',
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

  it('refuses a rate for another currency than the payment’s', () =>
    given(initiativeDecider, approved).when(pay('d1', BAM_RATE), at(APPROVER)).thenThrows('ExchangeRateCurrencyMismatch'));

  it('refuses a payment above what remains of the commitment', () =>
    given(
      initiativeDecider,
      withSchedule(
        [request('d1', 'undp-1'), REQUESTER],
        [request('d2', 'undp-1'), REQUESTER],
        [approve('d1'), APPROVER],
        [approve('d2'), APPROVER],
        [pay('d1'), APPROVER],
      ),
    )
      .when(pay('d2'), at(APPROVER))
      .thenThrows('DisbursementAboveRemainingCommitment'));
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

  it('refuses to reject a disbursement twice', () =>
    given(initiativeDecider, withSchedule([request('d1', 'undp-1'), REQUESTER], [reject('d1'), APPROVER])).when(reject('d1'), at(APPROVER)).thenThrows({ code: 'CONFLICT', rule: 'DisbursementNotPending' }));

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
          data: { initiativeId: INITIATIVE_ID, tranches: [{ trancheId: 'undp-all', partyId: 'undp', amount: { percent: 100 }, dueOn: '2021-09-01' }] },
        })
        .then([
          {
            type: 'TrancheScheduleDefined',
            data: {
              initiativeId: INITIATIVE_ID,
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
          data: { initiativeId: INITIATIVE_ID, refundId: 'refund-undp', partyId: 'undp', amount: USD(50_000), valueDate: '2022-12-15', exchangeRate: USD_PAR, amountUsdMinor: 50_000 },
        },
      ]));

  it('refuses a refund above what was disbursed to the party', () =>
    given(initiativeDecider, paid).when(refund('undp', USD(1_200_001)), at(APPROVER)).thenThrows('RefundAboveDisbursed'));

  it('refuses a refund from a party that was paid nothing', () =>
    given(initiativeDecider, paid).when(refund('gradacac', BAM(1), BAM_RATE), at(APPROVER)).thenThrows('RefundAboveDisbursed'));

  it('frees what was refunded for a later payment', () =>
    given(
      initiativeDecider,
      withSchedule(
        [request('d1', 'undp-1', USD(2_000_000)), REQUESTER],
        [approve('d1'), APPROVER],
        [pay('d1'), APPROVER],
        [refund('undp', USD(100_000)), APPROVER],
      ),
    )
      .when(request('d2', 'undp-2', USD(100_000)), at(REQUESTER))
      .then([
        {
          type: 'DisbursementRequested',
          data: { initiativeId: INITIATIVE_ID, disbursementId: 'd2', trancheId: 'undp-2', partyId: 'undp', amount: USD(100_000), requestedBy: REQUESTER, requestedAt: '2021-09-01T08:00:00.000Z' },
        },
      ]));
});

describe('the agreement and schedule once money has moved', () => {
  const paid = withSchedule([request('d1', 'undp-1'), REQUESTER], [approve('d1'), APPROVER], [pay('d1'), APPROVER]);

  it('refuses a schedule that drops a tranche already disbursed against', () =>
    given(initiativeDecider, paid)
      .when({
        type: 'DefineTrancheSchedule',
        data: { initiativeId: INITIATIVE_ID, tranches: [{ trancheId: 'undp-all', partyId: 'undp', amount: { percent: 100 }, dueOn: '2021-09-01' }] },
      })
      .thenThrows('DisbursedTrancheChanged'));

  it('refuses an amendment that takes UNDP below what was already paid', () =>
    given(
      initiativeDecider,
      withSchedule(
        [{ type: 'DefineTrancheSchedule', data: { initiativeId: INITIATIVE_ID, tranches: [{ trancheId: 'undp-1', partyId: 'undp', amount: USD(1_200_000), dueOn: '2021-09-01' }] } }, APPROVER],
        [request('d1', 'undp-1'), REQUESTER],
        [approve('d1'), APPROVER],
        [pay('d1'), APPROVER],
      ),
    )
      .when({
        type: 'AmendAgreement',
        data: { initiativeId: INITIATIVE_ID, parties: [{ ...undp, amount: USD(1_000_000) }, gradacac, volunteers], exchangeRates: [BAM_RATE], reason: 'UNDP lowers its share' },
      })
      .thenThrows('AmendmentBelowDisbursed'));
});
