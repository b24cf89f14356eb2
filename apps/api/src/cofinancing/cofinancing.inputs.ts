import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MAX_NARRATIVE_LENGTH } from '@makers/cofinancing';
import { AgeGroupCode } from '../capacity/capacity.types';
import { SafeInt } from '../graphql/scalars';
import { SexCode } from '../people/people.types';
import { CurrencyCode } from '../programme/programme.types';
import { IsCalendarDate, IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { PartyKindCode, ReportKindCode, TrancheConditionCode } from './cofinancing.enums';

/** UNDP, a municipality or two, another donor, in-kind: an agreement with more parties than this is a mistake. */
export const MAX_AGREEMENT_PARTIES = 20;
/** One rate per currency in use (USD and BAM); a handful is already generous. */
export const MAX_EXCHANGE_RATES = 5;
/** Tranches of one initiative's schedule. */
export const MAX_TRANCHES = 50;
/** Four sexes × four age groups: one count each. */
export const MAX_BENEFICIARY_GROUPS = 16;
/** Lines of a report's spending. */
export const MAX_SPENDING_LINES = 100;
/** A rate's numerator and denominator: 120000/195583 is a rate of 1.20 USD/EUR through the BAM peg; nine digits are plenty. */
export const MAX_RATE_TERM = 1_000_000_000;

@InputType({ description: 'A ratio of whole numbers, kept exactly as agreed: 1.20 USD/EUR through the BAM peg of 1.95583 is 120000/195583 USD per BAM.' })
export class RationalInput {
  @Field(() => SafeInt, { description: `A whole number, 1 to ${MAX_RATE_TERM}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_RATE_TERM)
  numerator!: number;

  @Field(() => SafeInt, { description: `A whole number, 1 to ${MAX_RATE_TERM}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_RATE_TERM)
  denominator!: number;
}

@InputType({ description: 'US dollars per one unit of a currency. A USD rate is only ever 1/1.' })
export class ExchangeRateInput {
  @Field(() => CurrencyCode, { description: 'USD or BAM: the currencies of agreements.' })
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;

  @Field(() => RationalInput)
  @ValidateNested()
  @Type(() => RationalInput)
  usdPerUnit!: RationalInput;
}

@InputType()
export class StartInitiativeFromPriorityInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A slug of your choice, not starting with award- (kept for the initiatives awards start: InitiativeIdReserved); one is generated when omitted. Give one to make a retry safe: the same id again is InitiativeAlreadyStarted.',
  })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID, { description: 'The programme whose envelope will hold UNDP’s share.' })
  @IsIdentifier()
  programmeId!: string;

  @Field(() => ID, { description: 'Where the initiative takes place.' })
  @IsIdentifier()
  municipalityId!: string;

  @Field(() => ID)
  @IsIdentifier()
  platformId!: string;

  @Field(() => ID, { description: 'A priority the platform identified in its decision register; it must still stand.' })
  @IsIdentifier()
  priorityId!: string;

  @Field({ description: 'With its diacritics: Skate park za mlade Gradačac.' })
  @IsName()
  title!: string;
}

@InputType({ description: 'One party of an agreement and what it commits, in integer minor units of its currency (USD or BAM).' })
export class AgreementPartyInput {
  @Field(() => ID, { description: 'A slug of your choice, unique within the agreement; tranches and refunds name it.' })
  @IsIdentifier()
  partyId!: string;

  @Field(() => PartyKindCode)
  @IsEnum(PartyKindCode)
  kind!: PartyKindCode;

  @Field({ description: 'As the agreement names it: Općina Gradačac.' })
  @IsName()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Required for a MUNICIPALITY party.' })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string | null;

  @Field(() => SafeInt, { description: 'More than zero, in minor units (USD 20,000 is 2000000).' })
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @Field(() => CurrencyCode, { description: 'USD or BAM.' })
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;
}

@InputType({ isAbstract: true })
export class InitiativeInput {
  @Field(() => ID)
  @IsIdentifier()
  initiativeId!: string;
}

/** The money terms, in full, of a signing or an amendment. */
@InputType({ isAbstract: true })
export class AgreementTermsInput extends InitiativeInput {
  @Field(() => [AgreementPartyInput], { description: 'Exactly one UNDP party and at least one municipality.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGREEMENT_PARTIES)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyInput)
  parties!: AgreementPartyInput[];

  @Field(() => [ExchangeRateInput], { defaultValue: [], description: 'The rate of every currency other than USD that a party commits in, as of this version.' })
  @IsArray()
  @ArrayMaxSize(MAX_EXCHANGE_RATES)
  @ValidateNested({ each: true })
  @Type(() => ExchangeRateInput)
  exchangeRates: ExchangeRateInput[] = [];
}

@InputType()
export class SignAgreementInput extends AgreementTermsInput {
  @Field({ description: 'The agreement’s reference as signed, e.g. MAKERS-CF-2021-07.' })
  @IsName()
  agreementReference!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  signedOn!: string;
}

@InputType({ description: 'The agreement’s parties and rates in full, as a new version; the reference and signing date stay.' })
export class AmendAgreementInput extends AgreementTermsInput {
  @Field(() => Int, {
    description:
      'The version of the agreement this amendment changes, as you read it (1: as signed). Refused (CONFLICT AgreementVersionChanged) when another amendment came in between: read the agreement in force and amend that.',
  })
  @IsInt()
  @Min(1)
  expectedAgreementVersion!: number;

  @Field({ description: 'The amendment’s own reference, e.g. MAKERS-CF-2021-07/A1.' })
  @IsName()
  amendmentReference!: string;

  @Field({ description: 'YYYY-MM-DD: the day the amendment was agreed, not before the signing nor the day the version in force was agreed, nor after today (AmendedOnInvalid); budget execution books it in that year.' })
  @IsCalendarDate()
  amendedOn!: string;

  @Field({ description: 'Why the terms change; kept with the new version.' })
  @IsFreeText()
  reason!: string;
}

@InputType({ description: 'A tranche: either an amount (amountMinor with currency, the party’s) or a whole percent of the party’s commitment.' })
export class TrancheInput {
  @Field(() => ID, { description: 'A slug of your choice, unique within the schedule; disbursements name it.' })
  @IsIdentifier()
  trancheId!: string;

  @Field(() => ID, { description: 'A party of the agreement in force, not in kind.' })
  @IsIdentifier()
  partyId!: string;

  @Field(() => SafeInt, { nullable: true, description: 'In minor units of the party’s currency; give currency with it, and no percent.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountMinor?: number | null;

  @Field(() => CurrencyCode, { nullable: true })
  @IsOptional()
  @IsEnum(CurrencyCode)
  currency?: CurrencyCode | null;

  @Field(() => Int, { nullable: true, description: 'Instead of an amount: 1 to 100 percent of the party’s commitment, resolved to whole minor units.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  percent?: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  dueOn!: string;

  @Field(() => TrancheConditionCode, { nullable: true, description: 'What must hold before its disbursement is approved; none when omitted.' })
  @IsOptional()
  @IsEnum(TrancheConditionCode)
  condition?: TrancheConditionCode | null;
}

@InputType({ description: 'The whole schedule; it replaces the one before.' })
export class DefineTrancheScheduleInput extends InitiativeInput {
  @Field(() => Int, {
    description:
      'The number of the schedule this one replaces, as you read it; 0 when there is none yet. Refused (CONFLICT ScheduleVersionChanged) when another schedule came in between: read the schedule in force and replace that.',
  })
  @IsInt()
  @Min(0)
  expectedScheduleVersion!: number;

  @Field(() => [TrancheInput])
  @IsArray()
  @ArrayMaxSize(MAX_TRANCHES)
  @ValidateNested({ each: true })
  @Type(() => TrancheInput)
  tranches!: TrancheInput[];
}

@InputType({ description: 'Asks for money against a tranche; someone other than the requester approves it.' })
export class RequestDisbursementInput extends InitiativeInput {
  @Field(() => ID, {
    description: 'A slug of your choice, new for each request: sent again (a retry), it is refused as DisbursementAlreadyRequested instead of asking for the money twice.',
  })
  @IsIdentifier()
  disbursementId!: string;

  @Field(() => ID)
  @IsIdentifier()
  trancheId!: string;

  @Field(() => SafeInt, { description: 'In minor units of the tranche’s currency; at most the party’s remaining commitment.' })
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @Field(() => CurrencyCode, { description: 'The tranche’s currency.' })
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;
}

@InputType({ isAbstract: true })
export class DisbursementInput extends InitiativeInput {
  @Field(() => ID)
  @IsIdentifier()
  disbursementId!: string;
}

@InputType({ description: 'A requested disbursement approved by someone other than its requester, once its tranche’s condition holds.' })
export class ApproveDisbursementInput extends DisbursementInput {}

@InputType({ description: 'Rejects a requested or approved disbursement, with a reason; its requester may also withdraw it so.' })
export class RejectDisbursementInput extends DisbursementInput {
  @Field({ description: 'Why; kept with the disbursement.' })
  @IsFreeText()
  reason!: string;
}

@InputType({ description: 'The payment of an approved disbursement, with the rate it was paid at.' })
export class PayDisbursementInput extends DisbursementInput {
  @Field({ description: 'The bank’s or UNDP’s payment reference.' })
  @IsName()
  paymentReference!: string;

  @Field({ description: 'YYYY-MM-DD: the day the money moved.' })
  @IsCalendarDate()
  valueDate!: string;

  @Field(() => ExchangeRateInput, { description: 'USD per unit of the disbursement’s currency on the value date; 1/1 for USD.' })
  @ValidateNested()
  @Type(() => ExchangeRateInput)
  exchangeRate!: ExchangeRateInput;
}

@InputType({ description: 'Unspent funds a party returns; they reduce what was disbursed to it.' })
export class RecordRefundInput extends InitiativeInput {
  @Field(() => ID, { description: 'A slug of your choice, new for each refund: sent again (a retry), it is refused as RefundAlreadyRecorded instead of counting the money twice.' })
  @IsIdentifier()
  refundId!: string;

  @Field(() => ID)
  @IsIdentifier()
  partyId!: string;

  @Field(() => SafeInt, { description: 'In minor units of the party’s currency; at most what was disbursed to it (RefundAboveDisbursed), and at most what it held from the value date on: paid on or before it, less refunds valued by then (RefundAboveDisbursedByValueDate).' })
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @Field(() => CurrencyCode)
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;

  @Field({ description: 'YYYY-MM-DD: not before the signing nor the party’s first payment, nor after today.' })
  @IsCalendarDate()
  valueDate!: string;

  @Field(() => ExchangeRateInput, { description: 'USD per unit of the refund’s currency on the value date; 1/1 for USD.' })
  @ValidateNested()
  @Type(() => ExchangeRateInput)
  exchangeRate!: ExchangeRateInput;
}

@InputType({ description: 'People the initiative reached in one group: one count per sex and age group.' })
export class BeneficiaryCountInput {
  @Field(() => SexCode)
  @IsEnum(SexCode)
  sex!: SexCode;

  @Field(() => AgeGroupCode)
  @IsEnum(AgeGroupCode)
  ageGroup!: AgeGroupCode;

  @Field(() => Int, { description: '0 or more.' })
  @IsInt()
  @Min(0)
  count!: number;
}

@InputType({ description: 'What a party’s money went on, in that party’s currency.' })
export class SpendingLineInput {
  @Field(() => ID)
  @IsIdentifier()
  partyId!: string;

  @Field({ description: 'e.g. Materijal za skate park.' })
  @IsName()
  category!: string;

  @Field(() => SafeInt, { description: 'More than zero, in minor units.' })
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @Field(() => CurrencyCode)
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;
}

@InputType({ description: 'A progress or final report. A returned report is resubmitted under its id, as its next version.' })
export class SubmitReportInput extends InitiativeInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice; one is generated when omitted. Give the returned report’s id to resubmit it.' })
  @IsOptional()
  @IsIdentifier()
  reportId?: string;

  @Field(() => ReportKindCode)
  @IsEnum(ReportKindCode)
  kind!: ReportKindCode;

  @Field({ description: 'YYYY-MM-DD: the first day the report covers.' })
  @IsCalendarDate()
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD: the last day it covers, not before periodStart.' })
  @IsCalendarDate()
  periodEnd!: string;

  @Field({ description: `What was done, up to ${MAX_NARRATIVE_LENGTH} characters; line breaks allowed.` })
  @IsFreeText(MAX_NARRATIVE_LENGTH)
  narrative!: string;

  @Field(() => [BeneficiaryCountInput], { description: 'People reached, by sex and age group; may be empty.' })
  @IsArray()
  @ArrayMaxSize(MAX_BENEFICIARY_GROUPS)
  @ValidateNested({ each: true })
  @Type(() => BeneficiaryCountInput)
  beneficiaries!: BeneficiaryCountInput[];

  @Field(() => Int, { description: 'Volunteer time in whole minutes, 0 or more.' })
  @IsInt()
  @Min(0)
  volunteerMinutes!: number;

  @Field(() => [SpendingLineInput], { description: 'Spending by party, in each party’s currency; may be empty.' })
  @IsArray()
  @ArrayMaxSize(MAX_SPENDING_LINES)
  @ValidateNested({ each: true })
  @Type(() => SpendingLineInput)
  spending!: SpendingLineInput[];
}

@InputType({ isAbstract: true })
export class ReportInput extends InitiativeInput {
  @Field(() => ID)
  @IsIdentifier()
  reportId!: string;
}

@InputType({ description: 'Accepts a submitted report; accepted reports meet tranche conditions. Not by whoever submitted it.' })
export class AcceptReportInput extends ReportInput {}

@InputType({ description: 'Returns a submitted report to be resubmitted. Not by whoever submitted it.' })
export class ReturnReportInput extends ReportInput {
  @Field({ description: 'What must change; kept with the report.' })
  @IsFreeText()
  reason!: string;
}

@InputType({ description: 'Closes an initiative whose final report is accepted and which has no disbursement pending.' })
export class CloseInitiativeInput extends InitiativeInput {}
