import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MAX_SUMMARY_LENGTH } from '@makers/calls';
import { PageArgs } from '../graphql/pagination';
import { SafeInt } from '../graphql/scalars';
import { CurrencyCode } from '../programme/programme.types';
import { IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { ApplicantTypeCode, ProposalStateCode } from './proposals.types';

/** A proposal's budget fits on one page: more lines than this are a mistake, not a budget. */
export const MAX_BUDGET_LINES = 100;
/** Calls weigh a handful of criteria. */
export const MAX_CRITERIA_SCORES = 50;
/** Whole numbers far above any call's maxScore are refused before the call is even read. */
export const MAX_CRITERION_SCORE = 1_000_000;

@InputType()
export class ApplicantInput {
  @Field({ description: 'The organisation, group or municipality applying, with its diacritics: Udruženje mladih Doboj Istok.' })
  @IsName()
  name!: string;

  @Field(() => ApplicantTypeCode)
  @IsEnum(ApplicantTypeCode)
  type!: ApplicantTypeCode;
}

@InputType()
export class BudgetLineInput {
  @Field({ description: 'What the line pays for.' })
  @IsName()
  description!: string;

  @Field(() => SafeInt, { description: 'In minor units of the proposal’s currency; more than zero.' })
  @IsInt()
  @Min(1)
  amountMinor!: number;
}

@InputType()
export class PriorityReferenceInput {
  @Field(() => ID)
  @IsIdentifier()
  platformId!: string;

  @Field(() => ID, { description: 'A priority the platform identified in its decision register (see `priorities`).' })
  @IsIdentifier()
  priorityId!: string;
}

/** What is submitted, and submitted again in full when revising. */
@InputType({ isAbstract: true })
export class ProposalContentInput {
  @Field(() => ApplicantInput)
  @ValidateNested()
  @Type(() => ApplicantInput)
  applicant!: ApplicantInput;

  @Field(() => ID, { description: 'The municipality the initiative takes place in: one the call is open to.' })
  @IsIdentifier()
  municipalityId!: string;

  @Field()
  @IsName()
  title!: string;

  @Field({ description: `What the initiative does; up to ${MAX_SUMMARY_LENGTH} characters, line breaks allowed.` })
  @IsFreeText(MAX_SUMMARY_LENGTH)
  summary!: string;

  @Field(() => CurrencyCode, { description: 'The call’s currency: every amount of the proposal is in it.' })
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;

  @Field(() => [BudgetLineInput], { description: 'At least one line; they add up to the requested amount.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BUDGET_LINES)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budgetLines!: BudgetLineInput[];

  @Field(() => SafeInt, { description: 'More than zero, at most the call’s per-proposal ceiling, in minor units.' })
  @IsInt()
  @Min(1)
  requestedAmountMinor!: number;

  @Field(() => SafeInt, { description: 'What the applicant or its partners add, in minor units; zero or more.' })
  @IsInt()
  @Min(0)
  coFinancingOfferedMinor!: number;

  @Field(() => PriorityReferenceInput, { nullable: true, description: 'The platform priority the proposal answers; it must stand.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriorityReferenceInput)
  priority?: PriorityReferenceInput | null;
}

@InputType()
export class SubmitProposalInput extends ProposalContentInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID)
  @IsIdentifier()
  callId!: string;
}

@InputType({ description: 'A new version, in full; the earlier versions stay on record.' })
export class ReviseProposalInput extends ProposalContentInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;
}

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field({ description: 'Why; kept in the history.' })
  @IsFreeText()
  reason!: string;
}

@InputType()
export class ScreenProposalInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field({ description: 'Whether the current version is eligible.' })
  @IsBoolean()
  eligible!: boolean;

  @Field({ description: 'The screener’s reason, shown with the proposal.' })
  @IsFreeText()
  reason!: string;
}

@InputType()
export class DeclareConflictOfInterestInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field({ description: 'true: the evaluator has a conflict of interest with this proposal and will not score it.' })
  @IsBoolean()
  hasConflict!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsFreeText()
  note?: string | null;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID, { description: 'One of the call’s criteria.' })
  @IsIdentifier()
  criterionId!: string;

  @Field(() => Int, { description: 'A whole number from 0 to the criterion’s maxScore.' })
  @IsInt()
  @Min(0)
  @Max(MAX_CRITERION_SCORE)
  score!: number;
}

@InputType()
export class ScoreProposalInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field(() => [CriterionScoreInput], { description: 'Every criterion of the call once. Scoring again replaces your earlier scores.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA_SCORES)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];
}

@InputType()
export class FileAppealInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field({ description: 'What the award got wrong, as the applicant sees it.' })
  @IsFreeText()
  grounds!: string;
}

@InputType()
export class DecideAppealInput {
  @Field(() => ID)
  @IsIdentifier()
  proposalId!: string;

  @Field(() => ID)
  @IsIdentifier()
  appealId!: string;

  @Field()
  @IsBoolean()
  upheld!: boolean;

  @Field()
  @IsFreeText()
  reason!: string;
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  callId?: string;

  @Field(() => ProposalStateCode, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalStateCode)
  state?: ProposalStateCode;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only the proposals you submitted.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class AppealsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  callId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  proposalId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: decided only; false: awaiting a decision.' })
  @IsOptional()
  @IsBoolean()
  decided?: boolean;
}
