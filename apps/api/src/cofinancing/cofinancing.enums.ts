import { registerEnumType } from '@nestjs/graphql';
import type { PartyKind, ReportKind, TrancheCondition } from '@makers/cofinancing';

// Enums of the co-financing schema, for inputs and outputs alike (a GraphQL enum is registered once): GraphQL names,
// the domain's values (`OTHER_DONOR` is 'other-donor'), so resolvers pass them straight on.

export enum PartyKindCode {
  UNDP = 'undp',
  MUNICIPALITY = 'municipality',
  OTHER_DONOR = 'other-donor',
  IN_KIND = 'in-kind',
}
registerEnumType(PartyKindCode, {
  name: 'PartyKind',
  description: 'Who commits to an initiative’s agreement: UNDP (exactly one), municipalities (at least one), other donors, contributions in kind.',
  valuesMap: {
    MUNICIPALITY: { description: 'A municipality’s share; the party names its municipality.' },
    IN_KIND: { description: 'Valued in money, but nothing is disbursed to it: no tranches.' },
  },
});

export enum TrancheConditionCode {
  INTERIM_REPORT_ACCEPTED = 'interim-report-accepted',
  FINAL_REPORT_ACCEPTED = 'final-report-accepted',
}
registerEnumType(TrancheConditionCode, {
  name: 'TrancheCondition',
  description: 'What must hold before a tranche’s disbursement is approved.',
  valuesMap: {
    INTERIM_REPORT_ACCEPTED: { description: 'A report of the initiative (progress or final) has been accepted.' },
    FINAL_REPORT_ACCEPTED: { description: 'The initiative’s final report has been accepted.' },
  },
});

export enum ReportKindCode {
  PROGRESS = 'progress',
  FINAL = 'final',
}
registerEnumType(ReportKindCode, { name: 'ReportKind', description: 'Progress reports along the way; one final report, which close-out needs accepted.' });

// The enums' values are the domain's: these conversions compile only while that holds.
export const partyKindOf = (code: PartyKindCode): PartyKind => `${code}`;
export const trancheConditionOf = (code: TrancheConditionCode): TrancheCondition => `${code}`;
export const reportKindOf = (code: ReportKindCode): ReportKind => `${code}`;
