import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { SexCode } from '../people/people.types';
import { EntityCode, Money } from '../programme/programme.types';

// Enums: GraphQL names, the domain's values (`YOUNG_ACTIVIST` is 'young-activist'), so resolvers pass them straight on.

export enum MemberRoleCode {
  YOUNG_ACTIVIST = 'young-activist',
  MUNICIPAL_STAFF = 'municipal-staff',
  MODERATOR = 'moderator',
  MENTOR = 'mentor',
  CITIZEN = 'citizen',
}
registerEnumType(MemberRoleCode, { name: 'MemberRole', description: 'What a member brings to a platform.' });

export enum CoChairSeatCode {
  YOUNG_ACTIVIST = 'young-activist',
  MUNICIPAL_STAFF = 'municipal-staff',
}
registerEnumType(CoChairSeatCode, { name: 'CoChairSeat', description: 'A platform is led jointly by a young activist and a member of municipal staff.' });

export enum MilestoneKindCode {
  METHODOLOGY_ADOPTED = 'methodology-adopted',
  ADVISORY_MECHANISM_RECOGNISED = 'advisory-mechanism-recognised',
  PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES = 'public-funding-call-includes-priorities',
}
registerEnumType(MilestoneKindCode, {
  name: 'MilestoneKind',
  description: 'Steps towards institutionalisation, each recorded with its evidence.',
  valuesMap: {
    METHODOLOGY_ADOPTED: { description: 'The municipal council adopted the platform methodology.' },
    ADVISORY_MECHANISM_RECOGNISED: { description: 'The platform is recognised as an advisory mechanism of the municipality: it is then institutionalised.' },
    PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES: { description: "The municipality's regular public funding call includes the platform's trust-building priorities (give the call)." },
  },
});

export enum QuorumKindCode {
  MAJORITY = 'majority',
  MINIMUM = 'minimum',
  SHARE = 'share',
}
registerEnumType(QuorumKindCode, {
  name: 'QuorumKind',
  description: 'How many members must attend for a meeting to decide, counted on the members active on its date.',
  valuesMap: {
    MAJORITY: { description: '⌊n/2⌋+1 of n members (the default).' },
    MINIMUM: { description: 'A fixed head count (`members`).' },
    SHARE: { description: '⌈n·percent/100⌉ (`percent`, 1 to 100).' },
  },
});

export enum PlatformStateCode {
  FORMING = 'forming',
  ACTIVE = 'active',
  INSTITUTIONALISED = 'institutionalised',
  DORMANT = 'dormant',
  CLOSED = 'closed',
}
registerEnumType(PlatformStateCode, {
  name: 'PlatformState',
  description: 'Where a platform stands; it moves by events, never by edits.',
  valuesMap: {
    FORMING: { description: 'Formed; members are being admitted and co-chairs named.' },
    ACTIVE: { description: 'Both co-chairs named, meeting.' },
    INSTITUTIONALISED: { description: 'Recognised as an advisory mechanism of the municipality.' },
    DORMANT: { description: 'Not meeting for now; it can be revived.' },
    CLOSED: { description: 'Final.' },
  },
});

@ObjectType({ description: 'A municipality of a platform, as it stood when the platform was formed.' })
export class PlatformMunicipality {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EntityCode)
  entity!: EntityCode;
}

@ObjectType()
export class QuorumRule {
  @Field(() => QuorumKindCode)
  kind!: QuorumKindCode;

  @Field(() => Int, { nullable: true, description: 'MINIMUM only: how many members.' })
  members!: number | null;

  @Field(() => Int, { nullable: true, description: 'SHARE only: what share of the active members, in percent.' })
  percent!: number | null;
}

@ObjectType({
  description:
    "A person as a platform shows them. The name is personal data: shown to programme managers, administrators, municipal officers of one of the platform's municipalities and moderators of the platform.",
})
export class PlatformPerson {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { nullable: true, description: 'As they write it; null once they are forgotten (see `erased`).' })
  name!: string | null;

  @Field({ description: 'The person was forgotten: their personal data is erased; the membership and every figure stay.' })
  erased!: boolean;
}

@ObjectType()
export class PlatformMember {
  @Field(() => PlatformPerson)
  person!: PlatformPerson;

  @Field(() => MemberRoleCode)
  role!: MemberRoleCode;

  @Field(() => SexCode)
  sex!: SexCode;

  @Field({ description: 'YYYY-MM-DD' })
  joinedOn!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, the membership's last day; null while it lasts." })
  leftOn!: string | null;

  @Field({ description: 'The membership lasts (no leftOn yet).' })
  current!: boolean;
}

@ObjectType({ description: 'One co-chair seat.' })
export class CoChair {
  @Field(() => CoChairSeatCode)
  seat!: CoChairSeatCode;

  @Field({ description: 'Someone sits in it now: false when never named, or when its co-chair left.' })
  filled!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: since when its co-chair sits in it.' })
  since!: string | null;

  @Field(() => PlatformPerson, { nullable: true, description: 'Who sits in it; null when empty, and to readers who may not see names.' })
  person!: PlatformPerson | null;
}

@ObjectType()
export class RoleCount {
  @Field(() => MemberRoleCode)
  role!: MemberRoleCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class SexCount {
  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class RoleAndSexCount {
  @Field(() => MemberRoleCode)
  role!: MemberRoleCode;

  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Current members (no leftOn yet), by role and by sex; every role and sex listed, zeros included. Figures only.' })
export class MemberCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => [RoleCount])
  byRole!: RoleCount[];

  @Field(() => [SexCount])
  bySex!: SexCount[];

  @Field(() => [RoleAndSexCount])
  byRoleAndSex!: RoleAndSexCount[];
}

@ObjectType({ description: "The municipality's public funding call that took up the platform's priorities." })
export class PublicFundingCall {
  @Field()
  reference!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: 'An institutionalisation milestone, with its evidence.' })
export class Milestone {
  @Field(() => ID)
  id!: string;

  @Field(() => MilestoneKindCode)
  kind!: MilestoneKindCode;

  @Field(() => PlatformMunicipality, { description: 'Whose council or call.' })
  municipality!: PlatformMunicipality;

  @Field({ description: 'YYYY-MM-DD' })
  achievedOn!: string;

  @Field({ description: "The council decision's or the call's reference number." })
  referenceNumber!: string;

  @Field({ description: 'An https link to the document.' })
  documentUrl!: string;

  @Field(() => PublicFundingCall, { nullable: true, description: 'PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES only.' })
  call!: PublicFundingCall | null;
}

@ObjectType({ description: 'A local dialogue platform: one partner municipality, or several (inter-municipal, possibly inter-entity).' })
export class Platform {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As written, diacritics and Cyrillic kept.' })
  name!: string;

  @Field(() => [PlatformMunicipality])
  municipalities!: PlatformMunicipality[];

  @Field({ description: 'Derived: more than one municipality.' })
  interMunicipal!: boolean;

  @Field({ description: 'Derived: municipalities in more than one entity (FBiH, RS, Brčko District).' })
  interEntity!: boolean;

  @Field(() => PlatformStateCode)
  state!: PlatformStateCode;

  @Field(() => String, { nullable: true, description: 'Why it went dormant or was closed; null in the other states.' })
  stateReason!: string | null;

  @Field(() => QuorumRule)
  quorumRule!: QuorumRule;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: recognised as an advisory mechanism; null until then.' })
  institutionalisedOn!: string | null;

  @Field({ description: 'When it was formed, ISO 8601.' })
  formedAt!: string;
}

@ObjectType()
export class PlatformConnection extends Connection(Platform) {}

@ObjectType()
export class StateCount {
  @Field(() => PlatformStateCode)
  state!: PlatformStateCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Figures over the platforms a filter selects, for dashboards.' })
export class PlatformStatistics {
  @Field(() => Int)
  platforms!: number;

  @Field(() => [StateCount], { description: 'Every state listed, zeros included.' })
  byState!: StateCount[];

  @Field(() => Int, { description: 'Platforms of more than one municipality.' })
  interMunicipal!: number;

  @Field(() => Int, { description: 'Platforms across the inter-entity line.' })
  interEntity!: number;

  @Field(() => MemberCounts)
  members!: MemberCounts;
}
