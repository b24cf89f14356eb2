import type { CallSnapshot } from '../call/call.snapshot';
import type { CallTerms } from '../call/call.terms';
import type { SubmitProposal } from './proposal.commands';
import type { ProposalSubmitted } from './proposal.events';

/** Shared by the proposal's specs: a proposal from Doboj Istok to the MAKERS open call for youth initiatives, in USD. */
export const CALL_ID = 'makers-open-call-2021';
export const PROPOSAL_ID = 'doboj-istok-youth-centre';
export const SUBMITTER = 'udruzenje.mladih@dobojistok.ba';
export const EVALUATOR = 'amra.evaluator@undp.org';
export const OTHER_EVALUATOR = 'nikola.evaluator@undp.org';

export const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' as const });

export const terms: CallTerms = {
  title: 'MAKERS javni poziv za inicijative mladih 2021',
  description: 'Inicijative mladih koje grade povjerenje među zajednicama, u partnerstvu s općinama i gradovima.',
  currency: 'USD',
  budget: { total: usd(100_000), perProposalCeiling: usd(15_000) },
  eligibleApplicantTypes: ['civil-society-organisation', 'informal-youth-group'],
  eligibleMunicipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo', 'doboj-istok', 'trebinje'],
  criteria: [
    { criterionId: 'relevance', name: 'Relevance to the platform’s priorities', weight: 30, maxScore: 10 },
    { criterionId: 'cohesion', name: 'Social cohesion across communities', weight: 30, maxScore: 10 },
    { criterionId: 'feasibility', name: 'Feasibility and budget', weight: 25, maxScore: 8 },
    { criterionId: 'sustainability', name: 'Sustainability', weight: 15, maxScore: 7 },
  ],
  opensAt: '2021-06-15T09:00:00+02:00',
  closesAt: '2021-07-15T16:00:00+02:00',
  voting: { opensAt: '2021-07-20T09:00:00+02:00', closesAt: '2021-07-31T20:00:00+02:00', secret: true },
  awardRule: { scoreWeight: 70, votesWeight: 30 },
  appealPeriodDays: 15,
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
