import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgeGroup, TrainingAudience, TrainingState, TrainingTopic, VolunteerEntryStatus, VolunteerHoursGrouping } from '@makers/platforms';
import { Connection } from '../graphql/pagination';
import { SafeInt } from '../graphql/scalars';
import { SexCode } from '../people/people.types';

/** The values are the domain's own (`media-and-information-literacy`), the names GraphQL's. */
export enum TrainingTopicCode {
  ADVOCACY = 'advocacy',
  LEADERSHIP = 'leadership',
  CRITICAL_THINKING = 'critical-thinking',
  MEDIA_AND_INFORMATION_LITERACY = 'media-and-information-literacy',
  CROWDFUNDING = 'crowdfunding',
  SDGS = 'sdgs',
  GENDER_EQUALITY = 'gender-equality',
  PLATFORM_MODERATION = 'platform-moderation',
}
registerEnumType(TrainingTopicCode, {
  name: 'TrainingTopic',
  description: 'What the programme trains in.',
  valuesMap: { SDGS: { description: 'The Sustainable Development Goals.' }, PLATFORM_MODERATION: { description: 'Moderating local dialogue platforms.' } },
});

export enum TrainingAudienceCode {
  YOUNG_ACTIVISTS = 'young-activists',
  MUNICIPAL_STAFF = 'municipal-staff',
  MIXED = 'mixed',
}
registerEnumType(TrainingAudienceCode, { name: 'TrainingAudience', description: 'Whom a training is for: young activists, municipal staff, or both together.' });

export enum TrainingStateCode {
  SCHEDULED = 'scheduled',
  HELD = 'held',
}
registerEnumType(TrainingStateCode, { name: 'TrainingState', description: 'Scheduled (enrolment open), then held (completions open).' });

export enum AgeGroupCode {
  UNDER_15 = 'under-15',
  FROM_15_TO_30 = '15-30',
  OVER_30 = 'over-30',
  UNKNOWN = 'unknown',
}
registerEnumType(AgeGroupCode, {
  name: 'AgeGroup',
  description: 'Age at the event’s date, from the year of birth; 15 to 30 is youth under the BiH youth laws.',
  valuesMap: { UNKNOWN: { description: 'No year of birth was given, or the person has been forgotten.' } },
});

export enum VolunteerHoursStatusCode {
  LOGGED = 'logged',
  VERIFIED = 'verified',
  REJECTED = 'rejected',
}
registerEnumType(VolunteerHoursStatusCode, {
  name: 'VolunteerHoursStatus',
  description: 'Logged hours await a moderator’s review; verified and rejected are final.',
  valuesMap: { LOGGED: { description: 'Awaiting verification: counted as pending.' }, REJECTED: { description: 'Found not to have happened: counted nowhere.' } },
});

export enum VolunteerHoursGroupingCode {
  PLATFORM = 'platform',
  MUNICIPALITY = 'municipality',
  MONTH = 'month',
}
registerEnumType(VolunteerHoursGroupingCode, { name: 'VolunteerHoursGrouping' });

/** The domain's unions are the enums' values: conversions the compiler checks. */
export const topicCodes = (topics: readonly TrainingTopic[]): TrainingTopicCode[] => topics as TrainingTopicCode[];
export const audienceCode = (audience: TrainingAudience): TrainingAudienceCode => audience as TrainingAudienceCode;
export const trainingStateCode = (state: TrainingState): TrainingStateCode => state as TrainingStateCode;
export const ageGroupCode = (ageGroup: AgeGroup): AgeGroupCode => ageGroup as AgeGroupCode;
export const volunteerHoursStatusCode = (status: VolunteerEntryStatus): VolunteerHoursStatusCode => status as VolunteerHoursStatusCode;
export const groupingCode = (grouping: VolunteerHoursGrouping): VolunteerHoursGroupingCode => grouping as VolunteerHoursGroupingCode;

@ObjectType({ description: 'Participants enrolled, of them those who attended, and those who completed.' })
export class ParticipationCounts {
  @Field(() => Int)
  enrolled!: number;

  @Field(() => Int, { description: 'Listed as present when the training was recorded as held.' })
  attended!: number;

  @Field(() => Int)
  completed!: number;
}

@ObjectType()
export class ParticipationBySex extends ParticipationCounts {
  @Field(() => SexCode)
  sex!: SexCode;
}

@ObjectType()
export class ParticipationByAgeGroup extends ParticipationCounts {
  @Field(() => AgeGroupCode)
  ageGroup!: AgeGroupCode;
}

@ObjectType()
export class ParticipationBySexAndAgeGroup extends ParticipationCounts {
  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => AgeGroupCode)
  ageGroup!: AgeGroupCode;
}

@ObjectType({
  description:
    'Participation in total and disaggregated by sex and by age group at the training’s start, counted from the events alone: forgetting a person changes none of it. Every sex and age group is listed, zeros included.',
})
export class TrainingParticipation extends ParticipationCounts {
  @Field(() => [ParticipationBySex])
  bySex!: ParticipationBySex[];

  @Field(() => [ParticipationByAgeGroup])
  byAgeGroup!: ParticipationByAgeGroup[];

  @Field(() => [ParticipationBySexAndAgeGroup])
  bySexAndAgeGroup!: ParticipationBySexAndAgeGroup[];
}

@ObjectType()
export class Training {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => [TrainingTopicCode])
  topics!: TrainingTopicCode[];

  @Field(() => TrainingAudienceCode)
  audience!: TrainingAudienceCode;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD; the start date for a one-day training.' })
  endsOn!: string;

  @Field(() => [ID], { description: 'The municipalities whose activists and staff it is for.' })
  municipalityIds!: string[];

  @Field(() => TrainingStateCode)
  state!: TrainingStateCode;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while scheduled.' })
  heldOn!: string | null;

  @Field({ description: 'When it was scheduled (ISO 8601).' })
  scheduledAt!: string;
}

@ObjectType()
export class TrainingConnection extends Connection(Training) {}

@ObjectType({ description: 'A length of volunteer time: exact whole minutes, and hours for reading.' })
export class VolunteerTime {
  @Field(() => SafeInt)
  minutes!: number;

  @Field({ description: 'minutes ÷ 60 to two decimal places (rounded half up), as text: 90 minutes is "1.50". Sum minutes, never these.' })
  hours!: string;
}

@ObjectType({ description: 'Volunteer work one person did on one day, for a platform, an initiative or both.' })
export class VolunteerHoursEntry {
  @Field(() => ID, { description: 'The volunteer, a person of the people context.' })
  personId!: string;

  @Field(() => ID, { description: 'Unique among the person’s entries; verification and rejection name it with the person.' })
  entryId!: string;

  @Field({ description: 'The day the work was done, YYYY-MM-DD.' })
  on!: string;

  @Field(() => VolunteerTime)
  time!: VolunteerTime;

  @Field(() => ID, { nullable: true })
  platformId!: string | null;

  @Field(() => String, { nullable: true, description: 'The platform’s name as it was formed.' })
  platformName!: string | null;

  @Field(() => ID, { nullable: true })
  initiativeId!: string | null;

  @Field()
  activity!: string;

  @Field(() => VolunteerHoursStatusCode)
  status!: VolunteerHoursStatusCode;

  @Field({ description: 'Who logged the hours (a token’s subject); they may not verify them.' })
  loggedBy!: string;

  @Field({ description: 'ISO 8601' })
  loggedAt!: string;

  @Field(() => String, { nullable: true, description: 'Who verified or rejected them; null while they await review.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true })
  reviewedAt!: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;
}

@ObjectType()
export class VolunteerHoursConnection extends Connection(VolunteerHoursEntry) {}

@ObjectType({ description: 'Verified and pending time apart; rejected hours count nowhere.' })
export class VolunteerHoursSums {
  @Field(() => VolunteerTime)
  verified!: VolunteerTime;

  @Field(() => VolunteerTime, { description: 'Logged and awaiting verification.' })
  pending!: VolunteerTime;

  @Field(() => VolunteerTime, { description: 'Verified and pending together.' })
  total!: VolunteerTime;

  @Field(() => Int, { description: 'Entries counted (verified and pending).' })
  entries!: number;
}

@ObjectType()
export class VolunteerHoursGroup extends VolunteerHoursSums {
  @Field(() => String, {
    nullable: true,
    description: 'The platform id, the municipality id or the month (YYYY-MM); null for hours that went only to an initiative (no platform, so no municipality).',
  })
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'The platform’s or municipality’s name; the month again.' })
  label!: string | null;
}

@ObjectType()
export class VolunteerHoursSummary {
  @Field(() => VolunteerHoursGroupingCode)
  groupBy!: VolunteerHoursGroupingCode;

  @Field(() => [VolunteerHoursGroup], { description: 'By key (months in order), the null key last.' })
  groups!: VolunteerHoursGroup[];

  @Field(() => VolunteerHoursSums, {
    description:
      'Every matching entry once. By platform and by month the groups add up to it; by municipality an inter-municipal platform’s hours count in full for each of its municipalities.',
  })
  totals!: VolunteerHoursSums;
}
