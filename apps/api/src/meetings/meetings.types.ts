import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DecisionKind, DecisionStatus, MeetingState } from '@makers/platforms';
import { AgeGroupCode } from '../capacity/capacity.types';
import { Connection } from '../graphql/pagination';
import { SexCode } from '../people/people.types';
import { MemberRoleCode } from '../platforms/platforms.types';

// Enums: GraphQL names, the domain's values (`LOCAL_PRIORITY` is 'local-priority'), so resolvers pass them straight on.

export enum MeetingStateCode {
  SCHEDULED = 'scheduled',
  HELD = 'held',
  CANCELLED = 'cancelled',
}
registerEnumType(MeetingStateCode, {
  name: 'MeetingState',
  description: 'Scheduled (rescheduled any number of times, with reasons), then held or cancelled (with a reason); both are final.',
});

export enum DecisionKindCode {
  LOCAL_PRIORITY = 'local-priority',
  RECOMMENDATION = 'recommendation',
  OTHER = 'other',
}
registerEnumType(DecisionKindCode, {
  name: 'DecisionKind',
  valuesMap: {
    LOCAL_PRIORITY: { description: 'Identifies a local priority, which gets an id that calls for proposals and initiatives reference.' },
    RECOMMENDATION: { description: 'Recommends something to the municipality.' },
  },
});

export enum DecisionStatusCode {
  STANDING = 'standing',
  SUPERSEDED = 'superseded',
  RESCINDED = 'rescinded',
}
registerEnumType(DecisionStatusCode, {
  name: 'DecisionStatus',
  description: 'A decision is never edited: it stands until a later decision supersedes or rescinds it, and it stays listed.',
});

/** The domain's unions are the enums' values: conversions the compiler checks. */
export const meetingStateCode = (state: MeetingState): MeetingStateCode => state as MeetingStateCode;
export const decisionKindCode = (kind: DecisionKind): DecisionKindCode => kind as DecisionKindCode;
export const decisionStatusCode = (status: DecisionStatus): DecisionStatusCode => status as DecisionStatusCode;

@ObjectType({ description: 'A change of a scheduled meeting\u2019s time (and perhaps place), with the reason given.' })
export class MeetingReschedule {
  @Field({ description: 'ISO 8601 with offset, as written.' })
  previousStartsAt!: string;

  @Field({ description: 'ISO 8601 with offset, as written.' })
  startsAt!: string;

  @Field()
  previousPlace!: string;

  @Field()
  place!: string;

  @Field()
  reason!: string;

  @Field({ description: 'When the reschedule was recorded (ISO 8601, UTC).' })
  recordedAt!: string;
}

@ObjectType({ description: 'A member present at a held meeting, with role, sex and age group as they were on the meeting\u2019s date.' })
export class MeetingAttendee {
  @Field(() => ID)
  personId!: string;

  @Field(() => MemberRoleCode)
  role!: MemberRoleCode;

  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => AgeGroupCode)
  ageGroup!: AgeGroupCode;

  @Field(() => String, { nullable: true, description: 'As the person writes it; null once the person is forgotten (see erased).' })
  name!: string | null;

  @Field({ description: 'The person was forgotten: their name is erased for good; sex and age group at the meeting stay.' })
  erased!: boolean;
}

@ObjectType()
export class MeetingAttendanceBySexAndAgeGroup {
  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => AgeGroupCode)
  ageGroup!: AgeGroupCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MeetingAttendanceBySex {
  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MeetingAttendanceByAgeGroup {
  @Field(() => AgeGroupCode)
  ageGroup!: AgeGroupCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'Who attended a held meeting, in figures: members disaggregated by sex and age group at the meeting\u2019s date, as the MeetingHeld event recorded them (forgetting a person later changes none of it), and guests counted apart.',
})
export class MeetingAttendance {
  @Field(() => Int, { description: 'Members present.' })
  members!: number;

  @Field(() => Int, { description: 'Non-members present; never disaggregated.' })
  guests!: number;

  @Field(() => Int, { description: 'members + guests.' })
  total!: number;

  @Field(() => Int, { description: 'Members aged 15 to 30 at the meeting\u2019s date.' })
  youth!: number;

  @Field(() => [MeetingAttendanceBySexAndAgeGroup], { description: 'Every sex × age group, zeros included.' })
  bySexAndAgeGroup!: MeetingAttendanceBySexAndAgeGroup[];

  @Field(() => [MeetingAttendanceBySex])
  bySex!: MeetingAttendanceBySex[];

  @Field(() => [MeetingAttendanceByAgeGroup])
  byAgeGroup!: MeetingAttendanceByAgeGroup[];
}

@ObjectType({ description: 'A meeting of a local dialogue platform: scheduled, perhaps rescheduled, then held or cancelled.' })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  platformId!: string;

  @Field(() => [ID], { description: 'The platform\u2019s municipalities when the meeting was scheduled.' })
  municipalityIds!: string[];

  @Field(() => MeetingStateCode)
  state!: MeetingStateCode;

  @Field({ description: 'ISO 8601 with offset, as written; the latest after any reschedule.' })
  startsAt!: string;

  @Field()
  place!: string;

  @Field(() => [String])
  agenda!: string[];

  @Field(() => [MeetingReschedule], { description: 'Oldest first.' })
  reschedules!: MeetingReschedule[];

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was held (ISO 8601 with offset, as written); null until held.' })
  heldAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Non-members present; null until held.' })
  guests!: number | null;

  @Field(() => String, { nullable: true })
  minutes!: string | null;

  @Field(() => Int, { nullable: true, description: 'Members active on the meeting\u2019s date; null until held.' })
  activeMembers!: number | null;

  @Field(() => Int, { nullable: true, description: 'Members who had to attend for it to decide, by the platform\u2019s quorum rule on its date; null until held.' })
  quorumRequired!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it met quorum, and so could decide; null until held.' })
  quorumMet!: boolean | null;

  @Field({ description: 'When it was scheduled (ISO 8601, UTC).' })
  scheduledAt!: string;
}

@ObjectType()
export class MeetingConnection extends Connection(Meeting) {}

@ObjectType({ description: 'Votes as counted at the meeting; their sum is at most the members present.' })
export class DecisionVotes {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstaining!: number;
}

@ObjectType({ description: 'A decision of a platform, taken at a held meeting that met quorum. Never edited; a later decision supersedes or rescinds it.' })
export class Decision {
  @Field(() => ID, { description: 'Unique within its platform\u2019s register.' })
  id!: string;

  @Field(() => ID)
  platformId!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field({ description: 'When the meeting that took it was held (ISO 8601 with offset, as written).' })
  heldAt!: string;

  @Field(() => DecisionKindCode)
  kind!: DecisionKindCode;

  @Field()
  title!: string;

  @Field()
  text!: string;

  @Field(() => DecisionVotes)
  votes!: DecisionVotes;

  @Field(() => DecisionStatusCode)
  status!: DecisionStatusCode;

  @Field(() => ID, { nullable: true, description: 'The later decision that superseded it.' })
  supersededBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'The later decision that rescinded it.' })
  rescindedBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier decision this one superseded.' })
  supersedes!: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier decision this one rescinded.' })
  rescinds!: string | null;

  @Field(() => ID, { nullable: true, description: 'The local priority it identified (kind LOCAL_PRIORITY).' })
  priorityId!: string | null;

  @Field({ description: 'When it was recorded (ISO 8601, UTC).' })
  recordedAt!: string;
}

@ObjectType()
export class DecisionConnection extends Connection(Decision) {}

@ObjectType({ description: 'A local priority identified by a platform\u2019s decision. Calls for proposals and co-financed initiatives reference it by platformId and id.' })
export class Priority {
  @Field(() => ID, { description: 'Unique within its platform\u2019s register.' })
  id!: string;

  @Field(() => ID)
  platformId!: string;

  @Field(() => [ID], { description: 'The platform\u2019s municipalities.' })
  municipalityIds!: string[];

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ID, { description: 'The decision that identified it.' })
  decisionId!: string;

  @Field(() => ID, { description: 'The meeting that took that decision.' })
  meetingId!: string;

  @Field({ description: 'Whether the decision that identified it still stands (it was not superseded or rescinded).' })
  standing!: boolean;

  @Field({ description: 'When it was recorded (ISO 8601, UTC).' })
  identifiedAt!: string;
}

@ObjectType()
export class PriorityConnection extends Connection(Priority) {}
