import type { CallDrafted, CallEvent } from './call.events';
import type { CallTerms } from './call.terms';
import type { ProposalStanding } from './proposal-standing';

/** Shared by the call's specs: the MAKERS open call for youth-led initiatives, in USD. */
export const CALL_ID = 'makers-open-call-2021';
export const PROGRAMME_ID = 'makers';
export const PARTNER_IDS = ['novo-sarajevo', 'istocno-novo-sarajevo', 'doboj-istok', 'trebinje', 'pale', 'prijedor', 'brcko'];

export const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' as const });

export const makersCallTerms: CallTerms = {
  title: 'MAKERS javni poziv za inicijative mladih 2021',
  description: 'Inicijative mladih koje grade povjerenje među zajednicama, u partnerstvu s općinama i gradovima.',
  currency: 'USD',
  budget: { total: usd(100_000), perProposalCeiling: usd(15_000) },
  eligibleApplicantTypes: ['civil-society-organisation', 'informal-youth-group'],
  eligibleMunicipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo', 'doboj-istok', 'trebinje'],
  criteria: [
    { criterionId: 'relevance', name: 'Relevance to the platform’s priorities', weight: 30, maxScore: 10 },
    { criterionId: 'cohesion', name: 'Social cohesion across communities', weight: 30, maxScore: 10 },
    { criterionId: 'feasibility', name: 'Feasibility and budget', weight: 25, maxScore: 5 },
    { criterionId: 'sustainability', name: 'Sustainability', weight: 15, maxScore: 5 },
  ],
  opensAt: '2021-06-15T09:00:00+02:00',
  closesAt: '2021-07-15T16:00:00+02:00',
  voting: { opensAt: '2021-07-20T09:00:00+02:00', closesAt: '2021-07-31T20:00:00+02:00', secret: true },
  awardRule: { scoreWeight: 70, votesWeight: 30 },
  appealPeriodDays: 15,
};

/** Moments in the call's life, as the command's time. */
export const beforeOpening = new Date('2021-06-01T09:00:00.000Z');
export const whileOpen = new Date('2021-07-01T10:00:00+02:00');
export const afterClosing = new Date('2021-07-16T09:00:00+02:00');
export const afterVoting = new Date('2021-08-02T10:00:00+02:00');

export const drafted: CallDrafted = { type: 'CallDrafted', data: { callId: CALL_ID, programmeId: PROGRAMME_ID, terms: makersCallTerms } };
export const published: CallEvent = { type: 'CallPublished', data: { callId: CALL_ID, version: 1, terms: makersCallTerms } };
export const evaluatorAssigned = (evaluatorId: string): CallEvent => ({ type: 'EvaluatorAssigned', data: { callId: CALL_ID, evaluatorId } });
export const closed: CallEvent = { type: 'CallClosed', data: { callId: CALL_ID } };
export const evaluated = (scores: { proposalId: string; score: number }[]): CallEvent => ({ type: 'EvaluationCompleted', data: { callId: CALL_ID, scores } });

export const publishedHistory: CallEvent[] = [drafted, published, evaluatorAssigned('evaluator.amra@undp.org')];
export const closedHistory: CallEvent[] = [...publishedHistory, closed];

/** A proposal in good standing; override what the test is about. */
export const standing = (proposalId: string, overrides: Partial<ProposalStanding> = {}): ProposalStanding => ({
  proposalId,
  municipalityId: 'novo-sarajevo',
  requestedAmount: usd(10_000),
  submittedAt: '2021-07-01T12:00:00+02:00',
  eligible: true,
  withdrawn: false,
  score: 8000,
  votes: { for: 0, against: 0, abstain: 0 },
  paperVotes: { for: 0, against: 0, abstain: 0 },
  ...overrides,
});
