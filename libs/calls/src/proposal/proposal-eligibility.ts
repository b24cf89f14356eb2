import {
  conflict,
  CURRENCIES,
  identifier,
  invalidInput,
  isCurrency,
  notFound,
  positiveMoney,
  requiredFreeText,
  requiredName,
  type Money,
} from '@makers/kernel';
import { isOpenForSubmissions, type CallSnapshot } from '../call/call.snapshot';
import { APPLICANT_TYPES, instantOf, isApplicantType } from '../call/call.terms';
import type { ProposalContent, PriorityReference } from './proposal.commands';
import type { ProposalVersion } from './proposal.events';

/** A summary says what the initiative does; it runs longer than a reason. */
export const MAX_SUMMARY_LENGTH = 5_000;

type Loose<T> = Partial<Record<keyof T, unknown>>;
const objectOf = <T>(value: unknown): Loose<T> => (typeof value === 'object' && value !== null ? (value as Loose<T>) : {});

/** Zero is a fine co-financing offer; a negative or fractional one is not. */
const moneyAtLeastZero = (value: unknown, field: string): Money => {
  const candidate = objectOf<Money>(value);
  if (typeof candidate.amountMinor !== 'number' || !Number.isSafeInteger(candidate.amountMinor) || candidate.amountMinor < 0) {
    throw invalidInput('AmountNotMinorUnits', `${field}.amountMinor must be a whole number of minor units, 0 or more`, `${field}.amountMinor`);
  }
  if (typeof candidate.currency !== 'string' || !isCurrency(candidate.currency)) {
    throw invalidInput('CurrencyNotSupported', `${field}.currency must be one of ${CURRENCIES.join(', ')}`, `${field}.currency`);
  }
  return { amountMinor: candidate.amountMinor, currency: candidate.currency };
};

const priorityOf = (value: unknown): PriorityReference | null => {
  if (value === undefined || value === null) return null;
  const priority = objectOf<PriorityReference>(value);
  return { platformId: identifier(priority.platformId, 'priority.platformId'), priorityId: identifier(priority.priorityId, 'priority.priorityId') };
};

/** The content as written, shape-checked: text trimmed and NFC, diacritics and scripts kept. */
const contentOf = (data: ProposalContent) => {
  const applicant = objectOf<ProposalContent['applicant']>(data.applicant);
  const name = requiredName(applicant.name, 'applicant.name');
  if (!isApplicantType(applicant.type)) {
    throw invalidInput('ApplicantTypeUnknown', `Applicant types are ${APPLICANT_TYPES.join(', ')}, got ${JSON.stringify(applicant.type)}`, 'applicant.type');
  }
  if (!Array.isArray(data.budgetLines) || data.budgetLines.length === 0) {
    throw invalidInput('BudgetLinesRequired', 'A proposal has at least one budget line', 'budgetLines');
  }
  return {
    applicant: { name, type: applicant.type },
    municipalityId: identifier(data.municipalityId, 'municipalityId'),
    title: requiredName(data.title, 'title'),
    summary: requiredFreeText(data.summary, 'summary', MAX_SUMMARY_LENGTH),
    budgetLines: data.budgetLines.map((entry, index) => {
      const line = objectOf<ProposalContent['budgetLines'][number]>(entry);
      return { description: requiredName(line.description, `budgetLines[${index}].description`), amount: positiveMoney(line.amount, `budgetLines[${index}].amount`) };
    }),
    requestedAmount: positiveMoney(data.requestedAmount, 'requestedAmount'),
    coFinancingOffered: moneyAtLeastZero(data.coFinancingOffered, 'coFinancingOffered'),
    priority: priorityOf(data.priority),
  };
};

/**
 * Accepting submissions and revisions: a published call between its opening and closing times, by the command's time.
 * At `closesAt` itself, and a second after, a submission is late.
 */
export const openForSubmissions = (call: CallSnapshot, now: Date): void => {
  if (isOpenForSubmissions(call, now)) return;
  if (call.status === 'draft' || call.status === 'cancelled') throw conflict('CallNotOpen', `Call ${call.callId} is ${call.status}: it takes no submissions`);
  if (call.status === 'published' && now.getTime() < instantOf(call.terms.opensAt)) {
    throw conflict('CallNotYetOpen', `Call ${call.callId} opens for submissions at ${call.terms.opensAt}`);
  }
  throw conflict('SubmissionAfterDeadline', `Call ${call.callId} closed for submissions at ${call.terms.closesAt}`);
};

/**
 * The automatic eligibility checks of a submission or a revision, each refused with the rule it broke (nothing is
 * recorded): applicant type and municipality eligible under the call's terms in force; every amount in the call's
 * currency; the request within the ceiling and equal to the budget lines' sum; a named priority that exists and stands.
 * The call's being open is checked apart (`openForSubmissions`), first.
 */
export const eligibleContent = (data: ProposalContent, call: CallSnapshot): ProposalVersion => {
  const content = contentOf(data);
  const { terms } = call;
  if (!terms.eligibleApplicantTypes.includes(content.applicant.type)) {
    throw invalidInput('ApplicantTypeNotEligible', `Call ${call.callId} is open to ${terms.eligibleApplicantTypes.join(', ')}, not to a ${content.applicant.type}`, 'applicant.type');
  }
  if (!terms.eligibleMunicipalityIds.includes(content.municipalityId)) {
    throw invalidInput('MunicipalityNotEligible', `Call ${call.callId} is not open to proposals from ${content.municipalityId}`, 'municipalityId');
  }
  const amounts: [string, Money][] = [
    ['requestedAmount', content.requestedAmount],
    ['coFinancingOffered', content.coFinancingOffered],
    ...content.budgetLines.map((line, index): [string, Money] => [`budgetLines[${index}].amount`, line.amount]),
  ];
  for (const [field, amount] of amounts) {
    if (amount.currency !== terms.currency) {
      throw invalidInput('CurrencyMismatch', `${field} is in ${amount.currency}, call ${call.callId} in ${terms.currency}`, `${field}.currency`);
    }
  }
  if (content.requestedAmount.amountMinor > terms.budget.perProposalCeiling.amountMinor) {
    throw invalidInput(
      'RequestedAboveCeiling',
      `The requested ${content.requestedAmount.amountMinor} exceeds the call's ceiling of ${terms.budget.perProposalCeiling.amountMinor} ${terms.currency} minor units`,
      'requestedAmount',
    );
  }
  const linesTotal = content.budgetLines.reduce((sum, line) => sum + line.amount.amountMinor, 0);
  if (linesTotal !== content.requestedAmount.amountMinor) {
    throw invalidInput('BudgetLinesDoNotAddUp', `The budget lines add up to ${linesTotal}, the request is ${content.requestedAmount.amountMinor} minor units`, 'budgetLines');
  }
  if (content.priority !== null) {
    const { platformId, priorityId } = content.priority;
    if (data.priorityStanding === null || data.priorityStanding === undefined) {
      throw notFound('PriorityNotFound', `Platform ${platformId} has identified no priority ${priorityId}`);
    }
    if (data.priorityStanding !== true) {
      throw conflict('PriorityNotStanding', `Priority ${priorityId} of platform ${platformId} was superseded or rescinded`);
    }
  }
  return { ...content, callVersion: call.version };
};
