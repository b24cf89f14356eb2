import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MAX_CALL_DESCRIPTION_LENGTH } from '@makers/calls';
import { PageArgs } from '../graphql/pagination';
import { SafeInt } from '../graphql/scalars';
import { IsDateTimeWithOffset } from '../meetings/meeting-input.validators';
import { CurrencyCode } from '../programme/programme.types';
import { IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { CallStateCode } from './call.types';
import { ApplicantTypeCode } from './proposals.types';

/** A call weighs a handful of criteria; more than this is a mistake. */
export const MAX_CRITERIA = 20;
/** A criterion's scale: 1 to this many points. */
export const MAX_CRITERION_MAX_SCORE = 1000;
/** Partner municipalities of one programme. */
export const MAX_ELIGIBLE_MUNICIPALITIES = 200;
/** An appeal period longer than a year is not a period. */
export const MAX_APPEAL_PERIOD_DAYS = 365;

@InputType()
export class CallCriterionInput {
  @Field(() => ID, { description: 'A short stable code, e.g. relevance; evaluators score by it.' })
  @IsIdentifier()
  criterionId!: string;

  @Field()
  @IsName()
  name!: string;

  @Field(() => Int, { description: 'Percent, 1 to 100; the weights of a call sum to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  @Field(() => Int, { description: `Evaluators score it from 0 to this, 1 to ${MAX_CRITERION_MAX_SCORE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_CRITERION_MAX_SCORE)
  maxScore!: number;
}

@InputType()
export class CallVotingRulesInput {
  @Field({ description: 'ISO 8601 with offset, e.g. 2021-07-20T09:00:00+02:00; no earlier than submissions close.' })
  @IsDateTimeWithOffset()
  opensAt!: string;

  @Field({ description: 'ISO 8601 with offset, after opensAt.' })
  @IsDateTimeWithOffset()
  closesAt!: string;

  @Field({ description: 'Secret ballots: who voted is recorded, their choice only counted.' })
  @IsBoolean()
  secret!: boolean;
}

@InputType()
export class AwardRuleInput {
  @Field(() => Int, { description: 'Percent of the combined points from the evaluation score, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  scoreWeight!: number;

  @Field(() => Int, { description: 'Percent from members’ votes, 0 to 100; the two sum to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  votesWeight!: number;
}

@InputType({ description: 'A call’s budget in integer minor units of its currency (USD 100,000 is 10000000).' })
export class CallBudgetInput {
  @Field(() => SafeInt, { description: 'The call’s whole budget.' })
  @IsInt()
  @Min(1)
  totalMinor!: number;

  @Field(() => SafeInt, { description: 'The most one proposal may request; not above the total.' })
  @IsInt()
  @Min(1)
  perProposalCeilingMinor!: number;
}

@InputType({ description: 'The terms of a call. Amounts are integer minor units in the call’s currency (USD 15,000 is 1500000).' })
export class CallTermsInput {
  @Field()
  @IsName()
  title!: string;

  @Field()
  @IsFreeText(MAX_CALL_DESCRIPTION_LENGTH)
  description!: string;

  @Field(() => CurrencyCode)
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;

  @Field(() => CallBudgetInput)
  @ValidateNested()
  @Type(() => CallBudgetInput)
  budget!: CallBudgetInput;

  @Field(() => [ApplicantTypeCode])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(ApplicantTypeCode, { each: true })
  eligibleApplicantTypes!: ApplicantTypeCode[];

  @Field(() => [ID], { description: 'Partner municipalities of the call’s programme.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ELIGIBLE_MUNICIPALITIES)
  @IsIdentifier({ each: true })
  eligibleMunicipalityIds!: string[];

  @Field(() => [CallCriterionInput], { description: 'Weighted criteria; the weights sum to 100.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CallCriterionInput)
  criteria!: CallCriterionInput[];

  @Field({ description: 'ISO 8601 with offset: submissions open at this instant (not in the past when published).' })
  @IsDateTimeWithOffset()
  opensAt!: string;

  @Field({ description: 'ISO 8601 with offset: a submission at this instant or later is late.' })
  @IsDateTimeWithOffset()
  closesAt!: string;

  @Field(() => CallVotingRulesInput)
  @ValidateNested()
  @Type(() => CallVotingRulesInput)
  voting!: CallVotingRulesInput;

  @Field(() => AwardRuleInput)
  @ValidateNested()
  @Type(() => AwardRuleInput)
  awardRule!: AwardRuleInput;

  @Field(() => Int, { description: `Days after the award within which applicants may appeal, 1 to ${MAX_APPEAL_PERIOD_DAYS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_APPEAL_PERIOD_DAYS)
  appealPeriodDays!: number;
}

@InputType()
export class DraftCallInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice (e.g. makers-open-call-2021); generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID, { description: 'The programme; its partner municipalities are the ones a call may be open to.' })
  @IsIdentifier()
  programmeId!: string;

  @Field(() => CallTermsInput)
  @ValidateNested()
  @Type(() => CallTermsInput)
  terms!: CallTermsInput;
}

@InputType()
export class CallIdInput {
  @Field(() => ID)
  @IsIdentifier()
  callId!: string;
}

@InputType()
export class ReviseDraftInput extends CallIdInput {
  @Field(() => CallTermsInput, { description: 'The draft’s terms in full.' })
  @ValidateNested()
  @Type(() => CallTermsInput)
  terms!: CallTermsInput;
}

@InputType()
export class AmendCallInput extends ReviseDraftInput {
  @Field({ description: 'Why the published terms change; kept with the new version.' })
  @IsFreeText()
  reason!: string;
}

@InputType()
export class AssignEvaluatorInput extends CallIdInput {
  @Field({ description: 'The evaluator’s identity subject, as their token names them (e.g. amra.hadzic@undp.org).' })
  @IsName()
  evaluatorId!: string;
}

@InputType()
export class CancelCallInput extends CallIdInput {
  @Field({ description: 'Why the call is cancelled; kept in the history.' })
  @IsFreeText()
  reason!: string;
}

@ArgsType()
export class CallsArgs extends PageArgs {
  @Field(() => CallStateCode, { nullable: true, description: 'Only calls in this state now (OPEN: taking submissions now).' })
  @IsOptional()
  @IsEnum(CallStateCode)
  state?: CallStateCode;
}
