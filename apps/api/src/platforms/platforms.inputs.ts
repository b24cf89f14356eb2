import { ArgsType, Field, ID, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  MaxLength,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { PageArgs } from '../graphql/pagination';
import { SafeInt } from '../graphql/scalars';
import { CurrencyCode, EntityCode } from '../programme/programme.types';
import { IsCalendarDate, IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { MemberRoleCode, MilestoneKindCode, PlatformStateCode, QuorumKindCode } from './platforms.types';

/** The most municipalities one platform can span: the programme has 14 partners. */
export const MAX_PLATFORM_MUNICIPALITIES = 14;
export const MAX_QUORUM_MEMBERS = 10_000;
export const MAX_REFERENCE_LENGTH = 100;
export const MAX_URL_LENGTH = 2000;

/** A field that belongs to one kind of quorum rule only: given with another kind, it is a mistake worth naming. */
const OnlyForQuorumKind = (kind: QuorumKindCode) =>
  ValidateBy({
    name: 'onlyForQuorumKind',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value === undefined || value === null || (args?.object as QuorumRuleInput).kind === kind,
      defaultMessage: () => `$property is given only with kind ${kind.toUpperCase()}`,
    },
  });

@InputType({ description: 'MAJORITY (the default), MINIMUM with `members`, or SHARE with `percent`.' })
export class QuorumRuleInput {
  @Field(() => QuorumKindCode)
  @IsEnum(QuorumKindCode)
  kind!: QuorumKindCode;

  @Field(() => Int, { nullable: true, description: 'MINIMUM: how many members must attend, at least 1.' })
  @ValidateIf((rule: QuorumRuleInput) => rule.kind === QuorumKindCode.MINIMUM || rule.members != null)
  @IsInt()
  @Min(1)
  @Max(MAX_QUORUM_MEMBERS)
  @OnlyForQuorumKind(QuorumKindCode.MINIMUM)
  members?: number | null;

  @Field(() => Int, { nullable: true, description: 'SHARE: what share of the active members must attend, 1 to 100 percent.' })
  @ValidateIf((rule: QuorumRuleInput) => rule.kind === QuorumKindCode.SHARE || rule.percent != null)
  @IsInt()
  @Min(1)
  @Max(100)
  @OnlyForQuorumKind(QuorumKindCode.SHARE)
  percent?: number | null;
}

@InputType()
export class FormPlatformInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice (e.g. doboj-doboj-istok); one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field({ description: 'As written, diacritics and Cyrillic kept.' })
  @IsName()
  name!: string;

  @Field(() => [ID], { description: 'One partner municipality, or several for an inter-municipal platform; inter-entity is derived from their entities.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_PLATFORM_MUNICIPALITIES)
  @ArrayUnique()
  @IsIdentifier({ each: true })
  municipalityIds!: string[];

  @Field(() => ID, { defaultValue: 'makers', description: 'The programme whose partner municipalities these must be.' })
  @IsIdentifier()
  programmeId: string = 'makers';

  @Field(() => QuorumRuleInput, { nullable: true, description: 'Default: a majority of the active members.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumRuleInput)
  quorum?: QuorumRuleInput | null;
}

@InputType()
export class PlatformInput {
  @Field(() => ID)
  @IsIdentifier()
  platformId!: string;
}

@InputType()
export class AdmitMemberInput extends PlatformInput {
  @Field(() => ID, { description: 'A person registered in the people context.' })
  @IsIdentifier()
  personId!: string;

  @Field(() => MemberRoleCode)
  @IsEnum(MemberRoleCode)
  role!: MemberRoleCode;

  @Field({ description: 'YYYY-MM-DD, not after today.' })
  @IsCalendarDate()
  joinedOn!: string;
}

@InputType()
export class RecordMemberLeftInput extends PlatformInput {
  @Field(() => ID)
  @IsIdentifier()
  personId!: string;

  @Field({ description: "YYYY-MM-DD: the membership's last day, not before it began nor after today." })
  @IsCalendarDate()
  leftOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsFreeText()
  reason?: string | null;
}

@InputType()
export class NameCoChairsInput extends PlatformInput {
  @Field(() => ID, { description: 'A current member with the role YOUNG_ACTIVIST.' })
  @IsIdentifier()
  youngActivistId!: string;

  @Field(() => ID, { description: 'A current member with the role MUNICIPAL_STAFF.' })
  @IsIdentifier()
  municipalStaffId!: string;

  @Field({ description: 'YYYY-MM-DD: from when they chair; not after today.' })
  @IsCalendarDate()
  namedOn!: string;
}

@InputType()
export class SetQuorumRuleInput extends PlatformInput {
  @Field(() => QuorumRuleInput)
  @ValidateNested()
  @Type(() => QuorumRuleInput)
  quorum!: QuorumRuleInput;
}

@InputType()
export class ActivatePlatformInput extends PlatformInput {}

@InputType()
export class RevivePlatformInput extends PlatformInput {}

@InputType()
export class MarkPlatformDormantInput extends PlatformInput {
  @Field({ description: 'Why; kept in the history and shown as stateReason.' })
  @IsFreeText()
  reason!: string;
}

@InputType()
export class ClosePlatformInput extends PlatformInput {
  @Field({ description: 'Why; kept in the history and shown as stateReason. Closing is final.' })
  @IsFreeText()
  reason!: string;
}

@InputType()
export class PublicFundingCallInput {
  @Field({ description: "The call's reference, as the municipality publishes it." })
  @IsName(MAX_REFERENCE_LENGTH)
  reference!: string;

  @Field(() => SafeInt, { description: 'What the call makes available, in minor units (BAM 300,000 is 30000000).' })
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @Field(() => CurrencyCode)
  @IsEnum(CurrencyCode)
  currency!: CurrencyCode;
}

@InputType()
export class RecordInstitutionalisationMilestoneInput extends PlatformInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice, unique on the platform; generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  milestoneId?: string;

  @Field(() => MilestoneKindCode)
  @IsEnum(MilestoneKindCode)
  kind!: MilestoneKindCode;

  @Field(() => ID, { nullable: true, description: "Whose council or call: one of the platform's municipalities; may be left out on a platform of one." })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string | null;

  @Field({ description: 'YYYY-MM-DD, not after today.' })
  @IsCalendarDate()
  achievedOn!: string;

  @Field({ description: "The council decision's or the call's reference number, e.g. 01-02-1234/21." })
  @IsName(MAX_REFERENCE_LENGTH)
  referenceNumber!: string;

  @Field({ description: 'An https link to the document.' })
  @MaxLength(MAX_URL_LENGTH)
  @IsUrl({ protocols: ['https'], require_protocol: true, require_valid_protocol: true, require_tld: true }, { message: '$property must be an https link to the document' })
  documentUrl!: string;

  @Field(() => PublicFundingCallInput, { nullable: true, description: 'Required for PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES, refused for the other kinds.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicFundingCallInput)
  call?: PublicFundingCallInput | null;
}

@ArgsType()
export class PlatformFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Platforms this municipality is part of.' })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string;

  @Field(() => EntityCode, { nullable: true, description: 'Platforms with at least one municipality in this entity.' })
  @IsOptional()
  @IsEnum(EntityCode)
  entity?: EntityCode;

  @Field(() => PlatformStateCode, { nullable: true })
  @IsOptional()
  @IsEnum(PlatformStateCode)
  state?: PlatformStateCode;
}

/** The list's filter and its page. */
@ArgsType()
export class PlatformsArgs extends IntersectionType(PlatformFilterArgs, PageArgs, ArgsType) {}
