import { errorCodes, startApi, type ApiHarness, type Caller, type ReadModelKind } from '../testing/api-harness';
import {
  AMEND_CALL,
  AWARD_CALL,
  CALL_EXAMPLE_MUNICIPALITY_IDS,
  CALL_EXAMPLE_PROGRAMME_ID,
  callExamplePartners,
  callTermsInput,
  daysFromNow,
  DRAFT_CALL,
  futureWindow,
  prepareCall,
  PUBLISH_CALL,
  REVISE_DRAFT,
} from './call.mutation-examples';

const CALL = /* GraphQL */ `
  query ($id: ID!) {
    call(id: $id) {
      id programmeId state version
      terms {
        title currency budget { total { amountMinor currency } perProposalCeiling { amountMinor } }
        eligibleApplicantTypes eligibleMunicipalityIds criteria { criterionId weight maxScore }
        opensAt closesAt voting { opensAt closesAt secret } awardRule { scoreWeight votesWeight } appealPeriodDays
      }
      versions { version reason recordedBy terms { closesAt } }
      evaluators { evaluatorId }
    }
  }`;
const CALLS = /* GraphQL */ `
  query ($state: CallState, $first: Int!, $after: String) {
    calls(state: $state, first: $first, after: $after) { nodes { id state } pageInfo { endCursor hasNextPage } totalCount }
  }`;
const AUDIT_TRAIL = 'query ($stream: String!) { auditTrail(stream: $stream) { events { type actor data } } }';

describe.each<ReadModelKind>(['sqlite', 'postgres'])('calls over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(readModels);
    await callExamplePartners(api);
  });
  afterAll(() => api.close());

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (query: string, input: Record<string, unknown>, as: Caller = 'programme-manager') => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(query, { input }, { as });
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };
  const ids = (response: { data?: any }) => (response.data?.calls.nodes ?? []).map((node: { id: string }) => node.id);

  it('drafts a call and answers it from the read model: money in minor units, the terms as written', async () => {
    const window = futureWindow();
    const response = await api.graphql(DRAFT_CALL, {
      input: { id: 'makers-2021', programmeId: CALL_EXAMPLE_PROGRAMME_ID, terms: callTermsInput(window) },
    });
    expect(response.data?.draftCall).toEqual({ id: 'makers-2021', state: 'DRAFT', version: 0 });
    const call = (await api.graphql(CALL, { id: 'makers-2021' })).data?.call;
    expect(call).toMatchObject({
      programmeId: CALL_EXAMPLE_PROGRAMME_ID,
      terms: {
        title: 'MAKERS javni poziv za inicijative mladih',
        currency: 'USD',
        budget: { total: { amountMinor: 10_000_000, currency: 'USD' }, perProposalCeiling: { amountMinor: 1_500_000 } },
        eligibleApplicantTypes: ['CIVIL_SOCIETY_ORGANISATION', 'INFORMAL_YOUTH_GROUP'],
        eligibleMunicipalityIds: [...CALL_EXAMPLE_MUNICIPALITY_IDS],
        criteria: [
          { criterionId: 'relevance', weight: 40, maxScore: 10 },
          { criterionId: 'cohesion', weight: 35, maxScore: 10 },
          { criterionId: 'feasibility', weight: 25, maxScore: 5 },
        ],
        opensAt: window.opensAt,
        voting: { secret: true },
        awardRule: { scoreWeight: 70, votesWeight: 30 },
        appealPeriodDays: 15,
      },
      versions: [],
    });
  });

  describe('checks the terms: refused with the rule they break, nothing appended', () => {
    const draft = (terms: Record<string, unknown>) => ({ id: 'refused-call', programmeId: CALL_EXAMPLE_PROGRAMME_ID, terms });

    it('weights that do not sum to 100: CriteriaWeightsNotHundred', async () => {
      const criteria = [
        { criterionId: 'relevance', name: 'Relevance', weight: 50, maxScore: 10 },
        { criterionId: 'cohesion', name: 'Cohesion', weight: 40, maxScore: 10 },
      ];
      const errors = await refused(DRAFT_CALL, draft(callTermsInput(futureWindow(), { criteria })));
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CriteriaWeightsNotHundred', field: 'terms.criteria' });
      expect(errors[0].message).toContain('sum to 90');
    });

    it('a municipality that is not a partner of the programme: MunicipalityNotPartner', async () => {
      const errors = await refused(DRAFT_CALL, draft(callTermsInput(futureWindow(), { eligibleMunicipalityIds: ['atlantis'] })));
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'MunicipalityNotPartner' });
    });

    it('voting before submissions close, a ceiling above the budget, award weights not summing to 100', async () => {
      const window = futureWindow();
      const early = await refused(DRAFT_CALL, draft(callTermsInput({ ...window, votingOpensAt: daysFromNow(59) })));
      expect(early[0].extensions).toMatchObject({ rule: 'VotingOpensBeforeSubmissionsClose', field: 'terms.voting.opensAt' });
      const ceiling = await refused(DRAFT_CALL, draft(callTermsInput(window, { budget: { totalMinor: 1_000_000, perProposalCeilingMinor: 1_500_000 } })));
      expect(ceiling[0].extensions).toMatchObject({ rule: 'CeilingAboveBudget' });
      const award = await refused(DRAFT_CALL, draft(callTermsInput(window, { awardRule: { scoreWeight: 70, votesWeight: 20 } })));
      expect(award[0].extensions).toMatchObject({ rule: 'AwardWeightsNotHundred' });
    });

    it('a date-time without its offset, and a weight out of range: BAD_USER_INPUT naming the field', async () => {
      const noOffset = await refused(DRAFT_CALL, draft(callTermsInput(futureWindow(), { opensAt: '2031-06-15T09:00:00' })));
      expect(noOffset[0].extensions?.fields?.map((field) => field.field)).toEqual(['terms.opensAt']);
      const weight = await refused(DRAFT_CALL, draft(callTermsInput(futureWindow(), { criteria: [{ criterionId: 'all', name: 'All', weight: 101, maxScore: 10 }] })));
      expect(weight[0].extensions?.fields?.map((field) => field.field)).toEqual(['terms.criteria.0.weight']);
    });

    it('an applicant drafting a call: FORBIDDEN', async () => {
      const errors = await refused(DRAFT_CALL, draft(callTermsInput()), 'applicant');
      expect(errors[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('shows drafts only to programme managers and administrators', () => {
    beforeAll(async () => {
      await prepareCall(api, 'hidden-draft', 'draft');
      await prepareCall(api, 'visible-call', 'published');
    });

    it.each<Caller>(['applicant', 'donor-auditor', 'evaluator', 'platform-member', 'municipal-officer'])('%s: NOT_FOUND for a draft, and no draft in lists', async (as) => {
      const response = await api.graphql(CALL, { id: 'call-hidden-draft' }, { as });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.errors?.[0].message).toBe('No call call-hidden-draft');
      const listed = ids(await api.graphql(CALLS, { first: 500 }, { as }));
      expect(listed).toContain('call-visible-call');
      expect(listed).not.toContain('call-hidden-draft');
      expect((await api.graphql(CALLS, { state: 'DRAFT', first: 10 }, { as })).data?.calls.totalCount).toBe(0);
      expect(errorCodes(await api.graphql('query ($id: ID!) { ranking(callId: $id) { rank } }', { id: 'call-hidden-draft' }, { as }))).toEqual(['NOT_FOUND']);
    });

    it.each<Caller>(['programme-manager', 'administrator'])('%s: sees the draft, alone and in lists', async (as) => {
      expect((await api.graphql(CALL, { id: 'call-hidden-draft' }, { as })).data?.call).toMatchObject({ state: 'DRAFT', version: 0 });
      expect(ids(await api.graphql(CALLS, { state: 'DRAFT', first: 500 }, { as }))).toContain('call-hidden-draft');
    });

    it('shows a call to everyone once published', async () => {
      await api.graphql(PUBLISH_CALL, { input: { callId: 'call-hidden-draft' } });
      expect((await api.graphql(CALL, { id: 'call-hidden-draft' }, { as: 'applicant' })).data?.call).toMatchObject({ state: 'PUBLISHED', version: 1 });
    });
  });

  it('derives OPEN from the time of the query, and filters by it', async () => {
    await prepareCall(api, 'open-now', 'open');
    expect((await api.graphql(CALL, { id: 'call-open-now' }, { as: 'applicant' })).data?.call.state).toBe('OPEN');
    const open = ids(await api.graphql(CALLS, { state: 'OPEN', first: 500 }, { as: 'applicant' }));
    expect(open).toContain('call-open-now');
    expect(open).not.toContain('call-visible-call');
  });

  it('keeps every version after an amendment, in call(id).versions and in the audit trail', async () => {
    const window = futureWindow();
    const callId = await prepareCall(api, 'amended', 'published', window);
    const [closesAt, later] = [daysFromNow(65), daysFromNow(75)];
    const amended = await api.graphql(AMEND_CALL, {
      input: { callId, terms: callTermsInput({ ...window, closesAt, votingOpensAt: daysFromNow(66), votingClosesAt: later }), reason: 'Info sessions moved: five more days' },
    });
    expect(amended.data?.amendCall).toEqual({ id: callId, version: 2 });
    const call = (await api.graphql(CALL, { id: callId }, { as: 'applicant' })).data?.call;
    expect(call.version).toBe(2);
    expect(call.terms.voting.closesAt).toBe(later);
    expect(call.versions.map(({ version, reason, terms }: any) => ({ version, reason, closesAt: terms.closesAt }))).toEqual([
      { version: 1, reason: null, closesAt: window.closesAt },
      { version: 2, reason: 'Info sessions moved: five more days', closesAt },
    ]);
    expect(call.versions[1].recordedBy).toBe('test:programme-manager');
    const trail = (await api.graphql(AUDIT_TRAIL, { stream: `calls-call-${callId}` }, { as: 'donor-auditor' })).data?.auditTrail;
    expect(trail.events.map((event: { type: string }) => event.type)).toEqual(['CallDrafted', 'CallPublished', 'CallAmended']);
    expect(trail.events[1].data).toMatchObject({ version: 1, terms: { closesAt: window.closesAt } });
    expect(trail.events[2].data).toMatchObject({ version: 2, reason: 'Info sessions moved: five more days' });

    const revised = await refused(REVISE_DRAFT, { callId, terms: callTermsInput(window) });
    expect(revised[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CallNotDraft' });
    const noReason = await refused(AMEND_CALL, { callId, terms: callTermsInput(window), reason: ' ' });
    expect(noReason[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the award before voting closes, appending nothing', async () => {
    const callId = await prepareCall(api, 'voting-open', 'evaluated', {
      opensAt: daysFromNow(-20),
      closesAt: daysFromNow(-10),
      votingOpensAt: daysFromNow(-10),
      votingClosesAt: daysFromNow(5),
    });
    const errors = await refused(AWARD_CALL, { callId });
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'VotingStillOpen' });
    expect((await api.graphql(CALL, { id: callId })).data?.call.state).toBe('EVALUATED');
  });

  it('refuses publishing a call that would open in the past, and an unknown call', async () => {
    const callId = await prepareCall(api, 'stale-draft', 'draft', { opensAt: daysFromNow(-1), closesAt: daysFromNow(10), votingOpensAt: daysFromNow(11), votingClosesAt: daysFromNow(12) });
    expect((await refused(PUBLISH_CALL, { callId }))[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CallOpensInThePast' });
    expect((await refused(PUBLISH_CALL, { callId: 'no-such-call' }))[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'CallNotFound' });
    expect(errorCodes(await api.graphql(CALL, { id: 'no-such-call' }))).toEqual(['NOT_FOUND']);
  });

  it('pages through calls with a cursor', async () => {
    const first = await api.graphql(CALLS, { first: 2 });
    expect(first.data?.calls.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql(CALLS, { first: 500, after: first.data?.calls.pageInfo.endCursor });
    expect([...ids(first), ...ids(second)]).toHaveLength(first.data?.calls.totalCount);
  });
});
