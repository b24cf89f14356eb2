import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { CallEvent } from '../../call/call.events';
import type { ProposalEvent } from '../../proposal/proposal.events';
import { EVALUATOR, OTHER_EVALUATOR, SUBMITTER, submitted, usd } from '../../proposal/proposal.fixtures';
import { proposalStreamName } from '../../proposal/proposal.stream-name';
import { callStreamName } from '../../call/call.stream-name';
import { proposalProjection } from './proposal.projection';
import { getAppeal, getProposal, listAppeals, listEvaluations, listProposalVersions, listProposals, proposalIdsOfCall } from './proposal.queries';

const submittedAs = (proposalId: string, overrides: Partial<typeof submitted.data> = {}): ProposalEvent => ({
  type: 'ProposalSubmitted',
  data: { ...submitted.data, proposalId, ...overrides },
});
const screened = (proposalId: string, version: number, eligible: boolean): ProposalEvent => ({
  type: 'ProposalScreened',
  data: { proposalId, version, eligible, reason: eligible ? 'Uredna dokumentacija' : 'Nedostaje rješenje o registraciji' },
});
const revised = (proposalId: string, version: number): ProposalEvent => ({
  type: 'ProposalRevised',
  data: {
    ...submitted.data,
    proposalId,
    version,
    title: `Verzija ${version}`,
    budgetLines: [{ description: 'Radovi', amount: usd(10_000) }],
    requestedAmount: usd(10_000),
  } as Extract<ProposalEvent, { type: 'ProposalRevised' }>['data'],
});
const scored = (proposalId: string, evaluatorId: string, weighted: number, type: 'ProposalScored' | 'ProposalRescored' = 'ProposalScored'): ProposalEvent => ({
  type,
  data: { proposalId, evaluatorId, scores: [{ criterionId: 'relevance', score: 8 }], weighted },
});

describeOnDatabases('the proposals read model', (database) => {
  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => proposalProjection.apply(trx, event));
  };
  const streamOf = (event: ProposalEvent | CallEvent) => (event.type === 'CallAwarded' ? callStreamName(event.data.callId) : proposalStreamName((event.data as { proposalId: string }).proposalId));
  const recorded = (event: ProposalEvent | CallEvent, actor = SUBMITTER) => recordedEvent(event, streamOf(event), { actor, occurredAt: '2021-07-01T10:00:00.000Z' });
  const project = (...events: Array<ProposalEvent | CallEvent>) => apply(...events.map((event) => recorded(event)));

  beforeEach(() => proposalProjection.setup(database.db));

  it('shows a submitted proposal with its applicant, amounts in minor units, priority and its first version', async () => {
    await project(submittedAs('centar'));
    expect(await getProposal(database.db, 'centar')).toMatchObject({
      id: 'centar',
      callId: submitted.data.callId,
      submittedBy: SUBMITTER,
      applicant: { name: 'Udruženje mladih Doboj Istok', type: 'civil-society-organisation' },
      municipalityId: 'doboj-istok',
      budgetLines: [
        { description: 'Radovi na obnovi', amount: usd(9_000) },
        { description: 'Oprema i namještaj', amount: usd(3_000) },
      ],
      requestedAmount: usd(12_000),
      coFinancingOffered: usd(2_500),
      priority: { platformId: 'doboj-istok', priorityId: 'doboj-istok-p1' },
      version: 1,
      state: 'submitted',
      score: null,
      award: null,
    });
    expect((await listProposalVersions(database.db, 'centar')).map((version) => version.version)).toEqual([1]);
  });

  it('keeps every version; a revision asks for a new screening', async () => {
    await project(submittedAs('centar'), screened('centar', 1, true), revised('centar', 2));
    expect(await getProposal(database.db, 'centar')).toMatchObject({ version: 2, title: 'Verzija 2', requestedAmount: usd(10_000), state: 'submitted', screeningReason: null });
    expect((await listProposalVersions(database.db, 'centar')).map(({ version, title }) => ({ version, title }))).toEqual([
      { version: 1, title: 'Omladinski centar Doboj Istok' },
      { version: 2, title: 'Verzija 2' },
    ]);
    await project(screened('centar', 2, false));
    expect(await getProposal(database.db, 'centar')).toMatchObject({ state: 'ineligible', screeningReason: 'Nedostaje rješenje o registraciji' });
  });

  it('lists a call’s proposals in submission order, by state and municipality, a page at a time; the ids for the award', async () => {
    await project(
      submittedAs('prvi'),
      submittedAs('drugi', { municipalityId: 'trebinje' }),
      submittedAs('treci'),
      submittedAs('drugi-poziv', { callId: 'other-call' }),
      { type: 'ProposalWithdrawn', data: { proposalId: 'treci', reason: 'Odustali smo' } },
    );
    expect(await proposalIdsOfCall(database.db, submitted.data.callId)).toEqual(['prvi', 'drugi', 'treci']);
    const first = await listProposals(database.db, { callId: submitted.data.callId, first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true, nodes: [{ id: 'prvi' }, { id: 'drugi' }] });
    expect((await listProposals(database.db, { callId: submitted.data.callId, first: 2, after: first.endCursor })).nodes.map((node) => node.id)).toEqual(['treci']);
    expect((await listProposals(database.db, { state: 'withdrawn', first: 10 })).nodes).toMatchObject([{ id: 'treci', withdrawalReason: 'Odustali smo' }]);
    expect((await listProposals(database.db, { municipalityId: 'trebinje', first: 10 })).nodes.map((node) => node.id)).toEqual(['drugi']);
    await expect(listProposals(database.db, { state: 'lost' as never, first: 10 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
  });

  it('keeps each evaluator’s declaration and latest scores; the proposal’s score is their mean', async () => {
    await project(
      submittedAs('centar'),
      { type: 'ConflictOfInterestDeclared', data: { proposalId: 'centar', evaluatorId: EVALUATOR, hasConflict: false, note: null } },
      { type: 'ConflictOfInterestDeclared', data: { proposalId: 'centar', evaluatorId: OTHER_EVALUATOR, hasConflict: false, note: null } },
      scored('centar', EVALUATOR, 8000),
      scored('centar', OTHER_EVALUATOR, 6001),
    );
    expect((await getProposal(database.db, 'centar'))?.score).toBe(7001);
    await project(scored('centar', OTHER_EVALUATOR, 7000, 'ProposalRescored'));
    expect((await getProposal(database.db, 'centar'))?.score).toBe(7500);
    expect(await listEvaluations(database.db, 'centar')).toEqual([
      expect.objectContaining({ evaluatorId: EVALUATOR, hasConflict: false, weighted: 8000, rescored: false }),
      expect.objectContaining({ evaluatorId: OTHER_EVALUATOR, hasConflict: false, weighted: 7000, rescored: true, scores: [{ criterionId: 'relevance', score: 8 }] }),
    ]);
  });

  it('shows appeals with their outcome, and the award’s rank on the proposal', async () => {
    await project(submittedAs('centar'));
    await apply(
      recorded({ type: 'AppealFiled', data: { proposalId: 'centar', appealId: 'zalba-1', grounds: 'Bodovanje nije uzelo u obzir sufinansiranje.' } }),
      recorded({ type: 'AppealDecided', data: { proposalId: 'centar', appealId: 'zalba-1', upheld: true, reason: 'Ponovno bodovanje' } }, 'programme.manager@undp.org'),
    );
    expect(await getAppeal(database.db, 'centar', 'zalba-1')).toMatchObject({
      callId: submitted.data.callId,
      filedBy: SUBMITTER,
      decision: { upheld: true, reason: 'Ponovno bodovanje', decidedBy: 'programme.manager@undp.org' },
    });
    expect((await listAppeals(database.db, { decided: false, first: 10 })).totalCount).toBe(0);
    await project({
      type: 'CallAwarded',
      data: {
        callId: submitted.data.callId,
        awardedAt: '2021-08-02T08:00:00.000Z',
        rule: { scoreWeight: 70, votesWeight: 30 },
        budget: usd(100_000),
        ranking: [
          {
            proposalId: 'centar',
            municipalityId: 'doboj-istok',
            rank: 1,
            scorePoints: 8000,
            votePoints: 7500,
            combined: 7850,
            votes: { for: 3, against: 1, abstain: 0 },
            requestedAmount: usd(12_000),
            funded: true,
            amount: usd(12_000),
          },
        ],
        totalAwarded: usd(12_000),
      },
    });
    expect((await getProposal(database.db, 'centar'))?.award).toEqual({ rank: 1, funded: true, amount: usd(12_000) });
  });

  it('leaves the same rows when events are applied twice', async () => {
    const events = [
      recorded(submittedAs('centar')),
      recorded(revised('centar', 2)),
      recorded({ type: 'ConflictOfInterestDeclared', data: { proposalId: 'centar', evaluatorId: EVALUATOR, hasConflict: false, note: null } }),
      recorded(scored('centar', EVALUATOR, 8000)),
      recorded({ type: 'AppealFiled', data: { proposalId: 'centar', appealId: 'zalba-1', grounds: 'Bodovanje.' } }),
    ];
    await apply(...events, ...events);
    expect(await getProposal(database.db, 'centar')).toMatchObject({ version: 2, score: 8000 });
    expect(await listProposalVersions(database.db, 'centar')).toHaveLength(2);
    expect((await listAppeals(database.db, { proposalId: 'centar', first: 10 })).totalCount).toBe(1);
  });
});
