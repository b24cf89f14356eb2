import { MAX_SUMMARY_LENGTH } from '@makers/calls';
import { freeText, name, type FieldMeaning } from '../testing/bad-input/field-meaning';
import { MAX_BUDGET_LINES, MAX_CRITERIA_SCORES } from './proposals.inputs';

/**
 * What the proposal inputs mean, where their types and names do not tell (see bad-input/field-meanings.ts). A
 * co-financing offer of zero is valid (its floor of 0 is checked by class-validator; only the type's own wrong values
 * are generated); criterion scores are Ints within the call's maxScore, checked by the domain.
 */
const content = (input: string): Record<string, FieldMeaning> => ({
  [`${input}.title`]: name(),
  [`${input}.summary`]: freeText(MAX_SUMMARY_LENGTH),
  [`${input}.budgetLines`]: { kind: 'list', maxItems: MAX_BUDGET_LINES },
  [`${input}.coFinancingOfferedMinor`]: { kind: 'type' },
});

export const proposalsFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  ...content('SubmitProposalInput'),
  ...content('ReviseProposalInput'),
  'ApplicantInput.name': name(),
  'BudgetLineInput.description': name(),
  'ScoreProposalInput.scores': { kind: 'list', maxItems: MAX_CRITERIA_SCORES },
};
