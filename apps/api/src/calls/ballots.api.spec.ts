import { identity, type Identity } from '@makers/kernel';
import { ballotBoxStreamName, secretTallyStreamName } from '@makers/calls';
import { errorCodes, startApi, type ApiHarness, type Caller, type GraphQLResponse, type ReadModelKind } from '../testing/api-harness';
import { CAST_BALLOT, paperTallyInput, prepareVote, RECORD_PAPER_TALLY } from './ballots.mutation-examples';
import { SECRET_TALLY_ACTOR } from './ballots.handlers';
import { preparePlatform } from '../platforms/platforms.mutation-examples';

const TALLY = /* GraphQL */ `
  query ($proposalId: ID!) {
    proposalTally(proposalId: $proposalId) {
      online { for against abstain } paper { for against abstain } total { for against abstain } voters
      paperTallies { id platformId meetingId for against abstain evidence { reference documentUrl } }
    }
  }`;
const VOTERS = /* GraphQL */ `
  query ($proposalId: ID!) { proposalVoters(proposalId: $proposalId, first: 50) { nodes { voterId secret choice castAt } totalCount } }`;
const PROPOSAL = /* GraphQL */ `
  query ($id: ID!) { proposal(id: $id) { id applicant { name } title summary state version score award { rank } versions { version title } submittedByYou } }`;
const AUDIT_TRAIL = /* GraphQL */ `
  query ($stream: String!) { auditTrail(stream: $stream) { events { type actor correlationId causationId data } } }`;

describe.each<ReadModelKind>(['sqlite', 'postgres'])('ballots over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let calls = 0;
  const unique = () => `b${++calls}-${readModels}`;

  beforeAll(async () => {
    api = await startApi(readModels);
    // The example platforms' programme and partners, recorded once: the tests then time only what they are about.
    await preparePlatform(api, `warm-up-${readModels}`, 'formed');
  }, 30_000);
  afterAll(() => api.close());

  const member = (name: string, platformId: string): Identity => identity(`member-${name}`, ['platform-member'], { platformIds: [platformId] });
  const moderator = (name: string, platformId: string): Identity => identity(`moderator-${name}`, ['platform-moderator'], { platformIds: [platformId] });

  const refused = async (document: string, input: Record<string, unknown>, as: Caller) => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(document, { input }, { as });
    expect(response.data ?? null).toBeNull();
    expect((await api.allEvents()).length).toBe(before);
    return (response.errors ?? []).map((error) => ({ code: error.extensions?.code, rule: error.extensions?.rule }));
  };
  const succeeded = <Data>(response: GraphQLResponse<Data>): Data => {
    expect(response.errors ?? []).toEqual([]);
    return response.data as Data;
  };
  const vote = (proposalId: string, choice: string, as: Identity) => api.graphql(CAST_BALLOT, { input: { proposalId, choice } }, { as });

  it('counts exactly one of two ballots the same member casts at once; the other is refused AlreadyVoted', async () => {
    const id = unique();
    const { proposalId, platformId } = await prepareVote(api, id);
    const voter = member(id, platformId);
    const before = (await api.allEvents()).length;

    const answers = await Promise.all([vote(proposalId, 'FOR', voter), vote(proposalId, 'AGAINST', voter)]);

    const outcomes = answers.map((answer) => (answer.errors?.length ? `${answer.errors[0].extensions?.code} ${answer.errors[0].extensions?.rule}` : 'counted'));
    expect(outcomes.sort()).toEqual(['CONFLICT AlreadyVoted', 'counted']);
    const appended = (await api.allEvents()).slice(before);
    expect(appended.map((event) => event.type)).toEqual(['BallotCast']);
    const counted = answers.find((answer) => !answer.errors?.length)?.data?.castBallot;
    const { proposalTally } = succeeded(await api.graphql(TALLY, { proposalId }));
    expect(proposalTally.voters).toBe(1);
    expect(proposalTally.online).toEqual(counted.choice === 'FOR' ? { for: 1, against: 0, abstain: 0 } : { for: 0, against: 1, abstain: 0 });
    expect(await refused(CAST_BALLOT, { proposalId, choice: 'ABSTAIN' }, voter)).toEqual([{ code: 'CONFLICT', rule: 'AlreadyVoted' }]);
  });

  it('counts every member once when many vote at once', async () => {
    const id = unique();
    const { proposalId, platformId } = await prepareVote(api, id);
    const choices = ['FOR', 'FOR', 'AGAINST', 'FOR', 'ABSTAIN', 'AGAINST', 'FOR', 'FOR'];
    const answers = await Promise.all(choices.map((choice, index) => vote(proposalId, choice, member(`${id}-${index}`, platformId))));
    expect(answers.flatMap((answer) => errorCodes(answer))).toEqual([]);
    expect(succeeded(await api.graphql(TALLY, { proposalId })).proposalTally).toMatchObject({ online: { for: 5, against: 2, abstain: 1 }, voters: 8 });
  });

  it('with secret ballots shows who voted and the tallies, never a member’s choice: not in the proposal, the voters, or the ballot box’s audit trail', async () => {
    const id = unique();
    const { proposalId, platformId } = await prepareVote(api, id, { secret: true });
    const [amra, nikola] = [member(`amra-${id}`, platformId), member(`nikola-${id}`, platformId)];
    expect(succeeded(await vote(proposalId, 'AGAINST', amra)).castBallot).toMatchObject({ voterId: amra.subject, secret: true, choice: null });
    succeeded(await vote(proposalId, 'FOR', nikola));

    const { proposalTally } = succeeded(await api.graphql(TALLY, { proposalId }));
    expect(proposalTally).toMatchObject({ online: { for: 1, against: 1, abstain: 0 }, total: { for: 1, against: 1, abstain: 0 }, voters: 2 });

    const voters = succeeded(await api.graphql(VOTERS, { proposalId }, { as: 'donor-auditor' })).proposalVoters;
    expect(voters.nodes.map(({ voterId, secret, choice }: any) => ({ voterId, secret, choice }))).toEqual([
      { voterId: amra.subject, secret: true, choice: null },
      { voterId: nikola.subject, secret: true, choice: null },
    ]);

    const proposal = succeeded(await api.graphql(PROPOSAL, { id: proposalId }, { as: amra })).proposal;
    expect(JSON.stringify(proposal)).not.toMatch(/against|"for"|amra/i);

    const ballotBox = succeeded(await api.graphql(AUDIT_TRAIL, { stream: ballotBoxStreamName(proposalId) }, { as: 'donor-auditor' })).auditTrail.events;
    expect(ballotBox.map((event: any) => event.data)).toEqual([
      { proposalId, voterId: amra.subject, secret: true },
      { proposalId, voterId: nikola.subject, secret: true },
    ]);
    expect(JSON.stringify(ballotBox)).not.toMatch(/against|choice/i);

    // The counted choices name no voter: another actor, and ids that point back to no ballot.
    const counted = succeeded(await api.graphql(AUDIT_TRAIL, { stream: secretTallyStreamName(proposalId) }, { as: 'donor-auditor' })).auditTrail.events;
    expect(counted.map((event: any) => [event.type, event.actor, event.data.choice])).toEqual([
      ['SecretVoteCounted', SECRET_TALLY_ACTOR, 'against'],
      ['SecretVoteCounted', SECRET_TALLY_ACTOR, 'for'],
    ]);
    const ballotIds = ballotBox.flatMap((event: any) => [event.correlationId, event.causationId]);
    expect(counted.flatMap((event: any) => [event.correlationId, event.causationId]).filter((counter: string) => ballotIds.includes(counter))).toEqual([]);
  });

  it('with open ballots shows each member’s choice to those who read the voters', async () => {
    const id = unique();
    const { proposalId, platformId } = await prepareVote(api, id, { secret: false });
    succeeded(await vote(proposalId, 'ABSTAIN', member(id, platformId)));
    expect(succeeded(await api.graphql(VOTERS, { proposalId })).proposalVoters.nodes).toMatchObject([{ voterId: member(id, platformId).subject, secret: false, choice: 'ABSTAIN' }]);
    expect(errorCodes(await api.graphql(VOTERS, { proposalId }, { as: 'platform-member' }))).toEqual(['FORBIDDEN']);
  });

  it('refuses a member of a platform that does not cover the proposal’s municipality (VoterNotEligible), and appends nothing', async () => {
    const id = unique();
    const { proposalId } = await prepareVote(api, id);
    expect(await refused(CAST_BALLOT, { proposalId, choice: 'FOR' }, member(id, 'platform-elsewhere'))).toEqual([{ code: 'FORBIDDEN', rule: 'VoterNotEligible' }]);
  });

  it('adds paper ballots to the online tally and shows them apart, with their evidence', async () => {
    const id = unique();
    const { proposalId, platformId } = await prepareVote(api, id);
    succeeded(await vote(proposalId, 'FOR', member(id, platformId)));
    const recorded = succeeded(await api.graphql(RECORD_PAPER_TALLY, { input: paperTallyInput(proposalId, platformId, `tally-${id}`) }, { as: moderator(id, platformId) }));
    expect(recorded.recordPaperBallotTally).toMatchObject({ id: `tally-${id}`, for: 14, against: 3, abstain: 2 });

    expect(succeeded(await api.graphql(TALLY, { proposalId }, { as: 'applicant' })).proposalTally).toEqual({
      online: { for: 1, against: 0, abstain: 0 },
      paper: { for: 14, against: 3, abstain: 2 },
      total: { for: 15, against: 3, abstain: 2 },
      voters: 1,
      paperTallies: [
        {
          id: `tally-${id}`,
          platformId,
          meetingId: null,
          for: 14,
          against: 3,
          abstain: 2,
          evidence: { reference: 'Zapisnik sa sjednice platforme 7/2021', documentUrl: 'https://makers.example.org/zapisnici/7-2021.pdf' },
        },
      ],
    });
    expect(await refused(RECORD_PAPER_TALLY, paperTallyInput(proposalId, platformId, `tally-${id}`), moderator(id, platformId))).toEqual([
      { code: 'CONFLICT', rule: 'PaperTallyAlreadyRecorded' },
    ]);
    expect(await refused(RECORD_PAPER_TALLY, paperTallyInput(proposalId, platformId, `other-${id}`), moderator(id, 'platform-elsewhere'))).toMatchObject([{ code: 'FORBIDDEN' }]);
    expect(await refused(RECORD_PAPER_TALLY, { ...paperTallyInput(proposalId, platformId, `bad-${id}`), evidence: { reference: 'Zapisnik', documentUrl: 'http://insecure.example.org/z.pdf' } }, moderator(id, platformId))).toMatchObject([
      { code: 'BAD_USER_INPUT' },
    ]);
  });
});
