import { CALL_ID, makersCallTerms, usd } from '../call/call.fixtures';
import type { CallSnapshot } from '../call/call.snapshot';
import type { CallTerms } from '../call/call.terms';
import type { SubmitProposal } from './proposal.commands';
import type { ProposalSubmitted } from './proposal.events';

/** Shared by the proposal's specs: a proposal from Doboj Istok to the MAKERS open call for youth initiatives, in USD. */
export { CALL_ID, usd };
export const PROPOSAL_ID = 'doboj-istok-youth-centre';
export const SUBMITTER = 'udruzenje.mladih@dobojistok.ba';
export const EVALUATOR = 'amra.evaluator@undp.org';
export const OTHER_EVALUATOR = 'nikola.evaluator@undp.org';

/** The call's specs' terms, with maximum scores of their own that the weighted-score examples are worked out on. */
export const terms: CallTerms = {
  ...makersCallTerms,
  criteria: [
    { criterionId: 'relevance', name: 'Relevance to the platform’s priorities', weight: 30, maxScore: 10 },
    { criterionId: 'cohesion', name: 'Social cohesion across communities', weight: 30, maxScore: 10 },
    { criterionId: 'feasibility', name: 'Feasibility and budget', weight: 25, maxScore: 8 },
    { criterionId: 'sustainability', name: 'Sustainability', weight: 15, maxScore: 7 },
  ],
};

/** The call as the handler folds it, at each point of its life. */
export const callWhile = (status: CallSnapshot['status'], overrides: Partial<CallSnapshot> = {}): CallSnapshot => ({
  callId: CALL_ID,
  programmeId: 'makers',
  status,
  terms,
  version: status === 'draft' ? 0 : 1,
  evaluatorIds: [EVALUATOR, OTHER_EVALUATOR],
  awardedAt: status === 'awarded' ? '2021-08-02T10:00:00+02:00' : null,
  ...overrides,
});

/** Moments, as the command's time. */
export const whileOpen = new Date('2021-07-01T10:00:00+02:00');
export const afterClosing = new Date('2021-07-16T09:00:00+02:00');

export const submit = (data: Partial<Record<keyof SubmitProposal['data'], unknown>> = {}): SubmitProposal =>
  ({
    type: 'SubmitProposal',
    data: {
      proposalId: PROPOSAL_ID,
      callId: CALL_ID,
      applicant: { name: 'Udruženje mladih Doboj Istok', type: 'civil-society-organisation' },
      municipalityId: 'doboj-istok',
      title: 'Omladinski centar Doboj Istok',
      summary: 'Obnova prostora za zajedničke aktivnosti mladih iz Doboj Istoka i susjednih zajednica.',
      budgetLines: [
        { description: 'Radovi na obnovi', amount: usd(9_000) },
        { description: 'Oprema i namještaj', amount: usd(3_000) },
      ],
      requestedAmount: usd(12_000),
      coFinancingOffered: usd(2_500),
      priority: { platformId: 'doboj-istok', priorityId: 'doboj-istok-p1' },
      priorityStanding: true,
      call: callWhile('published'),
      ...data,
    },
  }) as SubmitProposal;

export const submitted: ProposalSubmitted = {
  type: 'ProposalSubmitted',
  data: {
    proposalId: PROPOSAL_ID,
    callId: CALL_ID,
    version: 1,
    submittedBy: SUBMITTER,
    submittedAt: '2021-07-01T08:00:00.000Z',
    applicant: { name: 'Udruženje mladih Doboj Istok', type: 'civil-society-organisation' },
    municipalityId: 'doboj-istok',
    title: 'Omladinski centar Doboj Istok',
    summary: 'Obnova prostora za zajedničke aktivnosti mladih iz Doboj Istoka i susjednih zajednica.',
    budgetLines: [
      { description: 'Radovi na obnovi', amount: usd(9_000) },
      { description: 'Oprema i namještaj', amount: usd(3_000) },
    ],
    requestedAmount: usd(12_000),
    coFinancingOffered: usd(2_500),
    priority: { platformId: 'doboj-istok', priorityId: 'doboj-istok-p1' },
    callVersion: 1,
  },
};
