import fc from 'fast-check';
import { given } from '@makers/kernel/testing';
import type { ExchangeRate } from './exchange-rate';
import type { InitiativeCommand, RecordRefund } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeEvent } from './initiative.events';
import { at, decided, gradacac, INITIATIVE_ID, sign, startedFromPriority, tranchesScheduled, undp, volunteers } from './initiative.fixtures';

const REQUESTER = 'amra.finance@undp.org';
const APPROVER = 'programme.manager@undp.org';

const BAM = (amountMinor: number) => ({ amountMinor, currency: 'BAM' as const });
/** USD per BAM at `usdPerEur` ten-thousandths of a dollar per euro, through the peg of 1.95583 BAM per euro. */
const bamAt = (usdPerEur: number): ExchangeRate => ({ currency: 'BAM', usdPerUnit: { numerator: usdPerEur * 10, denominator: 195_583 } });

/** Gradačac commits BAM 19,558.30, USD 12,000.00 at 1.20 USD/EUR, in one tranche. */
const COMMITTED = 1_955_830;
const signedAndScheduled: [InitiativeCommand, string][] = [
  [sign({ parties: [undp, { ...gradacac, amount: BAM(COMMITTED) }, volunteers] }), APPROVER],
  [tranchesScheduled([{ trancheId: 'gradacac-1', partyId: 'gradacac', amount: { percent: 100 }, dueOn: '2021-07-15' }]), APPROVER],
];

/** Requested, approved by another person and paid at `rate`. */
const paid = (disbursementId: string, amountMinor: number, rate: ExchangeRate): [InitiativeCommand, string][] => [
  [{ type: 'RequestDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId, trancheId: 'gradacac-1', amount: BAM(amountMinor) } }, REQUESTER],
  [{ type: 'ApproveDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId } }, APPROVER],
  [{ type: 'PayDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId, paymentReference: `GRADACAC-${disbursementId}`, valueDate: '2021-08-20', exchangeRate: rate } }, APPROVER],
];

const refund = (refundId: string, amountMinor: number, rate: ExchangeRate): RecordRefund => ({
  type: 'RecordRefund',
  data: { initiativeId: INITIATIVE_ID, refundId, partyId: 'gradacac', amount: BAM(amountMinor), valueDate: '2021-08-25', exchangeRate: rate },
});

/** What the events say was disbursed to Gradačac, net of refunds: in marks and in US cents. */
const netDisbursed = (events: readonly InitiativeEvent[]) =>
  events.reduce(
    (net, event) => {
      if (event.type === 'DisbursementPaid') return { minor: net.minor + event.data.amount.amountMinor, usdMinor: net.usdMinor + event.data.amountUsdMinor };
      if (event.type === 'RefundRecorded') return { minor: net.minor - event.data.amount.amountMinor, usdMinor: net.usdMinor - event.data.amountUsdMinor };
      return net;
    },
    { minor: 0, usdMinor: 0 },
  );

describe('a refund in US dollars', () => {
  const paidAt120 = decided([startedFromPriority], ...signedAndScheduled, ...paid('g1', COMMITTED, bamAt(12_000)));

  it('takes off what was disbursed at the rate it was paid at, and keeps its value at its own rate beside it', () =>
    // Paid BAM 19,558.30 at 1.20 (USD 12,000.00), all of it back when the mark is worth 1.30: USD 12,000.00 comes off
    // what was disbursed, and the refund is worth USD 13,000.00 on its value date, USD 1,000.00 more: an exchange gain.
    given(initiativeDecider, paidAt120)
      .when(refund('back', COMMITTED, bamAt(13_000)), at(APPROVER))
      .then([
        {
          type: 'RefundRecorded',
          data: {
            initiativeId: INITIATIVE_ID,
            refundId: 'back',
            partyId: 'gradacac',
            amount: BAM(COMMITTED),
            valueDate: '2021-08-25',
            exchangeRate: bamAt(13_000),
            amountUsdMinor: 1_200_000,
            valueUsdMinorAtRefundRate: 1_300_000,
          },
        },
      ]));

  it('takes off a part refunded in proportion: a fifth of the marks, a fifth of the dollars', () => {
    const events = decided(paidAt120, [refund('quarter', COMMITTED / 5, bamAt(9_000)), APPROVER]);
    expect(events.at(-1)).toMatchObject({ type: 'RefundRecorded', data: { amountUsdMinor: 240_000, valueUsdMinorAtRefundRate: 180_000 } });
  });

  it('takes off in proportion to payments made at different rates, a feninga’s share rounded half up to a cent', () => {
    // BAM 9,779.15 at 1.20 is USD 6,000.00 and BAM 9,779.15 at 1.10 is USD 5,500.00: half of the marks back is half of USD 11,500.00.
    const paidTwice = decided([startedFromPriority], ...signedAndScheduled, ...paid('g1', 977_915, bamAt(12_000)), ...paid('g2', 977_915, bamAt(11_000)));
    expect(netDisbursed(decided(paidTwice, [refund('half', 977_915, bamAt(13_000)), APPROVER]))).toEqual({ minor: 977_915, usdMinor: 575_000 });
    // One feninga of BAM 19,558.30 worth USD 11,500.00 is 0.588 of a cent: one cent.
    expect(decided(paidTwice, [refund('feninga', 1, bamAt(13_000)), APPROVER]).at(-1)).toMatchObject({ data: { amountUsdMinor: 1, valueUsdMinorAtRefundRate: 1 } });
  });

  it.each([
    ['before the agreement was signed', '2021-05-16', 'ValueDateBeforeSigning'],
    ['after today', '2021-09-02', 'ValueDateInFuture'],
    ['before the party was first paid', '2021-08-19', 'RefundBeforePayment'],
  ])('refuses a refund dated %s', (_, valueDate, rule) =>
    given(initiativeDecider, paidAt120)
      .when({ ...refund('early', 100, bamAt(12_000)), data: { ...refund('early', 100, bamAt(12_000)).data, valueDate } }, at(APPROVER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule, field: 'valueDate' }));

  it('takes a refund on the day of the party’s first payment', () =>
    given(initiativeDecider, paidAt120)
      .when({ ...refund('same-day', 100, bamAt(12_000)), data: { ...refund('same-day', 100, bamAt(12_000)).data, valueDate: '2021-08-20' } }, at(APPROVER))
      .then([expect.objectContaining({ type: 'RefundRecorded' })]));

  it('takes off nothing, never a negative share, when an older refund booked at its own later rate left no dollars net', () => {
    // An older-format refund of BAM 19,000.00 at 1.40 took off USD 13,600.36 of the USD 12,000.00 paid: BAM 558.30 is still
    // disbursed, but the net in dollars is below zero. The next refund takes off USD 0, not a negative share.
    const legacy: InitiativeEvent = {
      type: 'RefundRecorded',
      data: { initiativeId: INITIATIVE_ID, refundId: 'old', partyId: 'gradacac', amount: BAM(1_900_000), valueDate: '2021-08-22', exchangeRate: bamAt(14_000), amountUsdMinor: 1_360_036 },
    } as InitiativeEvent;
    const events = decided([...paidAt120, legacy], [refund('rest', 55_830, bamAt(13_000)), APPROVER]);
    expect(events.at(-1)).toMatchObject({ type: 'RefundRecorded', data: { amountUsdMinor: 0 } });
  });

  it('takes off a share between zero and what is left net in dollars, whatever older refunds took off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: COMMITTED - 1 }), fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 1, max: 1000 }), (oldMinor, oldUsd, permille) => {
        const legacy = {
          type: 'RefundRecorded',
          data: { initiativeId: INITIATIVE_ID, refundId: 'old', partyId: 'gradacac', amount: BAM(oldMinor), valueDate: '2021-08-22', exchangeRate: bamAt(14_000), amountUsdMinor: oldUsd },
        } as InitiativeEvent;
        const before = [...paidAt120, legacy];
        const left = COMMITTED - oldMinor;
        const events = decided(before, [refund('new', Math.ceil((left * permille) / 1000), bamAt(13_000)), APPROVER]);
        const taken = (events.at(-1) as Extract<InitiativeEvent, { type: 'RefundRecorded' }>).data.amountUsdMinor;
        expect(taken).toBeGreaterThanOrEqual(0);
        expect(taken).toBeLessThanOrEqual(Math.max(netDisbursed(before).usdMinor, 0));
      }),
    );
  });

  describe('out of what the party held on its value date', () => {
    /** Paid on `valueDate` rather than on 20 August. */
    const paidOn = (disbursementId: string, amountMinor: number, valueDate: string): [InitiativeCommand, string][] => {
      const steps = paid(disbursementId, amountMinor, bamAt(12_000));
      const [command, actor] = steps[2];
      return [steps[0], steps[1], [{ ...command, data: { ...command.data, valueDate } } as InitiativeCommand, actor]];
    };
    const refundOn = (refundId: string, amountMinor: number, valueDate: string): RecordRefund => ({ ...refund(refundId, amountMinor, bamAt(12_000)), data: { ...refund(refundId, amountMinor, bamAt(12_000)).data, valueDate } });
    const paidTwice = decided([startedFromPriority], ...signedAndScheduled, ...paidOn('g1', 100_000, '2021-08-01'), ...paidOn('g2', 1_000_000, '2021-08-20'));

    it('refuses a refund dated between two payments above what was paid by then', () =>
      given(initiativeDecider, paidTwice).when(refundOn('between', 900_000, '2021-08-05'), at(APPROVER)).thenThrows({ code: 'CONFLICT', rule: 'RefundAboveDisbursedByValueDate' }));

    it('takes a refund dated between two payments of up to what was paid by then', () =>
      given(initiativeDecider, paidTwice).when(refundOn('between', 100_000, '2021-08-05'), at(APPROVER)).then([expect.objectContaining({ type: 'RefundRecorded' })]));

    it('refuses a refund that a later refund already took the money of, though a later payment left some disbursed', () => {
      // 1,000.00 paid on 1 August and all of it refunded on 10 August; 1,000.00 paid again on 20 August. Refunding 500.00 on
      // 5 August would leave Gradačac refunding 1,500.00 of the 1,000.00 it held by 10 August.
      const events = decided(
        [startedFromPriority],
        ...signedAndScheduled,
        ...paidOn('g1', 100_000, '2021-08-01'),
        [refundOn('all', 100_000, '2021-08-10'), APPROVER],
        ...paidOn('g2', 100_000, '2021-08-20'),
      );
      given(initiativeDecider, events).when(refundOn('early', 50_000, '2021-08-05'), at(APPROVER)).thenThrows({ code: 'CONFLICT', rule: 'RefundAboveDisbursedByValueDate' });
      given(initiativeDecider, events).when(refundOn('late', 50_000, '2021-08-21'), at(APPROVER)).then([expect.objectContaining({ type: 'RefundRecorded' })]);
    });
  });

  it('never takes disbursed USD below zero, and a refund of everything still disbursed brings it to exactly zero', () => {
    const rates = fc.integer({ min: 8_000, max: 16_000 }).map(bamAt);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('pay' as const), amountMinor: fc.integer({ min: 1, max: COMMITTED }), rate: rates }),
      fc.record({ kind: fc.constant('refund' as const), permille: fc.integer({ min: 1, max: 1000 }), rate: rates }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), rates, (steps, lastRate) => {
        let events = decided([startedFromPriority], ...signedAndScheduled);
        let paidMinor = 0;
        steps.forEach((next, index) => {
          const net = netDisbursed(events);
          if (next.kind === 'pay' && paidMinor < COMMITTED) {
            // The tranche is the whole commitment, and a refund does not give a tranche back: at most it, all told.
            const amountMinor = Math.min(next.amountMinor, COMMITTED - paidMinor);
            paidMinor += amountMinor;
            events = decided(events, ...paid(`g${index}`, amountMinor, next.rate));
          } else if (next.kind === 'refund' && net.minor > 0) {
            events = decided(events, [refund(`r${index}`, Math.ceil((net.minor * next.permille) / 1000), next.rate), APPROVER]);
          }
          expect(netDisbursed(events).usdMinor).toBeGreaterThanOrEqual(0);
        });
        const { minor } = netDisbursed(events);
        if (minor > 0) events = decided(events, [refund('everything-left', minor, lastRate), APPROVER]);
        expect(netDisbursed(events)).toEqual({ minor: 0, usdMinor: 0 });
      }),
    );
  });
});
