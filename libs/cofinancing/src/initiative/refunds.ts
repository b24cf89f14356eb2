import { conflict, identifier, invalidInput, isoDate, positiveMoney, type CommandContext } from '@makers/kernel';
import { dateUnderAgreement, VALUE_DATE_RULES } from './agreement-dates';
import { timesRatioHalfUp, toUsdMinor } from './exchange-rate';
import { disbursedTo, partyNamed, rateFor, signedInitiative, type Started } from './disbursements';
import type { RecordRefund } from './initiative.commands';
import type { InitiativeEvent } from './initiative.events';

/** What was paid to a party in US cents, each payment at its own rate, less what its refunds took off. */
export const disbursedUsdTo = (initiative: Started, partyId: string): number =>
  initiative.disbursements.filter((d) => d.partyId === partyId && d.status === 'paid').reduce((sum, d) => sum + (d.amountUsdMinor ?? 0), 0) -
  initiative.refunds.filter((r) => r.partyId === partyId).reduce((sum, r) => sum + r.amountUsdMinor, 0);

/**
 * What a refund takes off the party's disbursed US cents: its share of what is disbursed net, in cents at the rates that
 * money was paid at (netUsd · refund / net, half up). Converted at the refund's own, later rate, a refund of everything
 * paid at 1.20 and returned at 1.30 would take off more dollars than ever left, and disbursed USD would go negative; so
 * the refund's own rate gives only its value on its value date (`valueUsdMinorAtRefundRate`), where an exchange
 * difference shows. A refund of everything still disbursed takes off exactly what is left in cents. Held to [0, max(netUsd, 0)].
 */
const usdTakenOffBy = (initiative: Started, partyId: string, refundMinor: number): number => {
  // An older refund booked at its own, later rate may have taken off more dollars than its share, leaving the net at or
  // below zero while marks are still disbursed: the share is then held to [0, net], never negative nor above what is left.
  const netUsd = Math.max(disbursedUsdTo(initiative, partyId), 0);
  return Math.min(Math.max(timesRatioHalfUp(netUsd, refundMinor, disbursedTo(initiative, partyId)), 0), netUsd);
};

/** Money comes back after it went out: a refund is dated on or after the party's first payment. */
const refuseRefundBeforePayment = (initiative: Started, partyId: string, valueDate: string): void => {
  const firstPaid = initiative.disbursements
    .filter((d) => d.partyId === partyId && d.status === 'paid' && d.valueDate !== null)
    .map((d) => d.valueDate as string)
    .sort()[0];
  if (firstPaid !== undefined && valueDate < firstPaid) {
    throw invalidInput('RefundBeforePayment', `valueDate (${valueDate}) is before ${partyId} was first paid (${firstPaid}): a refund returns money already paid`, 'valueDate');
  }
};

/**
 * Money is refunded out of what the party held on the refund's value date: what was paid to it on or before that day, less
 * the refunds valued on or before it. A refund valued earlier also lowers what the party holds on every later day, so it
 * must fit under the least the party held from its value date on (each later refund's day): otherwise a refund dated
 * between two payments could return money paid only after it, or leave a later refund returning more than was held.
 */
const refuseRefundAboveDisbursedByValueDate = (initiative: Started, partyId: string, amountMinor: number, valueDate: string, currency: string): void => {
  const paid = initiative.disbursements.filter((d) => d.partyId === partyId && d.status === 'paid');
  const refunds = initiative.refunds.filter((r) => r.partyId === partyId);
  // A payment folded without a value date is counted as paid from the start.
  const heldOn = (day: string): number =>
    paid.filter((d) => d.valueDate === null || d.valueDate <= day).reduce((sum, d) => sum + d.amount.amountMinor, 0) -
    refunds.filter((r) => r.valueDate <= day).reduce((sum, r) => sum + r.amount.amountMinor, 0);
  const days = [valueDate, ...refunds.map((r) => r.valueDate).filter((day) => day > valueDate)];
  const held = Math.min(...days.map(heldOn));
  if (amountMinor > held) {
    throw conflict(
      'RefundAboveDisbursedByValueDate',
      `${partyId} held at most ${Math.max(held, 0)} ${currency} minor units from ${valueDate} on (paid on or before it, less refunds valued by then): it cannot refund ${amountMinor} on that date`,
    );
  }
};

export const recordRefund = (data: RecordRefund['data'], started: Started, { now }: CommandContext): InitiativeEvent[] => {
  const refundId = identifier(data.refundId, 'refundId');
  const partyId = identifier(data.partyId, 'partyId');
  const amount = positiveMoney(data.amount, 'amount');
  isoDate(data.valueDate, 'valueDate');
  const initiative = signedInitiative(started);
  if (initiative.refunds.some((candidate) => candidate.refundId === refundId)) throw conflict('RefundAlreadyRecorded', `Refund ${refundId} has already been recorded`);
  const party = partyNamed(initiative, partyId, 'partyId');
  if (amount.currency !== party.amount.currency) {
    throw invalidInput('RefundCurrencyMismatch', `${party.name} was paid in ${party.amount.currency}, the refund is in ${amount.currency}`, 'amount.currency');
  }
  const exchangeRate = rateFor(data.exchangeRate, amount.currency);
  const disbursed = disbursedTo(initiative, partyId);
  if (amount.amountMinor > disbursed) {
    throw conflict('RefundAboveDisbursed', `${party.name} can refund at most the ${disbursed} ${amount.currency} minor units disbursed to it, not ${amount.amountMinor}`);
  }
  const valueDate = dateUnderAgreement(data.valueDate, 'valueDate', initiative.agreement.signedOn, now, VALUE_DATE_RULES);
  refuseRefundBeforePayment(initiative, partyId, valueDate);
  refuseRefundAboveDisbursedByValueDate(initiative, partyId, amount.amountMinor, valueDate, amount.currency);
  return [
    {
      type: 'RefundRecorded',
      data: {
        initiativeId: initiative.initiativeId,
        refundId,
        partyId,
        amount,
        valueDate,
        exchangeRate,
        amountUsdMinor: usdTakenOffBy(initiative, partyId, amount.amountMinor),
        valueUsdMinorAtRefundRate: toUsdMinor(amount, exchangeRate),
      },
    },
  ];
};
