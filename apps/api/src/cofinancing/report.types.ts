import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReportView } from '@makers/cofinancing';
import type { Identity } from '@makers/kernel';
import { volunteerTime } from '@makers/platforms';
import { AgeGroupCode, ageGroupCode, VolunteerTime } from '../capacity/capacity.types';
import { sexCode, SexCode } from '../people/people.types';
import { Money } from '../programme/programme.types';
import { ACTING_PERSON, actingPersonFor } from './acting-person-readers';
import { moneyOf } from './cofinancing-money';
import { ReportKindCode } from './cofinancing.enums';

export enum ReportStatusCode {
  SUBMITTED = 'submitted',
  ACCEPTED = 'accepted',
  RETURNED = 'returned',
}
registerEnumType(ReportStatusCode, {
  name: 'ReportStatus',
  description: 'The status of a report’s latest version.',
  valuesMap: {
    SUBMITTED: { description: 'Awaiting review; close-out waits for it.' },
    ACCEPTED: { description: 'Accepted: it meets tranche conditions (a final one lets the initiative close).' },
    RETURNED: { description: 'Returned with a reason, to be resubmitted as its next version.' },
  },
});

export enum ReportReviewOutcomeCode {
  ACCEPTED = 'accepted',
  RETURNED = 'returned',
}
registerEnumType(ReportReviewOutcomeCode, { name: 'ReportReviewOutcome' });

@ObjectType({ description: 'People an initiative reached in one group: sex and age group.' })
export class BeneficiaryCount {
  @Field(() => SexCode)
  sex!: SexCode;

  @Field(() => AgeGroupCode)
  ageGroup!: AgeGroupCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What a party’s money went on, in that party’s currency.' })
export class SpendingLine {
  @Field(() => ID)
  partyId!: string;

  @Field()
  category!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: 'A programme manager’s review of one version of a report.' })
export class ReportReview {
  @Field(() => Int, { description: 'The report version reviewed.' })
  version!: number;

  @Field(() => ReportReviewOutcomeCode)
  outcome!: ReportReviewOutcomeCode;

  @Field(() => String, { nullable: true, description: 'What must change; null for an acceptance.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: `Who reviewed it. ${ACTING_PERSON}` })
  reviewedBy!: string | null;

  @Field({ description: 'ISO 8601' })
  reviewedAt!: string;
}

@ObjectType({ description: 'A progress or final report: its latest version’s content, with every review of every version, oldest first.' })
export class Report {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ReportKindCode)
  kind!: ReportKindCode;

  @Field(() => ReportStatusCode)
  status!: ReportStatusCode;

  @Field(() => Int, { description: 'The latest version: 1, +1 per resubmission after a return.' })
  version!: number;

  @Field({ description: 'YYYY-MM-DD' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD' })
  periodEnd!: string;

  @Field()
  narrative!: string;

  @Field(() => [BeneficiaryCount])
  beneficiaries!: BeneficiaryCount[];

  @Field(() => Int, { description: 'The sum of the beneficiary counts.' })
  beneficiariesTotal!: number;

  @Field(() => VolunteerTime)
  volunteerTime!: VolunteerTime;

  @Field(() => [SpendingLine])
  spending!: SpendingLine[];

  @Field(() => String, { nullable: true, description: `Who submitted the latest version. ${ACTING_PERSON}` })
  submittedBy!: string | null;

  @Field({ description: 'When the latest version was submitted (ISO 8601).' })
  submittedAt!: string;

  @Field(() => [ReportReview])
  reviews!: ReportReview[];
}

/** The domain's status is the enum's values: a conversion the compiler checks. */
const reportStatusCode = (status: ReportView['status']): ReportStatusCode => status as ReportStatusCode;

/** A report as `reader` may see it: who submitted and reviewed only for ACTING_PERSON_READERS. */
export const reportFor = (reader: Identity, view: ReportView): Report => ({
  reportId: view.reportId,
  kind: view.kind as ReportKindCode,
  status: reportStatusCode(view.status),
  version: view.version,
  periodStart: view.periodStart,
  periodEnd: view.periodEnd,
  narrative: view.narrative,
  beneficiaries: view.beneficiaries.map(({ sex, ageGroup, count }) => ({ sex: sexCode(sex), ageGroup: ageGroupCode(ageGroup), count })),
  beneficiariesTotal: view.beneficiariesTotal,
  volunteerTime: volunteerTime(view.volunteerMinutes),
  spending: view.spending.map(({ partyId, category, amount }) => ({ partyId, category, amount: moneyOf(amount) })),
  submittedBy: actingPersonFor(reader, view.submittedBy),
  submittedAt: view.submittedAt,
  reviews: view.reviews.map((review) => ({
    version: review.version,
    outcome: review.outcome as ReportReviewOutcomeCode,
    reason: review.reason,
    reviewedBy: actingPersonFor(reader, review.reviewedBy),
    reviewedAt: review.reviewedAt,
  })),
});
