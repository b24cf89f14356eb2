import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsDefined, IsEnum, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { MINUTES_IN_A_DAY } from '@makers/platforms';
import { PageArgs } from '../graphql/pagination';
import { IsCalendarDate, IsFreeText, IsIdentifier, IsName } from '../validation/text.validators';
import { TrainingAudienceCode, TrainingTopicCode, VolunteerHoursGroupingCode, VolunteerHoursStatusCode } from './capacity.types';

/** The most municipalities a training can be for: the programme has 14 partners. */
export const MAX_TRAINING_MUNICIPALITIES = 14;
/** The most people one call may name (attendance, completions). */
export const MAX_PARTICIPANTS_PER_CALL = 500;

@InputType()
export class ScheduleTrainingInput {
  @Field(() => ID, { nullable: true, description: 'A slug of your choice (e.g. travnik-advocacy-2021); one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  id?: string;

  @Field({ description: 'As written, diacritics and Cyrillic kept.' })
  @IsName()
  title!: string;

  @Field(() => [TrainingTopicCode], { description: 'One or more, each once.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(Object.keys(TrainingTopicCode).length)
  @ArrayUnique()
  @IsEnum(TrainingTopicCode, { each: true })
  topics!: TrainingTopicCode[];

  @Field(() => TrainingAudienceCode)
  @IsEnum(TrainingAudienceCode)
  audience!: TrainingAudienceCode;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD, not before startsOn (the same day for a one-day training).' })
  @IsCalendarDate()
  endsOn!: string;

  @Field(() => [ID], { description: 'The municipalities whose activists and staff it is for; each once.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_TRAINING_MUNICIPALITIES)
  @ArrayUnique()
  @IsIdentifier({ each: true })
  municipalityIds!: string[];
}

@InputType()
export class TrainingInput {
  @Field(() => ID)
  @IsIdentifier()
  trainingId!: string;
}

@InputType()
export class EnrolParticipantInput extends TrainingInput {
  @Field(() => ID, { description: 'A person registered in the people context; their sex and age group at the training’s start are recorded.' })
  @IsIdentifier()
  personId!: string;
}

@InputType()
export class RecordTrainingHeldInput extends TrainingInput {
  @Field({ description: 'YYYY-MM-DD: not before the training starts, nor after today.' })
  @IsCalendarDate()
  heldOn!: string;

  @Field(() => [ID], { description: 'The enrolled participants who came, each once; may be empty.' })
  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS_PER_CALL)
  @ArrayUnique()
  @IsIdentifier({ each: true })
  attended!: string[];
}

@InputType()
export class RecordCompletionInput extends TrainingInput {
  @Field(() => [ID], { description: 'Enrolled participants who completed the training (once it was held), each once.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_PARTICIPANTS_PER_CALL)
  @ArrayUnique()
  @IsIdentifier({ each: true })
  personIds!: string[];
}

@InputType()
export class LogVolunteerHoursInput {
  @Field(() => ID, { nullable: true, description: 'Unique among the person’s entries; one is generated when omitted.' })
  @IsOptional()
  @IsIdentifier()
  entryId?: string;

  @Field(() => ID, { description: 'The volunteer.' })
  @IsIdentifier()
  personId!: string;

  @Field({ description: 'The day the work was done, YYYY-MM-DD, not after today.' })
  @IsCalendarDate()
  on!: string;

  @Field(() => Int, { description: `Whole minutes, 1 to ${MINUTES_IN_A_DAY}; a person’s day holds at most 24 hours in all.` })
  @IsInt()
  @Min(1)
  @Max(MINUTES_IN_A_DAY)
  minutes!: number;

  @Field(() => ID, { nullable: true, description: 'The platform the hours went to; this or initiativeId, or both.' })
  @ValidateIf((input: LogVolunteerHoursInput) => input.platformId != null || input.initiativeId == null)
  @IsDefined({ message: 'name the platform or the initiative the hours went to (platformId or initiativeId, or both)' })
  @IsIdentifier()
  platformId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The co-financed initiative the hours went to.' })
  @IsOptional()
  @IsIdentifier()
  initiativeId?: string | null;

  @Field({ description: 'What the volunteer did.' })
  @IsFreeText()
  activity!: string;
}

@InputType()
export class VolunteerEntryInput {
  @Field(() => ID, { description: 'The volunteer whose entry it is.' })
  @IsIdentifier()
  personId!: string;

  @Field(() => ID)
  @IsIdentifier()
  entryId!: string;
}

@InputType()
export class VerifyVolunteerHoursInput extends VolunteerEntryInput {}

@InputType()
export class RejectVolunteerHoursInput extends VolunteerEntryInput {
  @Field({ description: 'Why the hours are not accepted; kept in the history.' })
  @IsFreeText()
  reason!: string;
}

@ArgsType()
export class TrainingsArgs extends PageArgs {
  @Field(() => TrainingTopicCode, { nullable: true, description: 'Trainings with this among their topics.' })
  @IsOptional()
  @IsEnum(TrainingTopicCode)
  topic?: TrainingTopicCode;

  @Field(() => TrainingAudienceCode, { nullable: true })
  @IsOptional()
  @IsEnum(TrainingAudienceCode)
  audience?: TrainingAudienceCode;

  @Field(() => ID, { nullable: true, description: 'Trainings for this municipality.' })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string;
}

@ArgsType()
export class VolunteerHoursArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  platformId?: string;

  @Field(() => VolunteerHoursStatusCode, { nullable: true })
  @IsOptional()
  @IsEnum(VolunteerHoursStatusCode)
  status?: VolunteerHoursStatusCode;

  @Field(() => String, { nullable: true, description: 'From this day on, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Up to and including this day, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

@ArgsType()
export class VolunteerHoursSummaryArgs {
  @Field(() => VolunteerHoursGroupingCode)
  @IsEnum(VolunteerHoursGroupingCode)
  groupBy!: VolunteerHoursGroupingCode;

  @Field(() => String, { nullable: true, description: 'From this day on, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Up to and including this day, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsIdentifier()
  platformId?: string;

  @Field(() => ID, { nullable: true, description: 'Hours on the platforms of this municipality.' })
  @IsOptional()
  @IsIdentifier()
  municipalityId?: string;
}
