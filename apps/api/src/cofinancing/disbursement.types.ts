import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DisbursementStatus, DisbursementView, RefundView, TrancheView } from '@makers/cofinancing';
import type { Identity } from '@makers/kernel';
import { Money } from '../programme/programme.types';
import { ACTING_PERSON, actingPersonFor } from './acting-person-readers';
import { ExchangeRate } from './agreement.types';
import { exchangeRateOf, moneyOf, usd } from './cofinancing-money';
import { TrancheConditionCode } from './cofinancing.enums';

export enum DisbursementStatusCode {
  REQUESTED = 'requested',
  APPROVED = 'approved',
  PAID = 'paid',
  REJECTED = 'rejected',
}
registerEnumType(DisbursementStatusCode, {
  name: 'DisbursementStatus',
  description: 'Requested, approved by someone other than the requester, then paid; or rejected before payment.',
  valuesMap: {
    REQUESTED: { description: 'Asked for; awaiting a second person’s approval.' },
    APPROVED: { description: 'Approved (four eyes); awaiting payment.' },
    PAID: { description: 'Paid, with its payment reference, value date and rate.' },
    REJECTED: { description: 'Turned down before payment, with a reason: counted against nothing.' },
  },
});

@ObjectType({ description: 'One tranche of the schedule in force, with what was asked for and paid against it.' })
export class Tranche {
  @Field(() => ID)
  trancheId!: string;

  @Field(() => ID)
  partyId!: string;

  @Field({ description: 'The party’s name in the agreement in force.' })
  partyName!: string;

  @Field(() => Money, { description: 'In the party’s currency; a percent resolved cent-exact.' })
  amount!: Money;

  @Field(() => Int, { nullable: true, description: 'The whole percent of the party’s commitment it was given as; null when given as an amount.' })
  percent!: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => TrancheConditionCode, { nullable: true, description: 'What must hold before its disbursement is approved; null for none.' })
  condition!: TrancheConditionCode | null;

  @Field({ description: 'Whether the condition holds now (always true without one).' })
  conditionMet!: boolean;

  @Field(() => Money, { description: 'Every disbursement against it not rejected (requested, approved or paid), in its currency.' })
  requested!: Money;

  @Field(() => Money, { description: 'What of that was paid.' })
  paid!: Money;

  @Field(() => String, { nullable: true, description: `Who defined the schedule in force that sets this tranche. ${ACTING_PERSON}` })
  definedBy!: string | null;

  @Field({ description: 'When that schedule was recorded (ISO 8601).' })
  definedAt!: string;
}

@ObjectType({ description: 'Money asked for against a tranche, approved by a second person, then paid at the rate of its value date.' })
export class Disbursement {
  @Field(() => ID)
  disbursementId!: string;

  @Field(() => ID)
  trancheId!: string;

  @Field(() => ID)
  partyId!: string;

  @Field(() => Money, { description: 'In the tranche’s currency.' })
  amount!: Money;

  @Field(() => DisbursementStatusCode)
  status!: DisbursementStatusCode;

  @Field(() => String, { nullable: true, description: `Who asked for it. ${ACTING_PERSON}` })
  requestedBy!: string | null;

  @Field({ description: 'ISO 8601' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: `Who approved it; null until approved. ${ACTING_PERSON}` })
  approvedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601; null until approved.' })
  approvedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The bank’s or treasury’s reference; null until paid.' })
  paymentReference!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the payment’s value date, which places it in a budget year; null until paid.' })
  valueDate!: string | null;

  @Field(() => String, { nullable: true, description: `Who recorded the payment; null until paid. ${ACTING_PERSON}` })
  paidBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the payment was recorded (ISO 8601), not its value date; null until paid.' })
  paidAt!: string | null;

  @Field(() => ExchangeRate, { nullable: true, description: 'USD per unit of the amount’s currency on the value date; null until paid.' })
  exchangeRate!: ExchangeRate | null;

  @Field(() => Money, { nullable: true, description: 'The payment in USD at that rate; null until paid.' })
  amountUsd!: Money | null;

  @Field(() => String, { nullable: true, description: `Who turned it down; null unless rejected. ${ACTING_PERSON}` })
  rejectedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601; null unless rejected.' })
  rejectedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was turned down; null unless rejected.' })
  rejectionReason!: string | null;
}

@ObjectType({ description: 'Unspent funds a party returned; they reduce what was disbursed to it, in the year of their value date.' })
export class Refund {
  @Field(() => ID)
  refundId!: string;

  @Field(() => ID)
  partyId!: string;

  @Field(() => Money, { description: 'In the party’s currency.' })
  amount!: Money;

  @Field({ description: 'YYYY-MM-DD' })
  valueDate!: string;

  @Field(() => ExchangeRate)
  exchangeRate!: ExchangeRate;

  @Field(() => Money, { description: 'What the refund takes off the USD disbursed to the party: its share of what is disbursed net, at the rates that money was paid at (so net disbursed never goes negative). For refunds recorded before rates paid were kept, the refund at its own rate.' })
  amountUsd!: Money;

  @Field(() => Money, {
    nullable: true,
    description: 'The refund in USD at its own rate (exchangeRate) on its value date; null for refunds recorded before this value was kept.',
  })
  valueAtRefundRateUsd!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'valueAtRefundRateUsd minus amountUsd, from UNDP’s point of view: positive is an exchange gain to UNDP (the money returned is worth more in USD on its value date than the USD it takes off what was disbursed), negative an exchange loss, zero none (a USD refund). Null when valueAtRefundRateUsd is.',
  })
  exchangeDifferenceUsd!: Money | null;

  @Field(() => String, { nullable: true, description: `Who recorded it. ${ACTING_PERSON}` })
  recordedBy!: string | null;

  @Field({ description: 'ISO 8601' })
  recordedAt!: string;
}

/** A tranche as `reader` may see it: who defined its schedule only for ACTING_PERSON_READERS. */
export const trancheFor = (reader: Identity, view: TrancheView): Tranche => ({
  ...view,
  amount: moneyOf(view.amount),
  condition: view.condition as TrancheConditionCode | null,
  requested: moneyOf(view.requested),
  paid: moneyOf(view.paid),
  definedBy: actingPersonFor(reader, view.definedBy),
});

/** The domain's status is the enum's values: a conversion the compiler checks. */
const disbursementStatusCode = (status: DisbursementStatus): DisbursementStatusCode => status as DisbursementStatusCode;

/** A disbursement as `reader` may see it: who acted only for ACTING_PERSON_READERS. */
export const disbursementFor = (reader: Identity, view: DisbursementView): Disbursement => ({
  disbursementId: view.disbursementId,
  trancheId: view.trancheId,
  partyId: view.partyId,
  amount: moneyOf(view.amount),
  status: disbursementStatusCode(view.status),
  requestedBy: actingPersonFor(reader, view.requestedBy),
  requestedAt: view.requestedAt,
  approvedBy: actingPersonFor(reader, view.approvedBy),
  approvedAt: view.approvedAt,
  paymentReference: view.paymentReference,
  valueDate: view.valueDate,
  paidBy: actingPersonFor(reader, view.paidBy),
  paidAt: view.paidAt,
  exchangeRate: view.exchangeRate ? exchangeRateOf(view.exchangeRate) : null,
  amountUsd: view.amountUsdMinor === null ? null : usd(view.amountUsdMinor),
  rejectedBy: actingPersonFor(reader, view.rejectedBy),
  rejectedAt: view.rejectedAt,
  rejectionReason: view.rejectionReason,
});

export const refundFor = (reader: Identity, view: RefundView): Refund => ({
  refundId: view.refundId,
  partyId: view.partyId,
  amount: moneyOf(view.amount),
  valueDate: view.valueDate,
  exchangeRate: exchangeRateOf(view.exchangeRate),
  amountUsd: usd(view.amountUsdMinor),
  valueAtRefundRateUsd: view.valueUsdMinorAtRefundRate === null ? null : usd(view.valueUsdMinorAtRefundRate),
  exchangeDifferenceUsd: view.valueUsdMinorAtRefundRate === null ? null : usd(view.valueUsdMinorAtRefundRate - view.amountUsdMinor),
  recordedBy: actingPersonFor(reader, view.recordedBy),
  recordedAt: view.recordedAt,
});
