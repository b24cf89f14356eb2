import { v7 as uuidv7 } from 'uuid';
import type { CallAwarded, ProposalSubmitted } from '@makers/calls';
import type { RecordedEvent } from '@makers/event-store';
import { initiativeIdForAward } from '@makers/cofinancing';
import { ProjectionRunnerService } from '../infrastructure/projection-runner.service';
import { openEventStore } from '../infrastructure/open-stores';
import { errorCodes, startApi, type ApiHarness, type ReadModelKind } from '../testing/api-harness';
import { AWARD_PROCESS_IDENTITY, AwardToInitiativesProcess } from './award.process-manager';
import { castBallot, EVALUATOR, scoreProposal, submitProposal, type ExampleProposal } from './call-award.fixtures';
import { AFTER_PAST_CLOSING, ASSIGN_EVALUATOR, AWARD_CALL, CALL_EXAMPLE_MUNICIPALITY_IDS, CALL_EXAMPLE_PROGRAMME_ID, COMPLETE_EVALUATION, PAST_WINDOW, prepareCall, sendCallCommandAt } from './call.mutation-examples';

const RANKING = 'query ($callId: ID!) { ranking(callId: $callId) { proposalId municipalityId rank scorePoints votePoints combined votesFor votesAgainst votesAbstain requestedAmount { amountMinor } funded amount { amountMinor currency } } }';
const AWARD = 'query ($id: ID!) { call(id: $id) { state award { awardedAt rule { scoreWeight votesWeight } budget { amountMinor } totalAwarded { amountMinor currency } ranking { proposalId rank funded } } } }';
const INITIATIVES = '{ initiatives(first: 100) { nodes { id origin { kind callId proposalId } municipalityId title amount { amountMinor currency } } totalCount } }';
const INITIATIVE = 'query ($id: ID!) { initiative(id: $id) { id title origin { callId proposalId } } }';

const [DOBOJ_ISTOK, TREBINJE] = CALL_EXAMPLE_MUNICIPALITY_IDS;
/** USD 25,000 for three proposals: the second-ranked does not fit after the first, the third still does. */
const youthCentre: ExampleProposal = { proposalId: 'youth-centre', title: 'Omladinski centar Doboj Istok', municipalityId: DOBOJ_ISTOK, requestedMinor: 1_500_000, scores: [10, 10, 5] };
const park: ExampleProposal = { proposalId: 'park', title: 'Park mladih Trebinje', municipalityId: TREBINJE, requestedMinor: 1_200_000, scores: [8, 8, 4] };
const paths: ExampleProposal = { proposalId: 'paths', title: 'Sigurne staze do škole', municipalityId: DOBOJ_ISTOK, requestedMinor: 900_000, scores: [6, 6, 3] };

const at = (iso: string) => new Date(iso);
const initiativesStarted = (events: RecordedEvent[]) => events.filter((event) => event.type === 'InitiativeStarted');

/** Until the read models (and the process managers) have everything the store holds. */
const caughtUp = async (api: ApiHarness) => api.app.get(ProjectionRunnerService).waitForPosition(await api.store.headPosition());

/** Polls until `check` holds: a writer outside this app is seen only through the store's subscription. */
const eventually = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await check()) return;
  }
  throw new Error(`Not within ${timeoutMs} ms`);
};

describe.each<ReadModelKind>(['sqlite', 'postgres'])('the award and the initiatives it starts (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let restarted: ApiHarness | undefined;
  let callId: string;

  beforeAll(async () => {
    api = await startApi(readModels);
    callId = await prepareCall(api, 'award', 'open', PAST_WINDOW, { budget: { totalMinor: 2_500_000, perProposalCeilingMinor: 1_500_000 } });
    expect(errorCodes(await api.graphql(ASSIGN_EVALUATOR, { input: { callId, evaluatorId: EVALUATOR.subject } }))).toEqual([]);
    for (const proposal of [youthCentre, park, paths]) await submitProposal(api, callId, proposal, at('2021-07-01T10:00:00+02:00'));
    await sendCallCommandAt(api, AFTER_PAST_CLOSING, { type: 'CloseCall', data: { callId } });
    for (const proposal of [youthCentre, park, paths]) await scoreProposal(api, callId, proposal, at('2021-07-17T10:00:00+02:00'));
    // Secret ballots: the award reads their choices from each proposal's tally stream.
    const during = at('2021-07-25T12:00:00+02:00');
    await castBallot(api, callId, youthCentre.proposalId, 'member-1', 'for', during);
    await castBallot(api, callId, park.proposalId, 'member-1', 'for', during);
    await castBallot(api, callId, park.proposalId, 'member-2', 'for', during);
    await castBallot(api, callId, paths.proposalId, 'member-1', 'against', during);
    expect(errorCodes(await api.graphql(COMPLETE_EVALUATION, { input: { callId } }))).toEqual([]);
  });
  afterAll(async () => {
    await restarted?.close();
    await api.close();
  });

  it('funds in rank order within the budget, skipping one that does not fit, and records the ranking it used', async () => {
    const awarded = await api.graphql(AWARD_CALL, { input: { callId } });
    expect(awarded.data?.awardCall).toEqual({ id: callId, state: 'AWARDED' });

    const ranking = (await api.graphql(RANKING, { callId }, { as: 'applicant' })).data?.ranking;
    expect(ranking).toEqual([
      { proposalId: 'youth-centre', municipalityId: DOBOJ_ISTOK, rank: 1, scorePoints: 10_000, votePoints: 10_000, combined: 10_000, votesFor: 1, votesAgainst: 0, votesAbstain: 0, requestedAmount: { amountMinor: 1_500_000 }, funded: true, amount: { amountMinor: 1_500_000, currency: 'USD' } },
      { proposalId: 'park', municipalityId: TREBINJE, rank: 2, scorePoints: 8_000, votePoints: 10_000, combined: 8_600, votesFor: 2, votesAgainst: 0, votesAbstain: 0, requestedAmount: { amountMinor: 1_200_000 }, funded: false, amount: { amountMinor: 0, currency: 'USD' } },
      { proposalId: 'paths', municipalityId: DOBOJ_ISTOK, rank: 3, scorePoints: 6_000, votePoints: 0, combined: 4_200, votesFor: 0, votesAgainst: 1, votesAbstain: 0, requestedAmount: { amountMinor: 900_000 }, funded: true, amount: { amountMinor: 900_000, currency: 'USD' } },
    ]);
    const call = (await api.graphql(AWARD, { id: callId }, { as: 'donor-auditor' })).data?.call;
    expect(call).toMatchObject({ state: 'AWARDED', award: { rule: { scoreWeight: 70, votesWeight: 30 }, budget: { amountMinor: 2_500_000 }, totalAwarded: { amountMinor: 2_400_000, currency: 'USD' } } });

    const event = (await api.allEvents()).find((recorded) => recorded.type === 'CallAwarded' && recorded.streamName === `calls-call-${callId}`);
    expect((event?.data as CallAwarded['data']).ranking.map(({ proposalId, rank, funded }) => ({ proposalId, rank, funded }))).toEqual(call.award.ranking);
    const awards = await api.graphql('{ awards(first: 10) { nodes { callId totalAwarded { amountMinor } } } }', {}, { as: 'applicant' });
    expect(awards.data?.awards.nodes).toEqual([{ callId, totalAwarded: { amountMinor: 2_400_000 } }]);
    expect(errorCodes(await api.graphql(AWARD_CALL, { input: { callId } }))).toEqual(['CONFLICT']);
  });

  it('starts exactly one initiative for each funded proposal, as the award process, under the award’s correlation id', async () => {
    await caughtUp(api);
    const initiatives = (await api.graphql(INITIATIVES, {}, { as: 'donor-auditor' })).data?.initiatives;
    expect(initiatives.totalCount).toBe(2);
    expect(initiatives.nodes).toEqual(
      expect.arrayContaining([
        { id: initiativeIdForAward(callId, 'youth-centre'), origin: { kind: 'AWARD', callId, proposalId: 'youth-centre' }, municipalityId: DOBOJ_ISTOK, title: 'Omladinski centar Doboj Istok', amount: { amountMinor: 1_500_000, currency: 'USD' } },
        { id: initiativeIdForAward(callId, 'paths'), origin: { kind: 'AWARD', callId, proposalId: 'paths' }, municipalityId: DOBOJ_ISTOK, title: 'Sigurne staze do škole', amount: { amountMinor: 900_000, currency: 'USD' } },
      ]),
    );
    const events = await api.allEvents();
    const awarded = events.find((event) => event.type === 'CallAwarded')!;
    const started = initiativesStarted(events);
    expect(started).toHaveLength(2);
    for (const event of started) {
      // Started when the award was made, whenever the process got to it.
      expect(event.metadata).toMatchObject({ actor: AWARD_PROCESS_IDENTITY.subject, correlationId: awarded.metadata.correlationId, occurredAt: awarded.metadata.occurredAt });
      // The call's programme, whose envelope will hold the initiative's UNDP share.
      expect(event.data).toMatchObject({ programmeId: CALL_EXAMPLE_PROGRAMME_ID });
      expect(event.position).toBeGreaterThan(awarded.position);
    }
    expect(new Set(started.map((event) => event.metadata.causationId)).size).toBe(2);
  });

  it('starts nothing twice when the award is delivered again', async () => {
    const events = await api.allEvents();
    const awarded = events.find((event) => event.type === 'CallAwarded')!;
    await api.app.get(AwardToInitiativesProcess).react(awarded);
    expect((await api.allEvents()).length).toBe(events.length);
  });

  it('starts no second initiative when the app restarts over the same data', async () => {
    const before = initiativesStarted(await api.allEvents()).length;
    await api.stop();
    const { dataDir, databaseUrl, databaseSchema } = api.config;
    restarted = await startApi(readModels, { dataDir, databaseUrl, databaseSchema });
    await caughtUp(restarted);
    expect(initiativesStarted(await restarted.allEvents())).toHaveLength(before);
    // The harness mints tokens with its own new directory's key; the data directory's key is the first app's.
    const answer = await restarted.graphql(INITIATIVES, {}, { as: { token: await api.tokenFor('programme-manager') } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.initiatives.totalCount).toBe(2);
  });

  it('reacts to an award another writer appended to the store, not to the in-process bus', async () => {
    const app = restarted!;
    const as = { token: await api.tokenFor('programme-manager') };
    const otherCallId = 'award-by-another-writer';
    const writer = openEventStore(app.config);
    const metadata = { actor: 'test:another-writer', occurredAt: new Date().toISOString(), correlationId: uuidv7(), causationId: uuidv7(), schemaVersion: 1 };
    const submitted: ProposalSubmitted['data'] = {
      proposalId: 'kiosk',
      callId: otherCallId,
      version: 1,
      submittedBy: 'test:applicant',
      submittedAt: '2021-07-01T10:00:00+02:00',
      applicant: { name: 'Neformalna grupa mladih', type: 'informal-youth-group' },
      municipalityId: TREBINJE,
      title: 'Info kiosk za mlade',
      summary: 'Kiosk s informacijama o programima za mlade.',
      budgetLines: [{ description: 'Kiosk', amount: { amountMinor: 500_000, currency: 'USD' } }],
      requestedAmount: { amountMinor: 500_000, currency: 'USD' },
      coFinancingOffered: { amountMinor: 0, currency: 'USD' },
      priority: null,
      callVersion: 1,
    };
    const award: CallAwarded['data'] = {
      callId: otherCallId,
      awardedAt: new Date().toISOString(),
      rule: { scoreWeight: 100, votesWeight: 0 },
      budget: { amountMinor: 500_000, currency: 'USD' },
      ranking: [
        {
          proposalId: 'kiosk',
          municipalityId: TREBINJE,
          rank: 1,
          scorePoints: 7_000,
          votePoints: 0,
          combined: 7_000,
          votes: { for: 0, against: 0, abstain: 0 },
          requestedAmount: { amountMinor: 500_000, currency: 'USD' },
          funded: true,
          amount: { amountMinor: 500_000, currency: 'USD' },
        },
      ],
      totalAwarded: { amountMinor: 500_000, currency: 'USD' },
    };
    // The other writer drafted its call in the same programme: the award's initiatives are started in the call's programme.
    const drafted = (await app.allEvents()).find((event) => event.type === 'CallDrafted' && event.streamName === `calls-call-${callId}`)!;
    try {
      await writer.appendToStream(`calls-call-${otherCallId}`, [{ id: uuidv7(), type: 'CallDrafted', data: { ...(drafted.data as object), callId: otherCallId }, metadata }]);
      await writer.appendToStream('calls-proposal-kiosk', [{ id: uuidv7(), type: 'ProposalSubmitted', data: submitted, metadata }]);
      await writer.appendToStream(`calls-call-${otherCallId}`, [{ id: uuidv7(), type: 'CallAwarded', data: award, metadata }]);
    } finally {
      await writer.close();
    }
    const id = initiativeIdForAward(otherCallId, 'kiosk');
    await eventually(async () => (await app.graphql(INITIATIVE, { id }, { as })).data?.initiative != null);
    expect((await app.graphql(INITIATIVE, { id }, { as })).data?.initiative).toEqual({ id, title: 'Info kiosk za mlade', origin: { callId: otherCallId, proposalId: 'kiosk' } });
  }, 20_000);
});
