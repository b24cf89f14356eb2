import {
  identifier,
  invalidInput,
  isCurrency,
  positiveMoney,
  positiveWholeNumber,
  requiredFreeText,
  requiredName,
  wholeNumberAtLeastZero,
  CURRENCIES,
  type Currency,
  type Money,
} from '@makers/kernel';
import { isoDateTime } from '@makers/platforms';

/** Who may apply to a call. */
export const APPLICANT_TYPES = ['civil-society-organisation', 'informal-youth-group', 'municipality'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const isApplicantType = (value: unknown): value is ApplicantType => (APPLICANT_TYPES as readonly unknown[]).includes(value);

/** A criterion evaluators score from 0 to `maxScore`; `weight` is its share of the score, in percent. */
export type Criterion = { criterionId: string; name: string; weight: number; maxScore: number };

/** Who votes is fixed by the note (members of the platforms of the proposal's municipality); the call sets when, and secrecy. */
export type VotingRules = { opensAt: string; closesAt: string; secret: boolean };

/** How the award weighs the evaluation score against the members' votes, in percent (summing to 100). */
export type AwardRule = { scoreWeight: number; votesWeight: number };

export type CallBudget = { total: Money; perProposalCeiling: Money };

/**
 * The terms of a call, as published or amended. Times are ISO 8601 date-times with their offset, kept as written;
 * amounts are integer minor units in the call's currency.
 */
export type CallTerms = {
  title: string;
  description: string;
  currency: Currency;
  budget: CallBudget;
  eligibleApplicantTypes: ApplicantType[];
  /** Partner municipalities of the programme when the terms were set. */
  eligibleMunicipalityIds: string[];
  criteria: Criterion[];
  /** Submissions are accepted while opensAt ≤ now < closesAt. */
  opensAt: string;
  closesAt: string;
  voting: VotingRules;
  awardRule: AwardRule;
  appealPeriodDays: number;
};

/** A call's description runs longer than a reason. */
export const MAX_CALL_DESCRIPTION_LENGTH = 20_000;

export const instantOf = (dateTime: string): number => Date.parse(dateTime);

type Loose<T> = Partial<Record<keyof T, unknown>>;
const objectOf = <T>(value: unknown): Loose<T> => (typeof value === 'object' && value !== null ? (value as Loose<T>) : {});

const listOf = (value: unknown, field: string, rule: string, what: string): unknown[] => {
  if (!Array.isArray(value) || value.length === 0) throw invalidInput(rule, `${field} must list at least one ${what}`, field);
  return value;
};

const noDuplicates = (values: readonly string[], field: string, rule: string): void => {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) throw invalidInput(rule, `${value} is listed twice`, `${field}[${index}]`);
  });
};

const budgetOf = (value: unknown, currency: Currency): CallBudget => {
  const budget = objectOf<CallBudget>(value);
  const total = positiveMoney(budget.total, 'terms.budget.total');
  const perProposalCeiling = positiveMoney(budget.perProposalCeiling, 'terms.budget.perProposalCeiling');
  for (const [field, amount] of [['total', total], ['perProposalCeiling', perProposalCeiling]] as const) {
    if (amount.currency !== currency) {
      throw invalidInput('CurrencyMismatch', `terms.budget.${field} is in ${amount.currency}, the call in ${currency}`, `terms.budget.${field}.currency`);
    }
  }
  if (perProposalCeiling.amountMinor > total.amountMinor) {
    throw invalidInput('CeilingAboveBudget', 'The per-proposal ceiling must not exceed the call’s total budget', 'terms.budget.perProposalCeiling');
  }
  return { total, perProposalCeiling };
};

const applicantTypesOf = (value: unknown): ApplicantType[] => {
  const types = listOf(value, 'terms.eligibleApplicantTypes', 'ApplicantTypesRequired', 'applicant type').map((type, index) => {
    if (!isApplicantType(type)) {
      throw invalidInput('ApplicantTypeUnknown', `Applicant types are ${APPLICANT_TYPES.join(', ')}, got ${JSON.stringify(type)}`, `terms.eligibleApplicantTypes[${index}]`);
    }
    return type;
  });
  noDuplicates(types, 'terms.eligibleApplicantTypes', 'ApplicantTypeListedTwice');
  return types;
};

const municipalitiesOf = (value: unknown, partnerIds: readonly string[]): string[] => {
  const ids = listOf(value, 'terms.eligibleMunicipalityIds', 'MunicipalitiesRequired', 'municipality').map((id, index) =>
    identifier(id, `terms.eligibleMunicipalityIds[${index}]`),
  );
  noDuplicates(ids, 'terms.eligibleMunicipalityIds', 'MunicipalityListedTwice');
  ids.forEach((id, index) => {
    if (!partnerIds.includes(id)) {
      throw invalidInput('MunicipalityNotPartner', `${id} is not a partner municipality of the programme`, `terms.eligibleMunicipalityIds[${index}]`);
    }
  });
  return ids;
};

const criteriaOf = (value: unknown): Criterion[] => {
  const criteria = listOf(value, 'terms.criteria', 'CriteriaRequired', 'criterion').map((entry, index) => {
    const field = `terms.criteria[${index}]`;
    const criterion = objectOf<Criterion>(entry);
    return {
      criterionId: identifier(criterion.criterionId, `${field}.criterionId`),
      name: requiredName(criterion.name, `${field}.name`),
      weight: positiveWholeNumber(criterion.weight, `${field}.weight`, 'CriterionWeightNotPositive'),
      maxScore: positiveWholeNumber(criterion.maxScore, `${field}.maxScore`, 'CriterionMaxScoreNotPositive'),
    };
  });
  noDuplicates(
    criteria.map((criterion) => criterion.criterionId),
    'terms.criteria',
    'CriterionListedTwice',
  );
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (total !== 100) throw invalidInput('CriteriaWeightsNotHundred', `The criteria's weights must sum to 100, they sum to ${total}`, 'terms.criteria');
  return criteria;
};

const votingOf = (value: unknown, submissionsCloseAt: string): VotingRules => {
  const voting = objectOf<VotingRules>(value);
  const opensAt = isoDateTime(voting.opensAt, 'terms.voting.opensAt');
  const closesAt = isoDateTime(voting.closesAt, 'terms.voting.closesAt');
  if (instantOf(closesAt) <= instantOf(opensAt)) {
    throw invalidInput('VotingClosesBeforeItOpens', `Voting must close (${closesAt}) after it opens (${opensAt})`, 'terms.voting.closesAt');
  }
  if (instantOf(opensAt) < instantOf(submissionsCloseAt)) {
    throw invalidInput('VotingOpensBeforeSubmissionsClose', `Voting opens (${opensAt}) no earlier than submissions close (${submissionsCloseAt})`, 'terms.voting.opensAt');
  }
  if (typeof voting.secret !== 'boolean') throw invalidInput('SecretBallotUnset', 'terms.voting.secret must say whether ballots are secret', 'terms.voting.secret');
  return { opensAt, closesAt, secret: voting.secret };
};

const awardRuleOf = (value: unknown): AwardRule => {
  const rule = objectOf<AwardRule>(value);
  const scoreWeight = wholeNumberAtLeastZero(rule.scoreWeight, 'terms.awardRule.scoreWeight', 'AwardWeightInvalid');
  const votesWeight = wholeNumberAtLeastZero(rule.votesWeight, 'terms.awardRule.votesWeight', 'AwardWeightInvalid');
  if (scoreWeight + votesWeight !== 100) {
    throw invalidInput('AwardWeightsNotHundred', `The award rule's weights must sum to 100, they sum to ${scoreWeight + votesWeight}`, 'terms.awardRule');
  }
  return { scoreWeight, votesWeight };
};

/**
 * The terms, checked and normalised (text trimmed and NFC, times as written). `partnerIds` are the programme's partner
 * municipalities as the handler found them: a call is open only to partners.
 */
export const validTerms = (value: unknown, partnerIds: readonly string[]): CallTerms => {
  const terms = objectOf<CallTerms>(value);
  const title = requiredName(terms.title, 'terms.title');
  const description = requiredFreeText(terms.description, 'terms.description', MAX_CALL_DESCRIPTION_LENGTH);
  if (typeof terms.currency !== 'string' || !isCurrency(terms.currency)) {
    throw invalidInput('CurrencyNotSupported', `terms.currency must be one of ${CURRENCIES.join(', ')}`, 'terms.currency');
  }
  const currency = terms.currency;
  const budget = budgetOf(terms.budget, currency);
  const eligibleApplicantTypes = applicantTypesOf(terms.eligibleApplicantTypes);
  const eligibleMunicipalityIds = municipalitiesOf(terms.eligibleMunicipalityIds, partnerIds);
  const criteria = criteriaOf(terms.criteria);
  const opensAt = isoDateTime(terms.opensAt, 'terms.opensAt');
  const closesAt = isoDateTime(terms.closesAt, 'terms.closesAt');
  if (instantOf(closesAt) <= instantOf(opensAt)) {
    throw invalidInput('CallClosesBeforeItOpens', `Submissions must close (${closesAt}) after they open (${opensAt})`, 'terms.closesAt');
  }
  const voting = votingOf(terms.voting, closesAt);
  const awardRule = awardRuleOf(terms.awardRule);
  const appealPeriodDays = positiveWholeNumber(terms.appealPeriodDays, 'terms.appealPeriodDays', 'AppealPeriodNotPositive');
  return { title, description, currency, budget, eligibleApplicantTypes, eligibleMunicipalityIds, criteria, opensAt, closesAt, voting, awardRule, appealPeriodDays };
};
