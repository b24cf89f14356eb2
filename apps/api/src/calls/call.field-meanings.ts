import { MAX_CALL_DESCRIPTION_LENGTH } from '@makers/calls';
import { freeText, name, type FieldMeaning } from '../testing/bad-input/field-meaning';
import { MAX_APPEAL_PERIOD_DAYS, MAX_CRITERIA, MAX_CRITERION_MAX_SCORE, MAX_ELIGIBLE_MUNICIPALITIES } from './call.inputs';

/** What the call inputs' fields mean, where their types and names do not tell (see bad-input/field-meanings.ts). */
export const callFieldMeanings: Readonly<Record<string, FieldMeaning>> = {
  'CallTermsInput.title': name(),
  'CallTermsInput.description': freeText(MAX_CALL_DESCRIPTION_LENGTH),
  'CallTermsInput.eligibleApplicantTypes': { kind: 'list', maxItems: 3 },
  'CallTermsInput.eligibleMunicipalityIds': { kind: 'list', maxItems: MAX_ELIGIBLE_MUNICIPALITIES },
  'CallTermsInput.criteria': { kind: 'list', maxItems: MAX_CRITERIA },
  'CallTermsInput.appealPeriodDays': { kind: 'positiveCount', max: MAX_APPEAL_PERIOD_DAYS },
  'CallCriterionInput.name': name(),
  'CallCriterionInput.weight': { kind: 'positiveCount', max: 100 },
  'CallCriterionInput.maxScore': { kind: 'positiveCount', max: MAX_CRITERION_MAX_SCORE },
  // An identity subject (amra.hadzic@undp.org), not a slug: one visible line.
  'AssignEvaluatorInput.evaluatorId': name(),
};
