import type { Money } from '@makers/kernel';
import type { Sex } from '@makers/people';
import type { AgeGroup } from '@makers/platforms';

export const REPORT_KINDS = ['progress', 'final'] as const;

/** A narrative runs longer than a reason: a final report tells the whole initiative. */
export const MAX_NARRATIVE_LENGTH = 10_000;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** People the initiative reached, disaggregated as the programme's indicators are: by sex and by the youth-law age groups. */
export type BeneficiaryCount = { sex: Sex; ageGroup: AgeGroup; count: number };

/** What a party's money went on, in the party's currency; `partyId` is a party of the agreement in force. */
export type SpendingLine = { partyId: string; category: string; amount: Money };

/** What a report says: a narrative, beneficiaries by sex and age group, volunteer time in whole minutes, spending. */
export type ReportContent = {
  /** The period the report covers, ISO dates. */
  periodStart: string;
  periodEnd: string;
  narrative: string;
  beneficiaries: BeneficiaryCount[];
  volunteerMinutes: number;
  spending: SpendingLine[];
};
