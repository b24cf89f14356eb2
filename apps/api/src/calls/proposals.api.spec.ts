import { identity } from '@makers/kernel';
import { errorCodes, startApi, type ApiHarness, type Caller, type GraphQLResponse, type ReadModelKind } from '../testing/api-harness';
import {
  awardExampleCall,
  closeCall,
  EXAMPLE_APPLICANT,
  NOT_ELIGIBLE_MUNICIPALITY_ID,
  prepareCall,
  proposalContentInput,
  submitExampleProposal,
} from './proposals.example-call';
import { DECIDE_APPEAL, DECLARE_CONFLICT, FILE_APPEAL, REVISE_PROPOSAL, SCORE_PROPOSAL, SCORES, SUBMIT_PROPOSAL, WITHDRAW_PROPOSAL } from './proposals.mutation-examples';

const PROPOSAL = /* GraphQL */ `
  query ($id: ID!) {
    proposal(id: $id) {
      id callId applicant { name type } municipalityId title summary version state screeningReason withdrawalReason submittedAt score submittedByYou
      requestedAmount { amountMinor currency } coFinancingOffered { amountMinor currency } budgetLines { description amount { amountMinor } }
      versions { version title requestedAmount { amountMinor } recordedAt }
    }
  }`;
const PROPOSALS = /* GraphQL */ `
  query ($callId: ID, $state: ProposalState, $municipalityId: ID, $mine: Boolean, $first: Int!, $after: String) {
    proposals(callId: $callId, state: $state, municipalityId: $municipalityId, mine: $mine, first: $first, after: $after) {
      nodes { id state version } pageInfo { endCursor hasNextPage } totalCount
    }
  }`;
const EVALUATION = /* GraphQL */ `
  query ($proposalId: ID!) { proposalEvaluation(proposalId: $proposalId) { score scoredBy evaluations { evaluatorId hasConflict weighted scores { criterionId score } } } }`;
const APPEALS = /* GraphQL */ `
  query ($proposalId: ID) { appeals(proposalId: $proposalId, first: 10) { nodes { id proposalId callId grounds decision { upheld reason } } totalCount } }`;

const applicant = (name: string) => identity(`applicant-${name}`, ['applicant']);
const evaluator = (name: string) => identity(`evaluator-${name}`, ['evaluator']);

/** Only Date is faked, and it keeps running from where it is set: the app's timers, I/O and projections run as usual. */
const REAL_TIMERS = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

describe.each<ReadModelKind>(['sqlite', 'postgres'])('proposals over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let calls = 0;
  const unique = () => `p${++calls}-${readModels}`;

  beforeAll(async () => {
    api = await startApi(readModels);
  });
  afterAll(() => api.close());

  /** Runs a mutation that must be refused, proves it appended nothing, and gives its errors. */
  const refused = async (document: string, input: Record<string, unknown>, as: Caller) => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(document, { input }, { as });
    expect(response.data ?? null).toBeNull();
    expect((await api.allEvents()).length).toBe(before);
    return (response.errors ?? []).map((error) => ({ code: error.extensions?.code, rule: error.extensions?.rule, field: error.extensions?.field }));
  };
  const succeeded = <Data>(response: GraphQLResponse<Data>): Data => {
    expect(response.errors ?? []).toEqual([]);
    return response.data as Data;
  };

  describe('submission', () => {
    afterEach(() => jest.useRealTimers());

    it('refuses a submission one second after the closing time (SubmissionAfterDeadline) and appends nothing; one second before, it is taken', async () => {
      const id = unique();
      // Closing in a few seconds: the clock is then set a second either side of it, never far from the real one.
      const call = await prepareCall(api, id, 'open', { closesInSeconds: 3 });
      const closesAt = Date.parse(call.terms.closesAt);
      const submission = (proposalId: string) => ({ id: proposalId, callId: call.callId, ...proposalContentInput() });

      jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], advanceTimers: true, now: closesAt + 1000 });
      expect(await refused(SUBMIT_PROPOSAL, submission(`late-${id}`), applicant(id))).toEqual([{ code: 'CONFLICT', rule: 'SubmissionAfterDeadline', field: undefined }]);

      jest.setSystemTime(closesAt - 1000);
      const taken = succeeded(await api.graphql(SUBMIT_PROPOSAL, { input: submission(`in-time-${id}`) }, { as: applicant(id) }));
      expect(taken.submitProposal).toEqual({ id: `in-time-${id}`, version: 1, state: 'SUBMITTED' });
      expect(errorCodes(await api.graphql(PROPOSAL, { id: `late-${id}` }))).toEqual(['NOT_FOUND']);
    });

    it('refuses an applicant type the call is not open to, and a municipality it is not open to, naming the rule', async () => {
      const id = unique();
      const call = await prepareCall(api, id, 'open');
      const input = { id: `proposal-${id}`, callId: call.callId, ...proposalContentInput() };
      expect(await refused(SUBMIT_PROPOSAL, { ...input, applicant: { name: 'Općina Novo Sarajevo', type: 'MUNICIPALITY' } }, applicant(id))).toEqual([
        { code: 'BAD_USER_INPUT', rule: 'ApplicantTypeNotEligible', field: 'applicant.type' },
      ]);
      expect(await refused(SUBMIT_PROPOSAL, { ...input, municipalityId: NOT_ELIGIBLE_MUNICIPALITY_ID }, applicant(id))).toEqual([
        { code: 'BAD_USER_INPUT', rule: 'MunicipalityNotEligible', field: 'municipalityId' },
      ]);
      expect(await refused(SUBMIT_PROPOSAL, { ...input, requestedAmountMinor: 1_000_000 }, applicant(id))).toEqual([
        { code: 'BAD_USER_INPUT', rule: 'BudgetLinesDoNotAddUp', field: 'budgetLines' },
      ]);
    });

    it('shows a submitted proposal to every reader, in full, without who submitted it; the submitter is told it is theirs', async () => {
      const id = unique();
      const call = await prepareCall(api, id, 'open');
      succeeded(await api.graphql(SUBMIT_PROPOSAL, { input: { id: `proposal-${id}`, callId: call.callId, ...proposalContentInput() } }, { as: applicant(id) }));
      const asSubmitter = succeeded(await api.graphql(PROPOSAL, { id: `proposal-${id}` }, { as: applicant(id) })).proposal;
      expect(asSubmitter).toMatchObject({
        callId: call.callId,
        applicant: { name: 'Udruženje mladih Novo Sarajevo', type: 'CIVIL_SOCIETY_ORGANISATION' },
        version: 1,
        state: 'SUBMITTED',
        requestedAmount: { amountMinor: 1_200_000, currency: 'USD' },
        coFinancingOffered: { amountMinor: 250_000, currency: 'USD' },
        budgetLines: [{ description: 'Radovi na obnovi', amount: { amountMinor: 900_000 } }, { description: 'Oprema i namještaj', amount: { amountMinor: 300_000 } }],
        score: null,
        submittedByYou: true,
      });
      const asAnother = succeeded(await api.graphql(PROPOSAL, { id: `proposal-${id}` }, { as: 'platform-member' })).proposal;
      expect(asAnother).toEqual({ ...asSubmitter, submittedByYou: false });
      expect(JSON.stringify(asAnother)).not.toContain(`applicant-${id}`);
    });
  });

  describe('revision and withdrawal', () => {
    it('keeps every version: a revision makes version 2, and the first stays listed', async () => {
      const id = unique();
      const call = await prepareCall(api, id, 'open');
      succeeded(await api.graphql(SUBMIT_PROPOSAL, { input: { id: `proposal-${id}`, callId: call.callId, ...proposalContentInput() } }, { as: applicant(id) }));
      const revision = {
        proposalId: `proposal-${id}`,
        ...proposalContentInput(),
        title: 'Omladinski centar – druga verzija',
        budgetLines: [{ description: 'Radovi na obnovi', amountMinor: 1_000_000 }],
        requestedAmountMinor: 1_000_000,
      };
      expect(succeeded(await api.graphql(REVISE_PROPOSAL, { input: revision }, { as: applicant(id) })).reviseProposal).toEqual({ id: `proposal-${id}`, version: 2, state: 'SUBMITTED' });
      const { proposal } = succeeded(await api.graphql(PROPOSAL, { id: `proposal-${id}` }));
      expect(proposal).toMatchObject({ version: 2, title: 'Omladinski centar – druga verzija', requestedAmount: { amountMinor: 1_000_000 } });
      expect(proposal.versions.map(({ version, title, requestedAmount }: any) => ({ version, title, requested: requestedAmount.amountMinor }))).toEqual([
        { version: 1, title: 'Omladinski centar – zajednički prostor', requested: 1_200_000 },
        { version: 2, title: 'Omladinski centar – druga verzija', requested: 1_000_000 },
      ]);
    });

    it('lets only the submitter revise or withdraw: another applicant is FORBIDDEN and appends nothing', async () => {
      const id = unique();
      const call = await prepareCall(api, id, 'open');
      await submitExampleProposal(api, call, `proposal-${id}`);
      const other = applicant(`other-${id}`);
      expect(await refused(REVISE_PROPOSAL, { proposalId: `proposal-${id}`, ...proposalContentInput() }, other)).toMatchObject([{ code: 'FORBIDDEN' }]);
      const withdrawal = { proposalId: `proposal-${id}`, reason: 'Udruženje je dobilo sredstva iz drugog izvora' };
      expect(await refused(WITHDRAW_PROPOSAL, withdrawal, other)).toMatchObject([{ code: 'FORBIDDEN' }]);
      expect(await refused(WITHDRAW_PROPOSAL, withdrawal, 'programme-manager')).toMatchObject([{ code: 'FORBIDDEN' }]);

      const withdrawn = succeeded(await api.graphql(WITHDRAW_PROPOSAL, { input: withdrawal }, { as: EXAMPLE_APPLICANT })).withdrawProposal;
      expect(withdrawn).toEqual({ id: `proposal-${id}`, state: 'WITHDRAWN', withdrawalReason: withdrawal.reason });
      const listed = succeeded(await api.graphql(PROPOSALS, { callId: call.callId, state: 'WITHDRAWN', first: 10 }));
      expect(listed.proposals).toMatchObject({ totalCount: 1, nodes: [{ id: `proposal-${id}` }] });
    });

    it('lists a call’s proposals in submission order, filtered by state, municipality and “mine”, a page at a time', async () => {
      const id = unique();
      const call = await prepareCall(api, id, 'open');
      const mine = applicant(`mine-${id}`);
      for (const n of [1, 2, 3]) await submitExampleProposal(api, call, `proposal-${n}-${id}`, n === 2 ? mine : EXAMPLE_APPLICANT);
      succeeded(await api.graphql('mutation ($input: ScreenProposalInput!) { screenProposal(input: $input) { id } }', { input: { proposalId: `proposal-3-${id}`, eligible: false, reason: 'Nedostaje rješenje o registraciji' } }));
      const first = succeeded(await api.graphql(PROPOSALS, { callId: call.callId, first: 2 })).proposals;
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ id: `proposal-1-${id}` }, { id: `proposal-2-${id}` }] });
      const second = succeeded(await api.graphql(PROPOSALS, { callId: call.callId, first: 2, after: first.pageInfo.endCursor })).proposals;
      expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: `proposal-3-${id}`, state: 'INELIGIBLE' }] });
      expect(succeeded(await api.graphql(PROPOSALS, { callId: call.callId, state: 'SUBMITTED', first: 10 })).proposals.totalCount).toBe(2);
      expect(succeeded(await api.graphql(PROPOSALS, { callId: call.callId, mine: true, first: 10 }, { as: mine })).proposals.nodes).toEqual([{ id: `proposal-2-${id}`, state: 'SUBMITTED', version: 1 }]);
      expect(succeeded(await api.graphql(PROPOSALS, { callId: call.callId, municipalityId: 'elsewhere', first: 10 })).proposals.totalCount).toBe(0);
    });
  });

  describe('evaluation', () => {
    it('refuses the scores of an evaluator who declared a conflict of interest, and shows each evaluator’s scores only to the programme and to that evaluator', async () => {
      const id = unique();
      const [conflicted, fair] = [evaluator(`conflicted-${id}`), evaluator(`fair-${id}`)];
      const call = await prepareCall(api, id, 'evaluating', { evaluatorIds: [conflicted.subject, fair.subject] });
      const proposalId = `proposal-${id}`;
      await submitExampleProposal(api, call, proposalId);
      await closeCall(api, call);

      succeeded(await api.graphql(DECLARE_CONFLICT, { input: { proposalId, hasConflict: true, note: 'Član upravnog odbora udruženja' } }, { as: conflicted }));
      expect(await refused(SCORE_PROPOSAL, { proposalId, scores: SCORES }, conflicted)).toEqual([{ code: 'FORBIDDEN', rule: 'ConflictOfInterest', field: undefined }]);

      expect(await refused(SCORE_PROPOSAL, { proposalId, scores: SCORES }, fair)).toMatchObject([{ code: 'CONFLICT', rule: 'ConflictNotDeclared' }]);
      succeeded(await api.graphql(DECLARE_CONFLICT, { input: { proposalId, hasConflict: false } }, { as: fair }));
      const scored = succeeded(await api.graphql(SCORE_PROPOSAL, { input: { proposalId, scores: SCORES } }, { as: fair })).scoreProposal;
      // 40·8/10 + 40·7/10 + 20·5/5 = 80%: 8000 hundredths.
      expect(scored).toEqual({ proposalId, score: 8000, evaluations: [{ evaluatorId: fair.subject, weighted: 8000 }] });

      const asManager = succeeded(await api.graphql(EVALUATION, { proposalId })).proposalEvaluation;
      expect(asManager).toEqual({
        score: 8000,
        scoredBy: 1,
        evaluations: [
          { evaluatorId: conflicted.subject, hasConflict: true, weighted: null, scores: null },
          { evaluatorId: fair.subject, hasConflict: false, weighted: 8000, scores: SCORES },
        ],
      });
      expect(succeeded(await api.graphql(EVALUATION, { proposalId }, { as: conflicted })).proposalEvaluation.evaluations.map((e: any) => e.evaluatorId)).toEqual([conflicted.subject]);
      expect(succeeded(await api.graphql(EVALUATION, { proposalId }, { as: EXAMPLE_APPLICANT })).proposalEvaluation).toEqual({ score: 8000, scoredBy: 1, evaluations: [] });
      expect(succeeded(await api.graphql(PROPOSAL, { id: proposalId })).proposal.score).toBe(8000);
    });
  });

  describe('appeals', () => {
    const grounds = 'Bodovanje kriterija održivosti nije uzelo u obzir sufinansiranje općine.';

    it('takes an appeal within the period from its submitter only, and shows the decision on it', async () => {
      const id = unique();
      const scorer = evaluator(id);
      const call = await prepareCall(api, id, 'awarded', { evaluatorIds: [scorer.subject], appealPeriodDays: 30 });
      const proposalId = `proposal-${id}`;
      await submitExampleProposal(api, call, proposalId);
      await awardExampleCall(api, call, [proposalId], scorer);

      const appeal = { id: `appeal-${id}`, proposalId, grounds };
      expect(await refused(FILE_APPEAL, appeal, applicant(`other-${id}`))).toMatchObject([{ code: 'FORBIDDEN' }]);
      expect(succeeded(await api.graphql(FILE_APPEAL, { input: appeal }, { as: EXAMPLE_APPLICANT })).fileAppeal).toEqual({ id: appeal.id, proposalId, grounds, decision: null });
      expect(await refused(FILE_APPEAL, { ...appeal, id: `again-${id}` }, EXAMPLE_APPLICANT)).toMatchObject([{ code: 'CONFLICT', rule: 'AppealAlreadyFiled' }]);

      const decision = { proposalId, appealId: appeal.id, upheld: false, reason: 'Sufinansiranje je bodovano u kriteriju izvodljivosti.' };
      expect(await refused(DECIDE_APPEAL, decision, EXAMPLE_APPLICANT)).toMatchObject([{ code: 'FORBIDDEN' }]);
      succeeded(await api.graphql(DECIDE_APPEAL, { input: decision }));
      expect(succeeded(await api.graphql(APPEALS, { proposalId }, { as: 'donor-auditor' })).appeals).toEqual({
        totalCount: 1,
        nodes: [{ id: appeal.id, proposalId, callId: call.callId, grounds, decision: { upheld: false, reason: decision.reason } }],
      });
      expect(succeeded(await api.graphql(PROPOSAL, { id: proposalId })).proposal.score).toBe(7200);
    });

    it('refuses an appeal after the appeal period (AppealPeriodOver) and appends nothing', async () => {
      const id = unique();
      const scorer = evaluator(id);
      // Awarded when voting closed, ten days ago; five days to appeal.
      const call = await prepareCall(api, id, 'awarded', { evaluatorIds: [scorer.subject], appealPeriodDays: 5 });
      const proposalId = `proposal-${id}`;
      await submitExampleProposal(api, call, proposalId);
      await awardExampleCall(api, call, [proposalId], scorer);
      expect(await refused(FILE_APPEAL, { proposalId, grounds }, EXAMPLE_APPLICANT)).toEqual([{ code: 'CONFLICT', rule: 'AppealPeriodOver', field: undefined }]);
    });

    it('refuses withdrawing once the call is awarded', async () => {
      const id = unique();
      const scorer = evaluator(id);
      const call = await prepareCall(api, id, 'awarded', { evaluatorIds: [scorer.subject] });
      const proposalId = `proposal-${id}`;
      await submitExampleProposal(api, call, proposalId);
      await awardExampleCall(api, call, [proposalId], scorer);
      expect(await refused(WITHDRAW_PROPOSAL, { proposalId, reason: 'Prekasno' }, EXAMPLE_APPLICANT)).toMatchObject([{ code: 'CONFLICT', rule: 'CallAlreadyAwarded' }]);
    });
  });
});
