import { given } from '@makers/kernel/testing';
import type { CallCommand } from './call.commands';
import { callDecider } from './call.decider';
import { CALL_ID, makersCallTerms, PARTNER_IDS, PROGRAMME_ID, usd } from './call.fixtures';
import type { CallTerms } from './call.terms';

const draftWith = (terms: Partial<Record<keyof CallTerms, unknown>>, partnerIds = PARTNER_IDS): CallCommand =>
  ({ type: 'DraftCall', data: { callId: CALL_ID, programmeId: PROGRAMME_ID, terms: { ...makersCallTerms, ...terms }, partnerIds } }) as CallCommand;
const refused = (terms: Partial<Record<keyof CallTerms, unknown>>, rule: string, field?: string) =>
  given(callDecider).when(draftWith(terms)).thenThrows(field ? { code: 'BAD_USER_INPUT', rule, field } : { code: 'BAD_USER_INPUT', rule });

describe('the terms of a call', () => {
  it('keeps a title in Cyrillic as written', () => {
    const title = 'МАКЕРС јавни позив за иницијативе младих';
    given(callDecider).when(draftWith({ title: ` ${title} ` })).then([{ type: 'CallDrafted', data: { callId: CALL_ID, programmeId: PROGRAMME_ID, terms: { ...makersCallTerms, title } } }]);
  });

  it('refuses a call without a title', () => refused({ title: '' }, 'Required', 'terms.title'));

  it('accepts a call in convertible marks', () =>
    given(callDecider)
      .when(draftWith({ currency: 'BAM', budget: { total: { amountMinor: 19_558_300, currency: 'BAM' }, perProposalCeiling: { amountMinor: 2_933_745, currency: 'BAM' } } }))
      .then([expect.objectContaining({ type: 'CallDrafted' })]));

  it('refuses a currency the programme does not handle', () => refused({ currency: 'HRK' }, 'CurrencyNotSupported', 'terms.currency'));

  it('refuses a budget in another currency than the call’s', () =>
    refused({ budget: { total: { amountMinor: 19_558_300, currency: 'BAM' }, perProposalCeiling: usd(15_000) } }, 'CurrencyMismatch', 'terms.budget.total.currency'));

  it('refuses a per-proposal ceiling above the whole budget', () =>
    refused({ budget: { total: usd(10_000), perProposalCeiling: usd(15_000) } }, 'CeilingAboveBudget', 'terms.budget.perProposalCeiling'));

  it('refuses a budget in fractions of a cent', () =>
    refused({ budget: { total: { amountMinor: 100.5, currency: 'USD' }, perProposalCeiling: usd(15_000) } }, 'AmountNotPositiveMinorUnits', 'terms.budget.total.amountMinor'));

  it('refuses a call open to no applicant type', () => refused({ eligibleApplicantTypes: [] }, 'ApplicantTypesRequired'));

  it('refuses an applicant type the programme does not know', () => refused({ eligibleApplicantTypes: ['political-party'] }, 'ApplicantTypeUnknown', 'terms.eligibleApplicantTypes[0]'));

  it('refuses a municipality that is not a partner of the programme', () =>
    refused({ eligibleMunicipalityIds: ['novo-sarajevo', 'mostar'] }, 'MunicipalityNotPartner', 'terms.eligibleMunicipalityIds[1]'));

  it('refuses a municipality listed twice', () => refused({ eligibleMunicipalityIds: ['trebinje', 'trebinje'] }, 'MunicipalityListedTwice'));

  it('refuses criteria whose weights do not sum to 100', () =>
    refused({ criteria: makersCallTerms.criteria.map((criterion) => ({ ...criterion, weight: criterion.criterionId === 'sustainability' ? 10 : criterion.weight })) }, 'CriteriaWeightsNotHundred', 'terms.criteria'));

  it('refuses a criterion weighted in fractions of a percent', () =>
    refused({ criteria: [{ criterionId: 'relevance', name: 'Relevance', weight: 99.5, maxScore: 10 }, { criterionId: 'cohesion', name: 'Cohesion', weight: 0.5, maxScore: 10 }] }, 'CriterionWeightNotPositive'));

  it('refuses a criterion nobody can score above zero', () =>
    refused({ criteria: [{ criterionId: 'relevance', name: 'Relevance', weight: 100, maxScore: 0 }] }, 'CriterionMaxScoreNotPositive', 'terms.criteria[0].maxScore'));

  it('refuses the same criterion twice', () =>
    refused({ criteria: [{ criterionId: 'relevance', name: 'Relevance', weight: 50, maxScore: 10 }, { criterionId: 'relevance', name: 'Relevance again', weight: 50, maxScore: 10 }] }, 'CriterionListedTwice'));

  it('refuses a call that closes before it opens', () => refused({ closesAt: '2021-06-14T09:00:00+02:00' }, 'CallClosesBeforeItOpens', 'terms.closesAt'));

  it('refuses a closing time without its offset', () => refused({ closesAt: '2021-07-15T16:00:00' }, 'DateTimeInvalid', 'terms.closesAt'));

  it('refuses voting that opens before submissions close', () =>
    refused({ voting: { ...makersCallTerms.voting, opensAt: '2021-07-15T15:00:00+02:00' } }, 'VotingOpensBeforeSubmissionsClose', 'terms.voting.opensAt'));

  it('lets voting open the moment submissions close, whatever the offset it is written in', () =>
    given(callDecider).when(draftWith({ voting: { ...makersCallTerms.voting, opensAt: '2021-07-15T14:00:00Z' } })).then([expect.objectContaining({ type: 'CallDrafted' })]));

  it('refuses voting that closes before it opens', () =>
    refused({ voting: { ...makersCallTerms.voting, closesAt: '2021-07-19T09:00:00+02:00' } }, 'VotingClosesBeforeItOpens'));

  it('refuses voting rules that do not say whether ballots are secret', () =>
    refused({ voting: { opensAt: makersCallTerms.voting.opensAt, closesAt: makersCallTerms.voting.closesAt } }, 'SecretBallotUnset'));

  it('refuses an award rule whose weights do not sum to 100', () => refused({ awardRule: { scoreWeight: 70, votesWeight: 20 } }, 'AwardWeightsNotHundred'));

  it('accepts an award by score alone', () =>
    given(callDecider).when(draftWith({ awardRule: { scoreWeight: 100, votesWeight: 0 } })).then([expect.objectContaining({ type: 'CallDrafted' })]));

  it('refuses an appeal period of no days', () => refused({ appealPeriodDays: 0 }, 'AppealPeriodNotPositive', 'terms.appealPeriodDays'));
});
