import { fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { CallCommand } from './call.commands';
import { callDecider } from './call.decider';
import type { CallEvent } from './call.events';
import {
  afterClosing,
  afterVoting,
  beforeOpening,
  CALL_ID,
  closedHistory,
  drafted,
  evaluated,
  makersCallTerms,
  PARTNER_IDS,
  published,
  publishedHistory,
  PROGRAMME_ID,
  standing,
  usd,
  whileOpen,
} from './call.fixtures';
import { callStreamName } from './call.stream-name';
import type { CallTerms } from './call.terms';

const draftCall = (terms: unknown = makersCallTerms): CallCommand =>
  ({ type: 'DraftCall', data: { callId: CALL_ID, programmeId: PROGRAMME_ID, terms, partnerIds: PARTNER_IDS } }) as CallCommand;
const reviseDraft = (terms: CallTerms): CallCommand => ({ type: 'ReviseDraft', data: { callId: CALL_ID, terms, partnerIds: PARTNER_IDS } });
const publishCall: CallCommand = { type: 'PublishCall', data: { callId: CALL_ID } };
const amendCall = (terms: CallTerms, reason = 'Rok produžen zbog poplava u Doboj Istoku'): CallCommand => ({
  type: 'AmendCall',
  data: { callId: CALL_ID, terms, reason, partnerIds: PARTNER_IDS },
});
const assign = (evaluatorId: string): CallCommand => ({ type: 'AssignEvaluator', data: { callId: CALL_ID, evaluatorId } });
const closeCall: CallCommand = { type: 'CloseCall', data: { callId: CALL_ID } };
const completeEvaluation = (proposals = [standing('ns-youth-bridge'), standing('trebinje-green-yard', { municipalityId: 'trebinje' })]): CallCommand => ({
  type: 'CompleteEvaluation',
  data: { callId: CALL_ID, proposals },
});
const awardCall = (proposals = [standing('ns-youth-bridge'), standing('trebinje-green-yard', { municipalityId: 'trebinje' })]): CallCommand => ({
  type: 'AwardCall',
  data: { callId: CALL_ID, proposals },
});
const cancelCall: CallCommand = { type: 'CancelCall', data: { callId: CALL_ID, reason: 'Sredstva preusmjerena na hitnu pomoć' } };

const extended: CallTerms = { ...makersCallTerms, closesAt: '2021-07-22T16:00:00+02:00', voting: { ...makersCallTerms.voting, opensAt: '2021-07-23T09:00:00+02:00' } };
const evaluatedHistory: CallEvent[] = [
  ...closedHistory,
  evaluated([
    { proposalId: 'ns-youth-bridge', score: 8000 },
    { proposalId: 'trebinje-green-yard', score: 8000 },
  ]),
];

describe('drafting and revising a call', () => {
  it('drafts the MAKERS open call with its terms', () =>
    given(callDecider).when(draftCall()).then([{ type: 'CallDrafted', data: { callId: CALL_ID, programmeId: PROGRAMME_ID, terms: makersCallTerms } }]));

  it('refuses to draft the same call twice', () => given(callDecider, [drafted]).when(draftCall()).thenThrows({ code: 'CONFLICT', rule: 'CallAlreadyDrafted' }));

  it('revises a draft', () => {
    const terms = { ...makersCallTerms, appealPeriodDays: 10 };
    given(callDecider, [drafted]).when(reviseDraft(terms)).then([{ type: 'DraftRevised', data: { callId: CALL_ID, terms } }]);
  });

  it('refuses to revise a published call: its terms change only by an amendment', () =>
    given(callDecider, publishedHistory).when(reviseDraft(makersCallTerms)).thenThrows({ code: 'CONFLICT', rule: 'CallNotDraft' }));

  it('refuses to revise a call that was never drafted', () =>
    given(callDecider).when(reviseDraft(makersCallTerms)).thenThrows({ code: 'NOT_FOUND', rule: 'CallNotFound' }));
});

describe('publishing a call', () => {
  it('publishes a draft as version 1 of its terms', () =>
    given(callDecider, [drafted]).when(publishCall, { now: beforeOpening }).then([{ type: 'CallPublished', data: { callId: CALL_ID, version: 1, terms: makersCallTerms } }]));

  it('refuses to publish a call whose opening time has passed', () =>
    given(callDecider, [drafted]).when(publishCall, { now: whileOpen }).thenThrows('CallOpensInThePast'));

  it('refuses to publish a call twice', () => given(callDecider, publishedHistory).when(publishCall).thenThrows('CallAlreadyPublished'));
});

describe('amending a published call', () => {
  it('records the next version with its reason', () =>
    given(callDecider, publishedHistory)
      .when(amendCall(extended), { now: whileOpen })
      .then([{ type: 'CallAmended', data: { callId: CALL_ID, version: 2, terms: extended, reason: 'Rok produžen zbog poplava u Doboj Istoku' } }]));

  it('keeps every version of the terms when a published call is amended', () => {
    const further = { ...extended, budget: { ...extended.budget, total: usd(120_000) } };
    const call = fold(callDecider, [
      ...publishedHistory,
      { type: 'CallAmended', data: { callId: CALL_ID, version: 2, terms: extended, reason: 'Rok produžen' } },
      { type: 'CallAmended', data: { callId: CALL_ID, version: 3, terms: further, reason: 'Dodatna sredstva donatora' } },
    ]);
    expect(call.status === 'published' && call.versions).toEqual([
      { version: 1, terms: makersCallTerms, reason: null },
      { version: 2, terms: extended, reason: 'Rok produžen' },
      { version: 3, terms: further, reason: 'Dodatna sredstva donatora' },
    ]);
    expect(call.status === 'published' && { version: call.version, terms: call.terms }).toEqual({ version: 3, terms: further });
  });

  it('refuses an amendment without a reason', () =>
    given(callDecider, publishedHistory).when(amendCall(extended, '  '), { now: whileOpen }).thenThrows({ rule: 'Required', field: 'reason' }));

  it('refuses to amend a draft: a draft is revised', () => given(callDecider, [drafted]).when(amendCall(extended)).thenThrows('CallNotPublished'));

  it('refuses to move the closing time into the past', () =>
    given(callDecider, publishedHistory)
      .when(amendCall({ ...makersCallTerms, closesAt: '2021-06-30T16:00:00+02:00' }), { now: whileOpen })
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'ClosingInThePast', field: 'terms.closesAt' }));

  it('refuses to amend a call once its deadline has passed, even before it is formally closed', () =>
    given(callDecider, publishedHistory).when(amendCall(extended), { now: afterClosing }).thenThrows({ code: 'CONFLICT', rule: 'CallClosed' }));

  it('refuses to amend a closed call', () => given(callDecider, closedHistory).when(amendCall(extended), { now: whileOpen }).thenThrows('CallClosed'));

  it('refuses to change the opening time of a call that has already opened', () =>
    given(callDecider, publishedHistory)
      .when(amendCall({ ...extended, opensAt: '2021-06-20T09:00:00+02:00' }), { now: whileOpen })
      .thenThrows({ rule: 'CallAlreadyOpened', field: 'terms.opensAt' }));

  it('refuses to change the currency of a published call', () =>
    given(callDecider, publishedHistory)
      .when(
        amendCall({ ...makersCallTerms, currency: 'BAM', budget: { total: { amountMinor: 19_558_300, currency: 'BAM' }, perProposalCeiling: { amountMinor: 2_933_745, currency: 'BAM' } } }),
        { now: whileOpen },
      )
      .thenThrows('CurrencyFixedOncePublished'));

  it('refuses an amendment that changes nothing', () =>
    given(callDecider, publishedHistory).when(amendCall(makersCallTerms), { now: whileOpen }).thenThrows('AmendmentChangesNothing'));
});

describe('evaluators', () => {
  it('assigns an evaluator by their identity subject', () =>
    given(callDecider, publishedHistory)
      .when(assign('evaluator.nikola@undp.org'))
      .then([{ type: 'EvaluatorAssigned', data: { callId: CALL_ID, evaluatorId: 'evaluator.nikola@undp.org' } }]));

  it('refuses to assign the same evaluator twice', () =>
    given(callDecider, publishedHistory).when(assign('evaluator.amra@undp.org')).thenThrows('EvaluatorAlreadyAssigned'));

  it('refuses to assign an evaluator after the evaluation is complete', () =>
    given(callDecider, evaluatedHistory).when(assign('evaluator.nikola@undp.org')).thenThrows('EvaluationAlreadyCompleted'));
});

describe('closing a call', () => {
  it('closes a call once its deadline has passed', () =>
    given(callDecider, publishedHistory).when(closeCall, { now: afterClosing }).then([{ type: 'CallClosed', data: { callId: CALL_ID } }]));

  it('closes a call at the very second of its deadline', () =>
    given(callDecider, publishedHistory).when(closeCall, { now: new Date('2021-07-15T16:00:00+02:00') }).then([{ type: 'CallClosed', data: { callId: CALL_ID } }]));

  it('refuses to close a call before its deadline', () =>
    given(callDecider, publishedHistory).when(closeCall, { now: new Date('2021-07-15T15:59:59+02:00') }).thenThrows({ code: 'CONFLICT', rule: 'SubmissionsStillOpen' }));

  it('refuses to close a draft', () => given(callDecider, [drafted]).when(closeCall, { now: afterClosing }).thenThrows('CallNotPublished'));
});

describe('completing the evaluation', () => {
  it('records the score of every proposal in the running', () =>
    given(callDecider, closedHistory)
      .when(completeEvaluation([standing('ns-youth-bridge', { score: 7350 }), standing('pale-late', { eligible: false, score: null }), standing('gone', { withdrawn: true, score: null })]))
      .then([evaluated([{ proposalId: 'ns-youth-bridge', score: 7350 }])]));

  it('refuses to complete the evaluation while an eligible proposal is unscored', () =>
    given(callDecider, closedHistory)
      .when(completeEvaluation([standing('ns-youth-bridge'), standing('doboj-istok-mural', { municipalityId: 'doboj-istok', score: null })]))
      .thenThrows((error) => error.rule === 'ProposalNotScored' && error.message.includes('doboj-istok-mural')));

  it('refuses to evaluate a call still taking submissions', () =>
    given(callDecider, publishedHistory).when(completeEvaluation()).thenThrows('CallNotClosed'));

  it('refuses to complete the evaluation twice', () => given(callDecider, evaluatedHistory).when(completeEvaluation()).thenThrows('EvaluationAlreadyCompleted'));

  it('refuses a proposal listed twice', () =>
    given(callDecider, closedHistory).when(completeEvaluation([standing('ns-youth-bridge'), standing('ns-youth-bridge')])).thenThrows('ProposalListedTwice'));

  it('refuses a requested amount in another currency than the call’s', () =>
    given(callDecider, closedHistory)
      .when(completeEvaluation([standing('ns-youth-bridge', { requestedAmount: { amountMinor: 1_000_000, currency: 'BAM' } })]))
      .thenThrows('CurrencyMismatch'));
});

describe('awarding a call', () => {
  it('awards the call, recording the ranking it used, when voting has closed', () => {
    const events = callDecider.decide(
      awardCall([standing('ns-youth-bridge', { votes: { for: 30, against: 10, abstain: 2 } }), standing('trebinje-green-yard', { municipalityId: 'trebinje' })]),
      fold(callDecider, evaluatedHistory),
      { now: afterVoting, actor: 'programme.manager@undp.org' },
    );
    expect(events).toEqual([
      {
        type: 'CallAwarded',
        data: {
          callId: CALL_ID,
          awardedAt: '2021-08-02T08:00:00.000Z',
          rule: { scoreWeight: 70, votesWeight: 30 },
          budget: usd(100_000),
          ranking: [
            expect.objectContaining({ proposalId: 'ns-youth-bridge', rank: 1, scorePoints: 8000, votePoints: 7500, combined: 7850, funded: true, amount: usd(10_000) }),
            expect.objectContaining({ proposalId: 'trebinje-green-yard', rank: 2, scorePoints: 8000, votePoints: 0, combined: 5600, funded: true, amount: usd(10_000) }),
          ],
          totalAwarded: usd(20_000),
        },
      },
    ]);
  });

  it('refuses to award before voting closes', () =>
    given(callDecider, evaluatedHistory).when(awardCall(), { now: new Date('2021-07-31T19:59:59+02:00') }).thenThrows({ code: 'CONFLICT', rule: 'VotingStillOpen' }));

  it('refuses to award a call whose evaluation is not complete', () =>
    given(callDecider, closedHistory).when(awardCall(), { now: afterVoting }).thenThrows('EvaluationNotCompleted'));

  it('refuses to award a call twice', () => {
    const [awarded] = callDecider.decide(awardCall(), fold(callDecider, evaluatedHistory), { now: afterVoting, actor: 'programme.manager@undp.org' });
    given(callDecider, [...evaluatedHistory, awarded]).when(awardCall(), { now: afterVoting }).thenThrows('CallAlreadyAwarded');
  });

  it('refuses a standing whose score differs from the one the evaluation ended with', () =>
    given(callDecider, evaluatedHistory)
      .when(awardCall([standing('ns-youth-bridge', { score: 9900 }), standing('trebinje-green-yard', { municipalityId: 'trebinje' })]), { now: afterVoting })
      .thenThrows('StandingDisagreesWithEvaluation'));

  it('leaves out a proposal withdrawn after the evaluation', () => {
    const [awarded] = callDecider.decide(
      awardCall([standing('ns-youth-bridge', { withdrawn: true }), standing('trebinje-green-yard', { municipalityId: 'trebinje' })]),
      fold(callDecider, evaluatedHistory),
      { now: afterVoting, actor: 'programme.manager@undp.org' },
    );
    expect(awarded.type === 'CallAwarded' && awarded.data.ranking.map((ranked) => ranked.proposalId)).toEqual(['trebinje-green-yard']);
  });
});

describe('cancelling a call', () => {
  it('cancels a published call with a reason', () =>
    given(callDecider, publishedHistory).when(cancelCall).then([{ type: 'CallCancelled', data: { callId: CALL_ID, reason: 'Sredstva preusmjerena na hitnu pomoć' } }]));

  it('refuses to cancel an awarded call', () => {
    const [awarded] = callDecider.decide(awardCall(), fold(callDecider, evaluatedHistory), { now: afterVoting, actor: 'programme.manager@undp.org' });
    given(callDecider, [...evaluatedHistory, awarded]).when(cancelCall).thenThrows('CallAlreadyAwarded');
  });

  it('refuses anything more on a cancelled call', () =>
    given(callDecider, [...publishedHistory, { type: 'CallCancelled', data: { callId: CALL_ID, reason: 'Otkazano' } }]).when(closeCall, { now: afterClosing }).thenThrows('CallCancelled'));
});

describe('the call’s stream', () => {
  it('is named calls-call-<id>', () => expect(callStreamName(CALL_ID)).toBe('calls-call-makers-open-call-2021'));

  it('folds a published call', () => expect(fold(callDecider, [drafted, published]).status).toBe('published'));
});
