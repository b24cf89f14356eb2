import { fold } from '@makers/kernel';
import { callDecider } from './call.decider';
import { afterClosing, beforeOpening, CALL_ID, closedHistory, drafted, makersCallTerms, PROGRAMME_ID, publishedHistory, whileOpen } from './call.fixtures';
import { callSnapshotOf, isOpenForSubmissions } from './call.snapshot';

const publishedCall = callSnapshotOf(fold(callDecider, publishedHistory))!;

describe('the snapshot other aggregates receive', () => {
  it('shows the status, the terms in force and their version, and the evaluators', () =>
    expect(publishedCall).toEqual({
      callId: CALL_ID,
      programmeId: PROGRAMME_ID,
      status: 'published',
      terms: makersCallTerms,
      version: 1,
      evaluatorIds: ['evaluator.amra@undp.org'],
      awardedAt: null,
    }));

  it('is null for a call never drafted', () => expect(callSnapshotOf(callDecider.initialState)).toBeNull());

  it('shows a draft as version 0', () => expect(callSnapshotOf(fold(callDecider, [drafted]))).toEqual(expect.objectContaining({ status: 'draft', version: 0 })));
});

describe('whether a call is open for submissions', () => {
  it('is open between its opening and closing times', () => expect(isOpenForSubmissions(publishedCall, whileOpen)).toBe(true));

  it('is open from the very second it opens', () => expect(isOpenForSubmissions(publishedCall, new Date('2021-06-15T07:00:00Z'))).toBe(true));

  it('is not yet open before its opening time', () => expect(isOpenForSubmissions(publishedCall, beforeOpening)).toBe(false));

  it('is no longer open one second after its closing time', () => expect(isOpenForSubmissions(publishedCall, new Date('2021-07-15T16:00:01+02:00'))).toBe(false));

  it('is no longer open at its closing time', () => expect(isOpenForSubmissions(publishedCall, new Date('2021-07-15T14:00:00Z'))).toBe(false));

  it('is not open while a draft, whatever the time', () => expect(isOpenForSubmissions(callSnapshotOf(fold(callDecider, [drafted]))!, whileOpen)).toBe(false));

  it('is not open once closed', () => expect(isOpenForSubmissions(callSnapshotOf(fold(callDecider, closedHistory))!, afterClosing)).toBe(false));
});
