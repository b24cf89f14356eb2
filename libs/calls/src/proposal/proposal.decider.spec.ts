import { given } from '@makers/kernel/testing';
import type { CriterionScore, DeclareConflictOfInterest, FileAppeal, ReviseProposal, ScoreProposal, WithdrawProposal } from './proposal.commands';
import { proposalDecider } from './proposal.decider';
import type { ConflictOfInterestDeclared, ProposalEvent, ProposalRevised, ProposalScored, ProposalScreened } from './proposal.events';
import { afterClosing, CALL_ID, callWhile, EVALUATOR, OTHER_EVALUATOR, PROPOSAL_ID, submit, submitted, SUBMITTER, usd, whileOpen } from './proposal.fixtures';
import { proposalStreamName } from './proposal.stream-name';

const asSubmitter = { now: whileOpen, actor: SUBMITTER };
const closingTime = Date.parse('2021-07-15T16:00:00+02:00');
const atSeconds = (seconds: number) => ({ now: new Date(closingTime + seconds * 1000), actor: SUBMITTER });

const withContent = (data: Partial<ProposalEvent['data']>): ProposalEvent => ({ ...submitted, data: { ...submitted.data, ...data } }) as ProposalEvent;

describe('submitting a proposal', () => {
  it('records a submission to an open call, with who submitted it and when', () => given(proposalDecider).when(submit(), asSubmitter).then([submitted]));

  it('takes a submission one second before the closing time', () =>
    given(proposalDecider)
      .when(submit(), atSeconds(-1))
      .then([withContent({ submittedAt: '2021-07-15T13:59:59.000Z' })]));

  it('refuses a submission one second after the closing time', () =>
    given(proposalDecider).when(submit(), atSeconds(1)).thenThrows({ code: 'CONFLICT', rule: 'SubmissionAfterDeadline' }));

  it('refuses a submission at the very closing time', () => given(proposalDecider).when(submit(), atSeconds(0)).thenThrows('SubmissionAfterDeadline'));

  it('refuses a submission to a call already closed', () =>
    given(proposalDecider).when(submit({ call: callWhile('closed') }), asSubmitter).thenThrows('SubmissionAfterDeadline'));

  it('refuses a submission before the call opens', () =>
    given(proposalDecider).when(submit(), { now: new Date('2021-06-15T08:59:59+02:00'), actor: SUBMITTER }).thenThrows({ code: 'CONFLICT', rule: 'CallNotYetOpen' }));

  it('refuses a submission to a call still in draft', () => given(proposalDecider).when(submit({ call: callWhile('draft') }), asSubmitter).thenThrows('CallNotOpen'));

  it('refuses a submission to a cancelled call', () => given(proposalDecider).when(submit({ call: callWhile('cancelled') }), asSubmitter).thenThrows('CallNotOpen'));

  it('refuses an applicant type the call is not open to', () =>
    given(proposalDecider)
      .when(submit({ applicant: { name: 'Općina Doboj Istok', type: 'municipality' } }), asSubmitter)
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'ApplicantTypeNotEligible', field: 'applicant.type' }));

  it('takes an informal youth group', () =>
    given(proposalDecider)
      .when(submit({ applicant: { name: 'Mladi Trebinja', type: 'informal-youth-group' }, municipalityId: 'trebinje' }), asSubmitter)
      .then([withContent({ applicant: { name: 'Mladi Trebinja', type: 'informal-youth-group' }, municipalityId: 'trebinje' })]));

  it('refuses a proposal from a municipality the call is not open to', () =>
    given(proposalDecider).when(submit({ municipalityId: 'pale' }), asSubmitter).thenThrows({ rule: 'MunicipalityNotEligible', field: 'municipalityId' }));

  it('refuses a request above the call’s ceiling per proposal', () =>
    given(proposalDecider)
      .when(submit({ requestedAmount: { amountMinor: 1_500_001, currency: 'USD' }, budgetLines: [{ description: 'Radovi', amount: { amountMinor: 1_500_001, currency: 'USD' } }] }), asSubmitter)
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'RequestedAboveCeiling', field: 'requestedAmount' }));

  it('takes a request of exactly the ceiling', () =>
    given(proposalDecider)
      .when(submit({ requestedAmount: usd(15_000), budgetLines: [{ description: 'Radovi', amount: usd(15_000) }] }), asSubmitter)
      .then([withContent({ requestedAmount: usd(15_000), budgetLines: [{ description: 'Radovi', amount: usd(15_000) }] })]));

  it('refuses a request in another currency than the call’s', () =>
    given(proposalDecider)
      .when(
        submit({
          requestedAmount: { amountMinor: 2_000_000, currency: 'BAM' },
          budgetLines: [{ description: 'Radovi', amount: { amountMinor: 2_000_000, currency: 'BAM' } }],
          coFinancingOffered: { amountMinor: 0, currency: 'BAM' },
        }),
        asSubmitter,
      )
      .thenThrows({ rule: 'CurrencyMismatch', field: 'requestedAmount.currency' }));

  it('refuses a co-financing offer in another currency than the call’s', () =>
    given(proposalDecider).when(submit({ coFinancingOffered: { amountMinor: 500_000, currency: 'BAM' } }), asSubmitter).thenThrows({ rule: 'CurrencyMismatch', field: 'coFinancingOffered.currency' }));

  it('refuses budget lines that do not add up to the requested amount', () =>
    given(proposalDecider).when(submit({ requestedAmount: usd(12_500) }), asSubmitter).thenThrows({ rule: 'BudgetLinesDoNotAddUp', field: 'budgetLines' }));

  it('refuses a proposal without budget lines', () => given(proposalDecider).when(submit({ budgetLines: [] }), asSubmitter).thenThrows({ rule: 'BudgetLinesRequired' }));

  it('refuses a request of nothing', () =>
    given(proposalDecider)
      .when(submit({ requestedAmount: usd(0), budgetLines: [{ description: 'Ništa', amount: usd(0) }] }), asSubmitter)
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'budgetLines[0].amount.amountMinor' }));

  it('takes a proposal that offers no co-financing', () =>
    given(proposalDecider).when(submit({ coFinancingOffered: usd(0) }), asSubmitter).then([withContent({ coFinancingOffered: usd(0) })]));

  it('refuses a negative co-financing offer', () =>
    given(proposalDecider).when(submit({ coFinancingOffered: { amountMinor: -1, currency: 'USD' } }), asSubmitter).thenThrows({ field: 'coFinancingOffered.amountMinor' }));

  it('refuses a priority the platform never identified', () =>
    given(proposalDecider)
      .when(submit({ priority: { platformId: 'novo-sarajevo-istocno-novo-sarajevo', priorityId: 'novo-sarajevo-istocno-novo-sarajevo-p9' }, priorityStanding: null }), asSubmitter)
      .thenThrows({ code: 'NOT_FOUND', rule: 'PriorityNotFound' }));

  it('refuses a priority the platform has since superseded or rescinded', () =>
    given(proposalDecider).when(submit({ priorityStanding: false }), asSubmitter).thenThrows({ code: 'CONFLICT', rule: 'PriorityNotStanding' }));

  it('takes a proposal that answers no priority', () =>
    given(proposalDecider).when(submit({ priority: undefined, priorityStanding: null }), asSubmitter).then([withContent({ priority: null })]));

  it('keeps the applicant’s name as written, in either script', () =>
    given(proposalDecider)
      .when(submit({ applicant: { name: ' Удружење младих Источно Ново Сарајево ', type: 'civil-society-organisation' }, municipalityId: 'istocno-novo-sarajevo' }), asSubmitter)
      .then([withContent({ applicant: { name: 'Удружење младих Источно Ново Сарајево', type: 'civil-society-organisation' }, municipalityId: 'istocno-novo-sarajevo' })]));

  it('records the version of the call’s terms the proposal was checked against', () =>
    given(proposalDecider).when(submit({ call: callWhile('published', { version: 3 }) }), asSubmitter).then([withContent({ callVersion: 3 })]));

  it('does not take the same proposal twice', () =>
    given(proposalDecider, [submitted]).when(submit(), asSubmitter).thenThrows({ code: 'CONFLICT', rule: 'ProposalAlreadySubmitted' }));

  it('lives in its own stream in the calls context', () => expect(proposalStreamName(PROPOSAL_ID)).toBe('calls-proposal-doboj-istok-youth-centre'));
});

const revise = (data: Partial<Record<keyof ReviseProposal['data'], unknown>> = {}): ReviseProposal => {
  const { callId: _callId, ...content } = submit().data;
  return { type: 'ReviseProposal', data: { ...content, summary: 'Obnova prostora i program radionica za mlade.', ...data } } as ReviseProposal;
};
const { proposalId: _id, callId: _call, version: _version, submittedBy: _by, submittedAt: _at, ...firstVersion } = submitted.data;
const revised: ProposalRevised = {
  type: 'ProposalRevised',
  data: { proposalId: PROPOSAL_ID, version: 2, ...firstVersion, summary: 'Obnova prostora i program radionica za mlade.' },
};
const withdrawn: ProposalEvent = { type: 'ProposalWithdrawn', data: { proposalId: PROPOSAL_ID, reason: 'Partner se povukao' } };
const screened = (eligible: boolean, version = 1): ProposalScreened => ({
  type: 'ProposalScreened',
  data: { proposalId: PROPOSAL_ID, version, eligible, reason: eligible ? 'Svi dokumenti dostavljeni' : 'Nedostaje statut udruženja' },
});

describe('revising a proposal', () => {
  it('records a new version before the deadline', () => given(proposalDecider, [submitted]).when(revise(), asSubmitter).then([revised]));

  it('numbers each revision', () =>
    given(proposalDecider, [submitted, revised]).when(revise(), asSubmitter).then([{ ...revised, data: { ...revised.data, version: 3 } }]));

  it('refuses a revision after the deadline', () => given(proposalDecider, [submitted]).when(revise(), atSeconds(1)).thenThrows('SubmissionAfterDeadline'));

  it('checks a revision as it checks a submission', () =>
    given(proposalDecider, [submitted]).when(revise({ municipalityId: 'prijedor' }), asSubmitter).thenThrows('MunicipalityNotEligible'));

  it('refuses to revise a withdrawn proposal', () => given(proposalDecider, [submitted, withdrawn]).when(revise(), asSubmitter).thenThrows({ code: 'CONFLICT', rule: 'ProposalWithdrawn' }));

  it('refuses to revise a proposal never submitted', () => given(proposalDecider).when(revise(), asSubmitter).thenThrows({ code: 'NOT_FOUND', rule: 'ProposalNotFound' }));

  it('asks for a new screening of the revised version', () =>
    given(proposalDecider, [submitted, screened(true), revised])
      .when({ type: 'ScreenProposal', data: { proposalId: PROPOSAL_ID, eligible: true, reason: 'Svi dokumenti dostavljeni' } })
      .then([screened(true, 2)]));
});

const withdraw = (call = callWhile('published'), reason = 'Partner se povukao'): WithdrawProposal => ({ type: 'WithdrawProposal', data: { proposalId: PROPOSAL_ID, reason, call } });

describe('withdrawing a proposal', () => {
  it('withdraws a proposal, saying why', () => given(proposalDecider, [submitted]).when(withdraw(), asSubmitter).then([withdrawn]));

  it('withdraws a proposal under evaluation', () => given(proposalDecider, [submitted]).when(withdraw(callWhile('evaluated')), asSubmitter).then([withdrawn]));

  it('needs a reason to withdraw', () => given(proposalDecider, [submitted]).when(withdraw(callWhile('published'), ' '), asSubmitter).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('refuses a withdrawal after the award', () =>
    given(proposalDecider, [submitted]).when(withdraw(callWhile('awarded')), asSubmitter).thenThrows({ code: 'CONFLICT', rule: 'CallAlreadyAwarded' }));

  it('refuses to withdraw a proposal twice', () => given(proposalDecider, [submitted, withdrawn]).when(withdraw(), asSubmitter).thenThrows('ProposalWithdrawn'));
});

describe('screening a proposal', () => {
  const screen = (eligible: boolean, reason: string) => ({ type: 'ScreenProposal', data: { proposalId: PROPOSAL_ID, eligible, reason } }) as const;

  it('records the screener’s decision that a proposal is eligible, with the reason', () =>
    given(proposalDecider, [submitted]).when(screen(true, 'Svi dokumenti dostavljeni')).then([screened(true)]));

  it('records the screener’s decision that a proposal is not eligible, with the reason', () =>
    given(proposalDecider, [submitted]).when(screen(false, 'Nedostaje statut udruženja')).then([screened(false)]));

  it('needs a reason for the decision', () => given(proposalDecider, [submitted]).when(screen(false, '')).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('screens a version once', () => given(proposalDecider, [submitted, screened(true)]).when(screen(false, 'Predomislio se')).thenThrows({ code: 'CONFLICT', rule: 'ProposalAlreadyScreened' }));

  it('refuses to screen a proposal never submitted', () => given(proposalDecider).when(screen(true, 'Uredno')).thenThrows('ProposalNotFound'));

  it('refuses to screen a withdrawn proposal', () => given(proposalDecider, [submitted, withdrawn]).when(screen(true, 'Uredno')).thenThrows('ProposalWithdrawn'));
});

const declare = (hasConflict: boolean, note?: string): DeclareConflictOfInterest => ({
  type: 'DeclareConflictOfInterest',
  data: { proposalId: PROPOSAL_ID, hasConflict, note, call: callWhile('closed') },
});
const declared = (evaluatorId: string, hasConflict: boolean, note: string | null = null): ConflictOfInterestDeclared => ({
  type: 'ConflictOfInterestDeclared',
  data: { proposalId: PROPOSAL_ID, evaluatorId, hasConflict, note },
});
const asEvaluator = { now: afterClosing, actor: EVALUATOR };

describe('declaring conflicts of interest', () => {
  it('records an assigned evaluator’s declaration of no conflict', () => given(proposalDecider, [submitted]).when(declare(false), asEvaluator).then([declared(EVALUATOR, false)]));

  it('records a conflict of interest, with a note', () =>
    given(proposalDecider, [submitted])
      .when(declare(true, 'Član upravnog odbora udruženja'), asEvaluator)
      .then([declared(EVALUATOR, true, 'Član upravnog odbora udruženja')]));

  it('refuses a declaration from an evaluator not assigned to the call', () =>
    given(proposalDecider, [submitted]).when(declare(false), { now: afterClosing, actor: 'someone.else@undp.org' }).thenThrows({ code: 'FORBIDDEN', rule: 'EvaluatorNotAssigned' }));

  it('takes one declaration per evaluator and proposal', () =>
    given(proposalDecider, [submitted, declared(EVALUATOR, false)]).when(declare(true), asEvaluator).thenThrows({ code: 'CONFLICT', rule: 'ConflictAlreadyDeclared' }));

  it('takes each evaluator’s own declaration', () =>
    given(proposalDecider, [submitted, declared(EVALUATOR, true)]).when(declare(false), { now: afterClosing, actor: OTHER_EVALUATOR }).then([declared(OTHER_EVALUATOR, false)]));
});

const marks = (relevance: number, cohesion: number, feasibility: number, sustainability: number): CriterionScore[] => [
  { criterionId: 'relevance', score: relevance },
  { criterionId: 'cohesion', score: cohesion },
  { criterionId: 'feasibility', score: feasibility },
  { criterionId: 'sustainability', score: sustainability },
];
const scoreWith = (scores: unknown, call = callWhile('closed')): ScoreProposal => ({ type: 'ScoreProposal', data: { proposalId: PROPOSAL_ID, scores, call } }) as ScoreProposal;
const scored = (evaluatorId: string, scores: CriterionScore[], weighted: number): ProposalScored => ({ type: 'ProposalScored', data: { proposalId: PROPOSAL_ID, evaluatorId, scores, weighted } });
const readyToScore = [submitted, declared(EVALUATOR, false)];

describe('scoring a proposal', () => {
  // 30·8/10 + 30·9/10 + 25·5/8 + 15·3/7 = 73.0536 % → 7305 hundredths.
  it('records an evaluator’s scores and their weighted sum in hundredths of a percent', () =>
    given(proposalDecider, readyToScore).when(scoreWith(marks(8, 9, 5, 3)), asEvaluator).then([scored(EVALUATOR, marks(8, 9, 5, 3), 7305)]));

  it('orders the scores as the call lists its criteria', () =>
    given(proposalDecider, readyToScore).when(scoreWith([...marks(8, 9, 5, 3)].reverse()), asEvaluator).then([scored(EVALUATOR, marks(8, 9, 5, 3), 7305)]));

  it('replaces an evaluator’s earlier scores when they score again', () =>
    given(proposalDecider, [...readyToScore, scored(EVALUATOR, marks(8, 9, 5, 3), 7305)])
      .when(scoreWith(marks(10, 10, 8, 7)), asEvaluator)
      .then([{ type: 'ProposalRescored', data: { proposalId: PROPOSAL_ID, evaluatorId: EVALUATOR, scores: marks(10, 10, 8, 7), weighted: 10_000 } }]));

  it('refuses a score from an evaluator who declared a conflict of interest', () =>
    given(proposalDecider, [submitted, declared(EVALUATOR, true)]).when(scoreWith(marks(8, 9, 5, 3)), asEvaluator).thenThrows({ code: 'FORBIDDEN', rule: 'ConflictOfInterest' }));

  it('refuses a score from an evaluator who has not declared whether they have a conflict', () =>
    given(proposalDecider, [submitted]).when(scoreWith(marks(8, 9, 5, 3)), asEvaluator).thenThrows({ code: 'CONFLICT', rule: 'ConflictNotDeclared' }));

  it('refuses a score from an evaluator not assigned to the call', () =>
    given(proposalDecider, readyToScore)
      .when(scoreWith(marks(8, 9, 5, 3), callWhile('closed', { evaluatorIds: [OTHER_EVALUATOR] })), asEvaluator)
      .thenThrows({ code: 'FORBIDDEN', rule: 'EvaluatorNotAssigned' }));

  it('refuses a score while the call still takes submissions', () =>
    given(proposalDecider, readyToScore).when(scoreWith(marks(8, 9, 5, 3), callWhile('published')), asEvaluator).thenThrows({ code: 'CONFLICT', rule: 'CallNotClosed' }));

  it('refuses a score once the evaluation is completed', () =>
    given(proposalDecider, readyToScore).when(scoreWith(marks(8, 9, 5, 3), callWhile('evaluated')), asEvaluator).thenThrows({ code: 'CONFLICT', rule: 'EvaluationCompleted' }));

  it('refuses a score of a proposal the screener found not eligible', () =>
    given(proposalDecider, [...readyToScore, screened(false)]).when(scoreWith(marks(8, 9, 5, 3)), asEvaluator).thenThrows({ code: 'CONFLICT', rule: 'ProposalNotEligible' }));

  it('refuses a score of a withdrawn proposal', () =>
    given(proposalDecider, [...readyToScore, withdrawn]).when(scoreWith(marks(8, 9, 5, 3)), asEvaluator).thenThrows('ProposalWithdrawn'));

  it('refuses a score above the criterion’s maximum', () =>
    given(proposalDecider, readyToScore).when(scoreWith(marks(8, 9, 9, 3)), asEvaluator).thenThrows({ code: 'BAD_USER_INPUT', rule: 'ScoreOutOfRange', field: 'scores[2].score' }));

  it('refuses a negative score', () => given(proposalDecider, readyToScore).when(scoreWith(marks(-1, 9, 5, 3)), asEvaluator).thenThrows({ rule: 'ScoreOutOfRange', field: 'scores[0].score' }));

  it('refuses a score that is not a whole number', () =>
    given(proposalDecider, readyToScore).when(scoreWith(marks(8, 8.5, 5, 3)), asEvaluator).thenThrows({ rule: 'ScoreOutOfRange', field: 'scores[1].score' }));

  it('refuses scores that leave a criterion out', () =>
    given(proposalDecider, readyToScore).when(scoreWith(marks(8, 9, 5, 3).slice(0, 3)), asEvaluator).thenThrows({ rule: 'CriterionNotScored', field: 'scores' }));

  it('refuses a criterion scored twice', () =>
    given(proposalDecider, readyToScore)
      .when(scoreWith([...marks(8, 9, 5, 3), { criterionId: 'relevance', score: 2 }]), asEvaluator)
      .thenThrows({ rule: 'CriterionScoredTwice', field: 'scores[4].criterionId' }));

  it('refuses a criterion the call does not have', () =>
    given(proposalDecider, readyToScore)
      .when(scoreWith([...marks(8, 9, 5, 3), { criterionId: 'originality', score: 2 }]), asEvaluator)
      .thenThrows({ rule: 'CriterionUnknown', field: 'scores[4].criterionId' }));
});

const awardedAt = '2021-08-02T10:00:00+02:00';
const appealDeadline = Date.parse(awardedAt) + 15 * 24 * 60 * 60 * 1000;
const fileAppeal = (call = callWhile('awarded'), appealId = 'appeal-1'): FileAppeal => ({
  type: 'FileAppeal',
  data: { proposalId: PROPOSAL_ID, appealId, grounds: 'Bodovanje kriterija održivosti nije uzelo u obzir sufinansiranje općine.', call },
});
const appealFiled: ProposalEvent = {
  type: 'AppealFiled',
  data: { proposalId: PROPOSAL_ID, appealId: 'appeal-1', grounds: 'Bodovanje kriterija održivosti nije uzelo u obzir sufinansiranje općine.' },
};
const withinPeriod = { now: new Date('2021-08-10T12:00:00+02:00'), actor: SUBMITTER };
const decideAppeal = (appealId = 'appeal-1', upheld = false) =>
  ({ type: 'DecideAppeal', data: { proposalId: PROPOSAL_ID, appealId, upheld, reason: 'Bodovanje je u skladu s kriterijima poziva.' } }) as const;

describe('appeals', () => {
  it('records an appeal within the appeal period after the award', () => given(proposalDecider, [submitted]).when(fileAppeal(), withinPeriod).then([appealFiled]));

  it('takes an appeal one second before the appeal period ends', () =>
    given(proposalDecider, [submitted]).when(fileAppeal(), { now: new Date(appealDeadline - 1000), actor: SUBMITTER }).then([appealFiled]));

  it('refuses an appeal after the appeal period', () =>
    given(proposalDecider, [submitted]).when(fileAppeal(), { now: new Date(appealDeadline), actor: SUBMITTER }).thenThrows({ code: 'CONFLICT', rule: 'AppealPeriodOver' }));

  it('refuses an appeal before the call is awarded', () =>
    given(proposalDecider, [submitted]).when(fileAppeal(callWhile('evaluated')), withinPeriod).thenThrows({ code: 'CONFLICT', rule: 'CallNotAwarded' }));

  it('takes one appeal per proposal', () =>
    given(proposalDecider, [submitted, appealFiled]).when(fileAppeal(callWhile('awarded'), 'appeal-2'), withinPeriod).thenThrows({ code: 'CONFLICT', rule: 'AppealAlreadyFiled' }));

  it('refuses an appeal without grounds', () =>
    given(proposalDecider, [submitted])
      .when({ ...fileAppeal(), data: { ...fileAppeal().data, grounds: '' } }, withinPeriod)
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'grounds' }));

  it('refuses an appeal on a withdrawn proposal', () => given(proposalDecider, [submitted, withdrawn]).when(fileAppeal(), withinPeriod).thenThrows('ProposalWithdrawn'));

  it('records the decision on an appeal, with the reason', () =>
    given(proposalDecider, [submitted, appealFiled])
      .when(decideAppeal())
      .then([{ type: 'AppealDecided', data: { proposalId: PROPOSAL_ID, appealId: 'appeal-1', upheld: false, reason: 'Bodovanje je u skladu s kriterijima poziva.' } }]));

  it('refuses a decision on an appeal never filed', () =>
    given(proposalDecider, [submitted, appealFiled]).when(decideAppeal('appeal-9')).thenThrows({ code: 'NOT_FOUND', rule: 'AppealNotFound' }));

  it('decides an appeal once', () =>
    given(proposalDecider, [submitted, appealFiled, { type: 'AppealDecided', data: { proposalId: PROPOSAL_ID, appealId: 'appeal-1', upheld: true, reason: 'Ponovno bodovanje' } }])
      .when(decideAppeal())
      .thenThrows({ code: 'CONFLICT', rule: 'AppealAlreadyDecided' }));
});

describe('the call the handler passed', () => {
  it('must be the proposal’s own: another call’s snapshot is a wiring bug, not a refusal', () =>
    expect(() =>
      proposalDecider.decide(submit({ call: callWhile('published', { callId: 'another-call' }) }), proposalDecider.initialState, asSubmitter),
    ).toThrow(`A proposal to call ${CALL_ID} was given the call another-call`));
});
