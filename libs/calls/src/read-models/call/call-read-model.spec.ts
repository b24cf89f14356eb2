import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { CallEvent } from '../../call/call.events';
import { afterClosing, beforeOpening, CALL_ID, drafted, makersCallTerms, PROGRAMME_ID, usd, whileOpen } from '../../call/call.fixtures';
import { callStreamName } from '../../call/call.stream-name';
import { rankAndFund } from '../../call/award-ranking';
import { callProjection } from './call.projection';
import { getAward, getCall, listAwards, listCallEvaluators, listCallVersions, listCalls } from './call.queries';

const recorded = (event: CallEvent, occurredAt = '2021-06-01T09:00:00.000Z'): RecordedEvent =>
  recordedEvent(event, callStreamName(event.data.callId), { actor: 'programme.manager@undp.org', occurredAt });

const termsOf = (callId: string, opensAt = makersCallTerms.opensAt, closesAt = makersCallTerms.closesAt) => ({ ...makersCallTerms, title: `Poziv ${callId}`, opensAt, closesAt });
const draftOf = (callId: string, opensAt?: string, closesAt?: string): CallEvent => ({
  type: 'CallDrafted',
  data: { callId, programmeId: PROGRAMME_ID, terms: termsOf(callId, opensAt, closesAt) },
});
const publishedOf = (callId: string, terms = makersCallTerms): CallEvent => ({ type: 'CallPublished', data: { callId, version: 1, terms } });
const amended: CallEvent = {
  type: 'CallAmended',
  data: { callId: CALL_ID, version: 2, terms: { ...makersCallTerms, closesAt: '2021-07-22T16:00:00+02:00' }, reason: 'Flooding in Doboj Istok: one more week' },
};
const standings = [
  { proposalId: 'park-trebinje', municipalityId: 'trebinje', requestedAmount: usd(60_000), score: 9000 },
  { proposalId: 'skola-pale', municipalityId: 'istocno-novo-sarajevo', requestedAmount: usd(50_000), score: 8000 },
  { proposalId: 'centar-doboj', municipalityId: 'doboj-istok', requestedAmount: usd(30_000), score: 7000 },
].map((entry, index) => ({
  ...entry,
  submittedAt: `2021-07-0${index + 1}T12:00:00+02:00`,
  eligible: true,
  withdrawn: false,
  votes: { for: 3, against: 1, abstain: 0 },
  paperVotes: { for: 0, against: 0, abstain: 0 },
}));
const { ranking, totalAwarded } = rankAndFund(standings, makersCallTerms.awardRule, makersCallTerms.budget.total);
const awarded = (callId = CALL_ID): CallEvent => ({
  type: 'CallAwarded',
  data: { callId, awardedAt: '2021-08-02T08:00:00.000Z', rule: makersCallTerms.awardRule, budget: makersCallTerms.budget.total, ranking, totalAwarded },
});

describeOnDatabases('the calls read model', (database) => {
  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => callProjection.apply(trx, event));
  };
  const project = (...events: CallEvent[]) => apply(...events.map((event) => recorded(event)));
  const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

  beforeEach(() => callProjection.setup(database.db));

  it('shows a draft with its terms, as a draft at any time', async () => {
    await project(drafted);
    expect(await getCall(database.db, CALL_ID, whileOpen)).toMatchObject({
      id: CALL_ID,
      programmeId: PROGRAMME_ID,
      state: 'draft',
      version: 0,
      everPublished: false,
      terms: makersCallTerms,
      publishedAt: null,
    });
  });

  it('derives OPEN from the time asked about: published, from its opening to the second before it closes', async () => {
    await project(drafted, publishedOf(CALL_ID));
    expect((await getCall(database.db, CALL_ID, beforeOpening))?.state).toBe('published');
    expect((await getCall(database.db, CALL_ID, new Date(makersCallTerms.opensAt)))?.state).toBe('open');
    expect((await getCall(database.db, CALL_ID, new Date(Date.parse(makersCallTerms.closesAt) - 1000)))?.state).toBe('open');
    expect((await getCall(database.db, CALL_ID, new Date(makersCallTerms.closesAt)))?.state).toBe('published');
    expect((await getCall(database.db, CALL_ID, afterClosing))?.state).toBe('published');
  });

  it('keeps every published version with the reason it changed, and shows the latest in force', async () => {
    await project(drafted, publishedOf(CALL_ID), amended);
    const versions = await listCallVersions(database.db, CALL_ID);
    expect(versions.map(({ version, reason, terms }) => ({ version, reason, closesAt: terms.closesAt }))).toEqual([
      { version: 1, reason: null, closesAt: '2021-07-15T16:00:00+02:00' },
      { version: 2, reason: 'Flooding in Doboj Istok: one more week', closesAt: '2021-07-22T16:00:00+02:00' },
    ]);
    expect(versions[1].recordedBy).toBe('programme.manager@undp.org');
    const call = await getCall(database.db, CALL_ID, new Date('2021-07-20T10:00:00+02:00'));
    expect(call).toMatchObject({ version: 2, state: 'open', terms: { closesAt: '2021-07-22T16:00:00+02:00' } });
  });

  it('lists evaluators in the order they were assigned', async () => {
    await project(drafted);
    await apply(
      recorded({ type: 'EvaluatorAssigned', data: { callId: CALL_ID, evaluatorId: 'selma.b@undp.org' } }, '2021-06-02T09:00:00.000Z'),
      recorded({ type: 'EvaluatorAssigned', data: { callId: CALL_ID, evaluatorId: 'amra.h@undp.org' } }, '2021-06-03T09:00:00.000Z'),
    );
    expect((await listCallEvaluators(database.db, CALL_ID)).map((evaluator) => evaluator.evaluatorId)).toEqual(['selma.b@undp.org', 'amra.h@undp.org']);
  });

  it('records the award with the ranking it used: points, rank, funded and amount, and the total', async () => {
    await project(drafted, publishedOf(CALL_ID), { type: 'CallClosed', data: { callId: CALL_ID } }, { type: 'EvaluationCompleted', data: { callId: CALL_ID, scores: [] } }, awarded());
    const award = await getAward(database.db, CALL_ID);
    expect(award).toMatchObject({ callId: CALL_ID, awardedAt: '2021-08-02T08:00:00.000Z', rule: { scoreWeight: 70, votesWeight: 30 }, budget: usd(100_000), totalAwarded: usd(90_000) });
    expect(award?.ranking.map(({ proposalId, rank, funded, amount }) => ({ proposalId, rank, funded, amount: amount.amountMinor }))).toEqual([
      { proposalId: 'park-trebinje', rank: 1, funded: true, amount: 6_000_000 },
      { proposalId: 'skola-pale', rank: 2, funded: false, amount: 0 },
      { proposalId: 'centar-doboj', rank: 3, funded: true, amount: 3_000_000 },
    ]);
    expect(award?.ranking[0]).toEqual(ranking[0]);
    expect(await getCall(database.db, CALL_ID, afterClosing)).toMatchObject({ state: 'awarded', totalAwarded: usd(90_000) });
  });

  it('has no award for a call not yet awarded', async () => {
    await project(drafted, publishedOf(CALL_ID));
    expect(await getAward(database.db, CALL_ID)).toBeNull();
  });

  it('lists drafts only when asked to include them, and a cancelled draft stays unpublished', async () => {
    await project(draftOf('a-draft'), draftOf('b-published'), publishedOf('b-published'), draftOf('c-cancelled-draft'));
    await project({ type: 'CallCancelled', data: { callId: 'c-cancelled-draft', reason: 'Merged into another call' } });
    const everyone = await listCalls(database.db, { first: 10, includeDrafts: false, now: whileOpen });
    expect(ids(everyone.nodes)).toEqual(['b-published']);
    expect(everyone.totalCount).toBe(1);
    const staff = await listCalls(database.db, { first: 10, includeDrafts: true, now: whileOpen });
    expect(ids(staff.nodes)).toEqual(['a-draft', 'b-published', 'c-cancelled-draft']);
    expect(await listCalls(database.db, { first: 10, includeDrafts: false, now: whileOpen, state: 'draft' })).toMatchObject({ nodes: [], totalCount: 0 });
    expect((await getCall(database.db, 'c-cancelled-draft', whileOpen))).toMatchObject({ state: 'cancelled', everPublished: false, cancellationReason: 'Merged into another call' });
  });

  it('filters by state at the time asked about, OPEN and PUBLISHED apart', async () => {
    await project(
      draftOf('early', '2021-06-01T09:00:00+02:00', '2021-06-20T09:00:00+02:00'),
      draftOf('late', '2021-08-01T09:00:00+02:00', '2021-08-20T09:00:00+02:00'),
      draftOf('now', '2021-06-25T09:00:00Z', '2021-07-10T09:00:00-05:00'),
    );
    await project(
      publishedOf('early', termsOf('early', '2021-06-01T09:00:00+02:00', '2021-06-20T09:00:00+02:00')),
      publishedOf('late', termsOf('late', '2021-08-01T09:00:00+02:00', '2021-08-20T09:00:00+02:00')),
      publishedOf('now', termsOf('now', '2021-06-25T09:00:00Z', '2021-07-10T09:00:00-05:00')),
    );
    const open = await listCalls(database.db, { first: 10, includeDrafts: false, now: whileOpen, state: 'open' });
    expect(ids(open.nodes)).toEqual(['now']);
    const published = await listCalls(database.db, { first: 10, includeDrafts: false, now: whileOpen, state: 'published' });
    expect(ids(published.nodes)).toEqual(['early', 'late']);
    expect((await listCalls(database.db, { first: 10, includeDrafts: false, now: new Date('2021-07-10T13:59:59Z'), state: 'open' })).totalCount).toBe(1);
    expect((await listCalls(database.db, { first: 10, includeDrafts: false, now: new Date('2021-07-10T14:00:00Z'), state: 'open' })).totalCount).toBe(0);
  });

  it('pages through calls in the order they open, without losing or repeating one', async () => {
    for (const [callId, opensAt] of [['d', '2021-06-04T09:00:00+02:00'], ['a', '2021-06-02T09:00:00+02:00'], ['c', '2021-06-03T09:00:00+02:00'], ['b', '2021-06-03T09:00:00+02:00']]) {
      await project(draftOf(callId, opensAt));
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let hasNextPage = true; hasNextPage; ) {
      const page = await listCalls(database.db, { first: 3, after, includeDrafts: true, now: whileOpen });
      seen.push(...ids(page.nodes));
      ({ endCursor: after, hasNextPage } = page);
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists awards a page at a time, each with its ranking', async () => {
    for (const callId of ['first-call', 'second-call']) await project(draftOf(callId), publishedOf(callId), awarded(callId));
    const first = await listAwards(database.db, { first: 1 });
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true, nodes: [{ callId: 'first-call', totalAwarded: usd(90_000) }] });
    expect(first.nodes[0].ranking).toHaveLength(3);
    const second = await listAwards(database.db, { first: 1, after: first.endCursor });
    expect(second).toMatchObject({ hasNextPage: false, nodes: [{ callId: 'second-call' }] });
  });

  it('leaves the same rows when an event is applied twice', async () => {
    const events = [draftOf(CALL_ID), publishedOf(CALL_ID), amended, awarded()].map((event) => recorded(event));
    await apply(...events, ...events);
    expect(await listCallVersions(database.db, CALL_ID)).toHaveLength(2);
    expect((await getAward(database.db, CALL_ID))?.ranking).toHaveLength(3);
    expect((await listCalls(database.db, { first: 10, includeDrafts: true, now: whileOpen })).totalCount).toBe(1);
  });

  it('refuses a state it does not know and a cursor of another list', async () => {
    await expect(listCalls(database.db, { first: 5, includeDrafts: true, now: whileOpen, state: 'pending' as never })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    await project(draftOf('x'), publishedOf('x'), awarded('x'));
    const awardsCursor = (await listAwards(database.db, { first: 1 })).endCursor;
    await expect(listCalls(database.db, { first: 5, after: awardsCursor, includeDrafts: true, now: whileOpen })).rejects.toMatchObject({ field: 'after' });
  });

  it('is rebuilt from zero after a teardown', async () => {
    await project(drafted);
    await callProjection.teardown(database.db);
    await callProjection.setup(database.db);
    expect(await getCall(database.db, CALL_ID, whileOpen)).toBeNull();
  });
});
