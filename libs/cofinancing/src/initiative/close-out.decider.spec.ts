import { given } from '@makers/kernel/testing';
import type { CloseInitiative, InitiativeCommand } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import { acceptReport, amendment, at, decided, gradacac, INITIATIVE_ID, returnReport, sign, startedFromPriority, submitReport, tranchesScheduled, undp } from './initiative.fixtures';

const REQUESTER = 'amra.finance@undp.org';
const MANAGER = 'programme.manager@undp.org';
const OFFICER = 'emina.officer@gradacac.ba';
const USD = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });
const USD_PAR = { currency: 'USD' as const, usdPerUnit: { numerator: 1, denominator: 1 } };

const close: CloseInitiative = { type: 'CloseInitiative', data: { initiativeId: INITIATIVE_ID } };

type Step = [InitiativeCommand, string];
const step = {
  schedule: [
    tranchesScheduled([{ trancheId: 'undp-1', partyId: 'undp', amount: { percent: 100 }, dueOn: '2021-09-01' }]),
    MANAGER,
  ] as Step,
  request: (disbursementId: string, amountMinor = 1_000_000): Step => [
    { type: 'RequestDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId, trancheId: 'undp-1', amount: USD(amountMinor) } },
    REQUESTER,
  ],
  approve: (disbursementId: string): Step => [{ type: 'ApproveDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId } }, MANAGER],
  reject: (disbursementId: string): Step => [{ type: 'RejectDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId, reason: 'Zahtjev povučen' } }, REQUESTER],
  pay: (disbursementId: string): Step => [
    { type: 'PayDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId, paymentReference: `UNDP-PAY-${disbursementId}`, valueDate: '2021-09-01', exchangeRate: USD_PAR } },
    MANAGER,
  ],
  submitFinal: [submitReport('final', 'final'), OFFICER] as Step,
  acceptFinal: [acceptReport('final'), MANAGER] as Step,
};

/** Signed and scheduled, then each step decided in turn. */
const history = (...steps: Step[]): InitiativeEvent[] => decided([startedFromPriority], [sign(), MANAGER], step.schedule, ...steps);

/** Paid what was asked for, the final report accepted: ready to close. */
const settled = () => history(step.request('d1'), step.approve('d1'), step.pay('d1'), step.submitFinal, step.acceptFinal);

describe('closing an initiative', () => {
  it('closes once the final report is accepted and every disbursement asked for is paid, recording who closed it and when', () =>
    given(initiativeDecider, settled())
      .when(close, at(MANAGER))
      .then([{ type: 'InitiativeClosed', data: { initiativeId: INITIATIVE_ID, closedBy: MANAGER, closedAt: '2021-09-01T08:00:00.000Z' } }]));

  it('closes an initiative that never disbursed, once its final report is accepted', () =>
    given(initiativeDecider, history(step.submitFinal, step.acceptFinal))
      .when(close, at(MANAGER))
      .then([{ type: 'InitiativeClosed', data: { initiativeId: INITIATIVE_ID, closedBy: MANAGER, closedAt: '2021-09-01T08:00:00.000Z' } }]));

  it('refuses to close an initiative that has not started', () => given(initiativeDecider).when(close, at(MANAGER)).thenThrows({ code: 'NOT_FOUND', rule: 'InitiativeNotFound' }));

  it('refuses to close before a final report is submitted', () =>
    given(initiativeDecider, history(step.request('d1'), step.approve('d1'), step.pay('d1'))).when(close, at(MANAGER)).thenThrows({ code: 'CONFLICT', rule: 'FinalReportNotAccepted' }));

  it('refuses to close while the final report awaits review', () =>
    given(initiativeDecider, history(step.submitFinal)).when(close, at(MANAGER)).thenThrows('FinalReportNotAccepted'));

  it('refuses to close when the final report was returned', () =>
    given(initiativeDecider, history(step.submitFinal, [returnReport('final'), MANAGER])).when(close, at(MANAGER)).thenThrows('FinalReportNotAccepted'));

  it('refuses to close when only progress reports are accepted', () =>
    given(initiativeDecider, history([submitReport('interim'), OFFICER], [acceptReport('interim'), MANAGER])).when(close, at(MANAGER)).thenThrows('FinalReportNotAccepted'));

  it('refuses to close while a disbursement is requested but not approved', () =>
    given(initiativeDecider, history(step.request('d1'), step.submitFinal, step.acceptFinal)).when(close, at(MANAGER)).thenThrows({ code: 'CONFLICT', rule: 'DisbursementsPending' }));

  it('refuses to close while an approved disbursement is not yet paid', () =>
    given(initiativeDecider, history(step.request('d1'), step.approve('d1'), step.submitFinal, step.acceptFinal)).when(close, at(MANAGER)).thenThrows('DisbursementsPending'));

  it('closes although a disbursement was rejected: it will never be paid', () =>
    given(initiativeDecider, history(step.request('d1'), step.approve('d1'), step.pay('d1'), step.request('d2'), step.reject('d2'), step.submitFinal, step.acceptFinal))
      .when(close, at(MANAGER))
      .then([{ type: 'InitiativeClosed', data: { initiativeId: INITIATIVE_ID, closedBy: MANAGER, closedAt: '2021-09-01T08:00:00.000Z' } }]));

  it('refuses to close while a progress report awaits review', () =>
    given(initiativeDecider, history([submitReport('interim'), OFFICER], step.submitFinal, step.acceptFinal))
      .when(close, at(MANAGER))
      .thenThrows({ code: 'CONFLICT', rule: 'ReportsAwaitingReview' }));

  it('refuses to close while a resubmitted report awaits review again', () =>
    given(initiativeDecider, history([submitReport('interim'), OFFICER], [returnReport('interim'), MANAGER], step.submitFinal, [submitReport('interim'), OFFICER], step.acceptFinal))
      .when(close, at(MANAGER))
      .thenThrows('ReportsAwaitingReview'));

  it('names a report awaiting review before a disbursement pending', () =>
    given(initiativeDecider, history(step.request('d1'), [submitReport('interim'), OFFICER], step.submitFinal, step.acceptFinal)).when(close, at(MANAGER)).thenThrows('ReportsAwaitingReview'));

  it('names the final report not accepted before a report awaiting review', () =>
    given(initiativeDecider, history([submitReport('interim'), OFFICER])).when(close, at(MANAGER)).thenThrows('FinalReportNotAccepted'));

  it('refuses to close an initiative twice', () =>
    given(initiativeDecider, decided(settled(), [close, MANAGER])).when(close, at(MANAGER)).thenThrows({ code: 'CONFLICT', rule: 'InitiativeAlreadyClosed' }));
});

describe('a closed initiative', () => {
  const closed = () => decided(settled(), [close, MANAGER]);

  const newWork: Step[] = [
    [amendment({ parties: [undp, gradacac], reason: 'Volonteri se povukli' }), MANAGER],
    [tranchesScheduled([{ trancheId: 'undp-1', partyId: 'undp', amount: { percent: 100 }, dueOn: '2022-01-01' }], 1), MANAGER],
    step.request('d2', 500_000),
    [submitReport('late'), OFFICER],
  ];

  it.each(newWork.map(([command, actor]) => [command.type, command, actor] as const))('refuses %s', (_, command, actor) =>
    given(initiativeDecider, closed()).when(command, at(actor)).thenThrows({ code: 'CONFLICT', rule: 'InitiativeClosed' }));

  // A retry, or a replayed seed, learns that its work was done, not that the initiative has closed since.
  const repeated: [string, Step, string][] = [
    ['a request', step.request('d1'), 'DisbursementAlreadyRequested'],
    ['an approval', step.approve('d1'), 'DisbursementAlreadyApproved'],
    ['a payment', step.pay('d1'), 'DisbursementAlreadyPaid'],
    ['the final report', step.submitFinal, 'ReportAlreadyAccepted'],
    ['the final report’s acceptance', [acceptReport('final'), 'third.manager@undp.org'], 'ReportAlreadyAccepted'],
  ];

  it.each(repeated)('answers %s repeated after close-out as already done', (_, [command, actor], rule) =>
    given(initiativeDecider, closed()).when(command, at(actor)).thenThrows({ code: 'CONFLICT', rule }));

  describe('with disbursements left pending when it closed (closed before that was refused)', () => {
    const closedPending = (): InitiativeEvent[] => [
      ...history(step.request('d1'), step.approve('d1'), step.pay('d1'), step.request('d2', 500_000), step.request('d3', 400_000), step.approve('d3'), step.submitFinal, step.acceptFinal),
      { type: 'InitiativeClosed', data: { initiativeId: INITIATIVE_ID, closedBy: MANAGER, closedAt: '2021-09-01T08:00:00.000Z' } },
    ];

    it.each([
      ['approving a requested one', step.approve('d2')],
      ['paying an approved one', step.pay('d3')],
      ['rejecting one', step.reject('d2')],
    ])('refuses %s', (_, [command, actor]) => given(initiativeDecider, closedPending()).when(command, at(actor)).thenThrows({ code: 'CONFLICT', rule: 'InitiativeClosed' }));
  });

  describe('with a report left awaiting review when it closed (closed before that was refused)', () => {
    const closedAwaitingReview = (): InitiativeEvent[] => [
      ...history(step.request('d1'), step.approve('d1'), step.pay('d1'), [submitReport('interim'), OFFICER], step.submitFinal, step.acceptFinal),
      { type: 'InitiativeClosed', data: { initiativeId: INITIATIVE_ID, closedBy: MANAGER, closedAt: '2021-09-01T08:00:00.000Z' } },
    ];

    it('still accepts the report', () =>
      given(initiativeDecider, closedAwaitingReview())
        .when(acceptReport('interim'), at(MANAGER))
        .then([
          {
            type: 'ReportAccepted',
            data: { initiativeId: INITIATIVE_ID, reportId: 'interim', kind: 'progress', version: 1, acceptedBy: MANAGER, acceptedAt: '2021-09-01T08:00:00.000Z' },
          },
        ]));

    it('refuses to return the report, which could never be resubmitted', () =>
      given(initiativeDecider, closedAwaitingReview()).when(returnReport('interim'), at(MANAGER)).thenThrows({ code: 'CONFLICT', rule: 'InitiativeClosed' }));
  });

  it('still records a refund of unspent funds', () =>
    given(initiativeDecider, closed())
      .when(
        { type: 'RecordRefund', data: { initiativeId: INITIATIVE_ID, refundId: 'refund-undp', partyId: 'undp', amount: USD(40_000), valueDate: '2021-09-01', exchangeRate: USD_PAR } },
        at(MANAGER),
      )
      .then([
        {
          type: 'RefundRecorded',
          data: { initiativeId: INITIATIVE_ID, refundId: 'refund-undp', partyId: 'undp', amount: USD(40_000), valueDate: '2021-09-01', exchangeRate: USD_PAR, amountUsdMinor: 40_000, valueUsdMinorAtRefundRate: 40_000 },
        },
      ]));
});
