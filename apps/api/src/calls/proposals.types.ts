import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { Money } from '../programme/programme.types';

// Enums: GraphQL names, the domain's values (`CIVIL_SOCIETY_ORGANISATION` is 'civil-society-organisation').

export enum ApplicantTypeCode {
  CIVIL_SOCIETY_ORGANISATION = 'civil-society-organisation',
  INFORMAL_YOUTH_GROUP = 'informal-youth-group',
  MUNICIPALITY = 'municipality',
}
registerEnumType(ApplicantTypeCode, { name: 'ApplicantType', description: 'Who may apply, as a call lists them.' });

export enum ProposalStateCode {
  SUBMITTED = 'submitted',
  ELIGIBLE = 'eligible',
  INELIGIBLE = 'ineligible',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ProposalStateCode, {
  name: 'ProposalState',
  description: 'Where a proposal stands in screening.',
  valuesMap: {
    SUBMITTED: { description: 'Passed the automatic checks; not yet screened (or revised since it was).' },
    ELIGIBLE: { description: 'The screener found the current version eligible.' },
    INELIGIBLE: { description: 'The screener found the current version not eligible (see screeningReason).' },
    WITHDRAWN: { description: 'Withdrawn by its submitter, with a reason.' },
  },
});

@ObjectType()
export class Applicant {
  @Field()
  name!: string;

  @Field(() => ApplicantTypeCode)
  type!: ApplicantTypeCode;
}

@ObjectType()
export class BudgetLine {
  @Field()
  description!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType()
export class PriorityReference {
  @Field(() => ID)
  platformId!: string;

  @Field(() => ID)
  priorityId!: string;
}

/** What an applicant submits, as every version and the proposal itself show it. */
@ObjectType({ isAbstract: true })
abstract class ProposalContent {
  @Field(() => Applicant)
  applicant!: Applicant;

  @Field(() => ID)
  municipalityId!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => [BudgetLine])
  budgetLines!: BudgetLine[];

  @Field(() => Money)
  requestedAmount!: Money;

  @Field(() => Money)
  coFinancingOffered!: Money;

  @Field(() => PriorityReference, { nullable: true })
  priority!: PriorityReference | null;
}

@ObjectType({ description: 'One version of a proposal, as submitted or revised.' })
export class ProposalVersion extends ProposalContent {
  @Field(() => Int)
  version!: number;

  @Field(() => Int, { description: 'The version of the call’s terms it was checked against.' })
  callVersion!: number;

  @Field()
  recordedAt!: string;
}

@ObjectType({ description: 'Where the award ranked the proposal.' })
export class AwardStanding {
  @Field(() => Int, { description: '1 for the best.' })
  rank!: number;

  @Field()
  funded!: boolean;

  @Field(() => Money, { description: 'The requested amount when funded, zero otherwise.' })
  amount!: Money;
}

@ObjectType({
  description:
    'A proposal to a call, public once submitted (fair, visible rules). Who submitted it is not shown: an identity may be a contact; `submittedByYou` tells the reader whether it is theirs.',
})
export class Proposal extends ProposalContent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  callId!: string;

  @Field(() => Int, { description: 'The current version: 1 when submitted, one more with each revision.' })
  version!: number;

  @Field(() => ProposalStateCode)
  state!: ProposalStateCode;

  @Field(() => String, { nullable: true, description: 'The screener’s reason for the current version.' })
  screeningReason!: string | null;

  @Field(() => String, { nullable: true })
  withdrawalReason!: string | null;

  @Field({ description: 'ISO 8601, from the submission command’s time.' })
  submittedAt!: string;

  @Field(() => Int, { nullable: true, description: 'The mean of its evaluators’ weighted scores, in hundredths of a percent (0–10000); null while unscored.' })
  score!: number | null;

  @Field(() => AwardStanding, { nullable: true, description: 'Its place in the award’s ranking; null before the award or when it was no candidate.' })
  award!: AwardStanding | null;

  @Field()
  updatedAt!: string;
}

@ObjectType()
export class ProposalConnection extends Connection(Proposal) {}

@ObjectType()
export class CriterionScore {
  @Field(() => ID)
  criterionId!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType({ description: 'One evaluator’s declaration of interests and latest scores on a proposal.' })
export class Evaluation {
  @Field(() => ID, { description: 'The evaluator’s identity subject.' })
  evaluatorId!: string;

  @Field(() => Boolean, { nullable: true, description: 'null until declared; an evaluator with a conflict does not score.' })
  hasConflict!: boolean | null;

  @Field(() => String, { nullable: true })
  conflictNote!: string | null;

  @Field(() => String, { nullable: true })
  declaredAt!: string | null;

  @Field(() => [CriterionScore], { nullable: true })
  scores!: CriterionScore[] | null;

  @Field(() => Int, { nullable: true, description: 'Σ weight · score / maxScore, in hundredths of a percent (0–10000).' })
  weighted!: number | null;

  @Field(() => String, { nullable: true })
  scoredAt!: string | null;

  @Field({ description: 'These scores replaced earlier ones of the same evaluator.' })
  rescored!: boolean;
}

@ObjectType({
  description:
    'A proposal’s evaluation. Programme managers and administrators see every evaluator’s declaration and scores; an evaluator sees their own; everyone sees the weighted score.',
})
export class ProposalEvaluation {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => Int, { nullable: true, description: 'The mean of the evaluators’ weighted scores (0–10000); null while unscored.' })
  score!: number | null;

  @Field(() => Int, { description: 'How many evaluators scored it.' })
  scoredBy!: number;

  @Field(() => [Evaluation], { description: 'The evaluations this reader may see.' })
  evaluations!: Evaluation[];
}

@ObjectType()
export class AppealDecision {
  @Field()
  upheld!: boolean;

  @Field()
  reason!: string;

  @Field()
  decidedAt!: string;
}

@ObjectType({ description: 'An applicant’s appeal against the award, and its outcome.' })
export class Appeal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID)
  callId!: string;

  @Field()
  grounds!: string;

  @Field()
  filedAt!: string;

  @Field(() => AppealDecision, { nullable: true, description: 'null while awaiting a decision.' })
  decision!: AppealDecision | null;
}

@ObjectType()
export class AppealConnection extends Connection(Appeal) {}
