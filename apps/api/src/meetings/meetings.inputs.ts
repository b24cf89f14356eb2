import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MAX_DECISION_TEXT_LENGTH, MAX_MINUTES_LENGTH } from '@makers/platforms';
import { PageArgs } from '../graphql/pagination';
import { IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { IsDateTimeWithOffset, IsEachFreeText } from './meeting-input.validators';
import { DecisionKindCode, MeetingStateCode } from './meetings.types';

/** Limits the API sets where the domain sets none: an agenda, an attendance list, a count of guests, a tally. */
export const MAX_AGENDA_ITEMS = 30;
export const MAX_AGENDA_ITEM_LENGTH = 2000;
export const MAX_ATTENDANCE = 1000;
export const MAX_GUESTS = 100_000;
export const MAX_VOTES = 100_000;

const DATE_TIME = 'ISO 8601 with its offset, like 2021-05-20T18:00:00+02:00';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID, { description: 'An active or institutionalised platform with both co-chairs named.' })
  @IsIdentifier()
  platformId!: string;

  @Field({ description: DATE_TIME })
  @IsDateTimeWithOffset()
  startsAt!: string;

  @Field()
  @IsName()
  place!: string;

  @Field(() => [String], { description: `1 to ${MAX_AGENDA_ITEMS} items.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  @IsEachFreeText(MAX_AGENDA_ITEM_LENGTH)
  agenda!: string[];
}

@InputType()
export class MeetingInput {
  @Field(() => ID)
  @IsIdentifier()
  meetingId!: string;
}

@InputType()
export class RescheduleMeetingInput extends MeetingInput {
  @Field({ description: `The new start, ${DATE_TIME}.` })
  @IsDateTimeWithOffset()
  startsAt!: string;

  @Field(() => String, { nullable: true, description: 'A new place; left out, the meeting keeps its place.' })
  @IsOptional()
  @IsName()
  place?: string | null;

  @Field({ description: 'Why; kept in the history.' })
  @IsFreeText(2000)
  reason!: string;
}

@InputType()
export class CancelMeetingInput extends MeetingInput {
  @Field({ description: 'Why; kept in the history.' })
  @IsFreeText(2000)
  reason!: string;
}

@InputType()
export class HoldMeetingInput extends MeetingInput {
  @Field({ description: `When it was held, ${DATE_TIME}; not in the future.` })
  @IsDateTimeWithOffset()
  heldAt!: string;

  @Field(() => [ID], {
    description: 'Person ids of the members present, each once: only members active on the meeting\u2019s date. Their sex and age group on that date are recorded with the meeting.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDANCE)
  @ArrayUnique()
  @IsIdentifier({ each: true })
  attendance!: string[];

  @Field(() => Int, { description: 'People present who are not members.' })
  @IsInt()
  @Min(0)
  @Max(MAX_GUESTS)
  guests!: number;

  @Field()
  @IsFreeText(MAX_MINUTES_LENGTH)
  minutes!: string;
}

@InputType()
export class VotesInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  for!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  against!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_VOTES)
  abstaining!: number;
}

@InputType({ description: 'The local priority a LOCAL_PRIORITY decision identifies.' })
export class PriorityInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice, unique in the platform\u2019s register; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field()
  @IsName()
  title!: string;

  @Field()
  @IsFreeText(MAX_DECISION_TEXT_LENGTH)
  description!: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice, unique in the platform\u2019s register; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field(() => ID)
  @IsIdentifier()
  platformId!: string;

  @Field(() => ID, { description: 'A meeting of the platform, held, that met quorum.' })
  @IsIdentifier()
  meetingId!: string;

  @Field(() => DecisionKindCode)
  @IsEnum(DecisionKindCode)
  kind!: DecisionKindCode;

  @Field()
  @IsName()
  title!: string;

  @Field()
  @IsFreeText(MAX_DECISION_TEXT_LENGTH)
  text!: string;

  @Field(() => VotesInput, { description: 'As counted at the meeting; together no more than the members present.' })
  @ValidateNested()
  @Type(() => VotesInput)
  votes!: VotesInput;

  @Field(() => PriorityInput, { nullable: true, description: 'Required for LOCAL_PRIORITY, refused for the other kinds.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriorityInput)
  priority?: PriorityInput | null;

  @Field(() => ID, { nullable: true, description: 'A standing, earlier decision of the platform that this one replaces.' })
  @IsOptional()
  @IsIdentifier()
  supersedes?: string | null;

  @Field(() => ID, { nullable: true, description: 'A standing, earlier decision of the platform that this one revokes.' })
  @IsOptional()
  @IsIdentifier()
  rescinds?: string | null;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  platformId?: string;

  @Field(() => MeetingStateCode, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStateCode)
  state?: MeetingStateCode;

  @Field(() => String, { nullable: true, description: `Meetings at or after this time (${DATE_TIME}): held ones by when they were held, the others by their start.` })
  @IsOptional()
  @IsDateTimeWithOffset()
  from?: string;

  @Field(() => String, { nullable: true, description: `Meetings before this time (exclusive), ${DATE_TIME}.` })
  @IsOptional()
  @IsDateTimeWithOffset()
  to?: string;
}

@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => ID)
  @IsIdentifier()
  platformId!: string;

  @Field(() => DecisionKindCode, { nullable: true })
  @IsOptional()
  @IsEnum(DecisionKindCode)
  kind?: DecisionKindCode;

  @Field(() => Boolean, { nullable: true, description: 'true: only standing decisions; false: only superseded or rescinded ones; left out: all.' })
  @IsOptional()
  @IsBoolean()
  standing?: boolean;
}

@ArgsType()
export class PrioritiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  platformId?: string;

  @Field(() => ID, { nullable: true, description: 'Priorities of the platforms this municipality belongs to.' })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string;
}
