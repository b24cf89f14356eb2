import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { CurrencyCode, Money } from '../programme/programme.types';
import { ApplicantTypeCode } from './proposals.types';

// Enums: GraphQL names, the domain's values (`OPEN` is 'open').

export enum CallStateCode {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  OPEN = 'open',
  CLOSED = 'closed',
  EVALUATED = 'evaluated',
  AWARDED = 'awarded',
  CANCELLED = 'cancelled',
}
registerEnumType(CallStateCode, {
  name: 'CallState',
  description: 'Where a call is in its life, at the time of the query.',
  valuesMap: {
    DRAFT: { description: 'Being prepared; seen only by programme managers and administrators.' },
    PUBLISHED: { description: 'Published, and not open for submissions now: before its opening, or past its closing time until it is closed.' },
    OPEN: { description: 'Published, and open for submissions now: opensAt ≤ now < closesAt.' },
    CLOSED: { description: 'Closed for submissions; proposals are being evaluated.' },
    EVALUATED: { description: 'Every candidate scored; the award follows once voting has closed.' },
    AWARDED: { description: 'Awarded: see award and ranking.' },
    CANCELLED: { description: 'Cancelled, with a reason.' },
  },
});

@ObjectType({ description: 'The budget of a call, in its currency.' })
export class CallBudget {
  @Field(() => Money)
  total!: Money;

  @Field(() => Money, { description: 'The most one proposal may request.' })
  perProposalCeiling!: Money;
}

@ObjectType({ description: 'A criterion evaluators score from 0 to maxScore; its weight is its share of the score in percent.' })
export class CallCriterion {
  @Field(() => ID)
  criterionId!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Percent; a call’s weights sum to 100.' })
  weight!: number;

  @Field(() => Int)
  maxScore!: number;
}

@ObjectType({ description: 'When members of the platforms of a proposal’s municipality vote on it, and whether ballots are secret.' })
export class CallVotingRules {
  @Field({ description: 'ISO 8601 with offset; no earlier than submissions close.' })
  opensAt!: string;

  @Field({ description: 'ISO 8601 with offset; the award comes after it.' })
  closesAt!: string;

  @Field({ description: 'Secret ballots: who voted is shown, never how.' })
  secret!: boolean;
}

@ObjectType({ description: 'How the award weighs the evaluation score against members’ votes, in percent (summing to 100).' })
export class AwardRule {
  @Field(() => Int)
  scoreWeight!: number;

  @Field(() => Int)
  votesWeight!: number;
}

@ObjectType({ description: 'The terms of a call, as drafted, published or amended.' })
export class CallTerms {
  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => CurrencyCode)
  currency!: CurrencyCode;

  @Field(() => CallBudget)
  budget!: CallBudget;

  @Field(() => [ApplicantTypeCode])
  eligibleApplicantTypes!: ApplicantTypeCode[];

  @Field(() => [ID], { description: 'Partner municipalities of the programme where proposals may take place.' })
  eligibleMunicipalityIds!: string[];

  @Field(() => [CallCriterion])
  criteria!: CallCriterion[];

  @Field({ description: 'ISO 8601 with offset, as written: submissions open at this instant.' })
  opensAt!: string;

  @Field({ description: 'ISO 8601 with offset, as written: a submission at this instant or later is late.' })
  closesAt!: string;

  @Field(() => CallVotingRules)
  voting!: CallVotingRules;

  @Field(() => AwardRule)
  awardRule!: AwardRule;

  @Field(() => Int, { description: 'Days after the award within which an applicant may appeal.' })
  appealPeriodDays!: number;
}

@ObjectType({ description: 'One published version of a call’s terms: version 1 as published, each later one an amendment with its reason.' })
export class CallVersion {
  @Field(() => Int)
  version!: number;

  @Field(() => CallTerms)
  terms!: CallTerms;

  @Field(() => String, { nullable: true, description: 'Why the terms changed; null for version 1.' })
  reason!: string | null;

  @Field({ description: 'When this version was recorded (ISO 8601).' })
  recordedAt!: string;

  @Field({ description: 'Who recorded it (identity subject).' })
  recordedBy!: string;
}

@ObjectType()
export class CallEvaluator {
  @Field({ description: 'The evaluator’s identity subject, as their token names them.' })
  evaluatorId!: string;

  @Field()
  assignedAt!: string;
}

@ObjectType({ description: 'One candidate as the award ranked it. Points are hundredths of a percent (0–10000).' })
export class RankedProposal {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID)
  municipalityId!: string;

  @Field(() => Int, { description: '1 for the best; ties are broken (score, then submission order), never shared.' })
  rank!: number;

  @Field(() => Int, { description: 'The evaluation score: the mean of its evaluators’ weighted scores.' })
  scorePoints!: number;

  @Field(() => Int, { description: 'Votes for ÷ (for + against), online and paper together; 0 without votes.' })
  votePoints!: number;

  @Field(() => Int, { description: '(scoreWeight · scorePoints + votesWeight · votePoints) / 100, rounded half up.' })
  combined!: number;

  @Field(() => Int, { description: 'Votes for, online and paper together.' })
  votesFor!: number;

  @Field(() => Int)
  votesAgainst!: number;

  @Field(() => Int)
  votesAbstain!: number;

  @Field(() => Money)
  requestedAmount!: Money;

  @Field({ description: 'Funded in rank order while the remaining budget covered the request.' })
  funded!: boolean;

  @Field(() => Money, { description: 'The requested amount when funded, zero otherwise.' })
  amount!: Money;
}

@ObjectType({ description: 'An award decision: the rule and budget it applied and the ranking it used.' })
export class Award {
  @Field(() => ID)
  callId!: string;

  @Field({ description: 'ISO 8601; the appeal period runs from here.' })
  awardedAt!: string;

  @Field(() => AwardRule)
  rule!: AwardRule;

  @Field(() => Money)
  budget!: Money;

  @Field(() => Money)
  totalAwarded!: Money;

  @Field(() => [RankedProposal], { description: 'Every candidate, best first.' })
  ranking!: RankedProposal[];
}

@ObjectType({ description: 'An open call for proposals. Drafts are seen only by programme managers and administrators.' })
export class Call {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => CallStateCode)
  state!: CallStateCode;

  @Field(() => Int, { description: '0 while a draft; 1 when published; one more with each amendment.' })
  version!: number;

  @Field(() => CallTerms, { description: 'The terms in force: the draft’s, or the latest version’s.' })
  terms!: CallTerms;

  @Field()
  draftedAt!: string;

  @Field(() => String, { nullable: true })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true })
  closedAt!: string | null;

  @Field(() => String, { nullable: true })
  evaluatedAt!: string | null;

  @Field(() => String, { nullable: true })
  awardedAt!: string | null;

  @Field(() => Money, { nullable: true })
  totalAwarded!: Money | null;

  @Field(() => String, { nullable: true })
  cancelledAt!: string | null;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;
}

@ObjectType()
export class CallConnection extends Connection(Call) {}

@ObjectType()
export class AwardConnection extends Connection(Award) {}
