import {
  initiativeIdForAward,
  type AgreementAmended,
  type AgreementSigned,
  type CommitmentReleased,
  type CommitmentReserved,
  type DisbursementApproved,
  type DisbursementPaid,
  type DisbursementRequested,
  type InitiativeStarted,
} from '@makers/cofinancing';
import { historyDigest, type RecordedEvent } from '@makers/event-store';
import { makersProgramme } from '@makers/demo-data';
import { startApi, type ApiHarness } from '../testing/api-harness';
import { seedDemoData, type SeedSummary } from './seed-demo-data';

const INTER_ENTITY = 'novo-sarajevo-istocno-novo-sarajevo';

/** What a programme manager's dashboards show: every figure that must survive a person being forgotten. */
const DASHBOARDS = /* GraphQL */ `
  query Dashboards($platformId: ID!, $trainingId: ID!) {
    platformStatistics { platforms interMunicipal interEntity byState { state count } members { total bySex { sex count } byRole { role count } } }
    platform(id: $platformId) { memberCounts { total bySex { sex count } byRoleAndSex { role sex count } } }
    meetings(platformId: $platformId, first: 50) {
      nodes { id state quorumMet attendance { members guests youth total bySexAndAgeGroup { sex ageGroup count } } }
    }
    training(id: $trainingId) { participation { enrolled attended completed bySexAndAgeGroup { sex ageGroup enrolled attended completed } } }
    byPlatform: volunteerHoursSummary(groupBy: PLATFORM) { totals { entries total { minutes } verified { minutes } pending { minutes } } groups { key total { minutes } } }
    byMunicipality: volunteerHoursSummary(groupBy: MUNICIPALITY) { groups { key total { minutes } } }
    byMonth: volunteerHoursSummary(groupBy: MONTH) { groups { key total { minutes } } }
  }`;

describe('the MAKERS demo data, as the API serves it', () => {
  let api: ApiHarness;
  let seeded: SeedSummary;

  beforeAll(async () => {
    api = await startApi('sqlite');
    seeded = await seedDemoData(api.app);
  }, 60_000);
  afterAll(() => api.close());

  it('seeds once: a second run applies nothing, finds every command’s work already there and meets no other refusal', async () => {
    expect(seeded.skipped).toBe(0);
    const recorded = (await api.allEvents()).length;
    // The seeder throws on any refusal outside "already done", so a second run that returns met none.
    expect(await seedDemoData(api.app)).toEqual({ applied: 0, skipped: seeded.applied });
    expect((await api.allEvents()).length).toBe(recorded);
  }, 60_000);

  it('has platforms in all 14 municipalities, among them inter-entity ones', async () => {
    const { data, errors } = await api.graphql(`{
      platforms(first: 50) { totalCount nodes { id interMunicipal interEntity municipalities { id } } }
      municipalities(first: 50) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data.platforms.totalCount).toBe(11);
    const covered = new Set(data.platforms.nodes.flatMap((node: { municipalities: { id: string }[] }) => node.municipalities.map((m) => m.id)));
    expect(covered.size).toBe(data.municipalities.totalCount);
    const flags = Object.fromEntries(data.platforms.nodes.map((node: { id: string; interMunicipal: boolean; interEntity: boolean }) => [node.id, [node.interMunicipal, node.interEntity]]));
    expect(flags[INTER_ENTITY]).toEqual([true, true]);
    expect(flags['doboj-doboj-istok']).toEqual([true, true]);
    expect(flags['travnik-novi-travnik']).toEqual([true, false]);
    expect(flags['mostar']).toEqual([false, false]);
  });

  it('shows the inter-entity platform institutionalised, with its members, milestones, meetings and decisions', async () => {
    const { data, errors } = await api.graphql(
      `query ($id: ID!) {
        platform(id: $id) {
          state members { person { name } } milestones { kind }
          meetings(first: 10) { nodes { id state quorumMet } }
          decisions(first: 10) { nodes { id status supersededBy } }
          priorities(first: 10) { nodes { id title } }
        }
      }`,
      { id: INTER_ENTITY },
    );
    expect(errors).toBeUndefined();
    expect(data.platform.state).toBe('INSTITUTIONALISED');
    expect(data.platform.members.map((member: { person: { name: string } }) => member.person.name)).toEqual(expect.arrayContaining(['Amila Hodžić', 'Никола Савић']));
    expect(data.platform.milestones.map((milestone: { kind: string }) => milestone.kind)).toEqual(['METHODOLOGY_ADOPTED', 'ADVISORY_MECHANISM_RECOGNISED']);
    expect(data.platform.meetings.nodes.map((meeting: { state: string }) => meeting.state)).toEqual(['HELD', 'HELD', 'CANCELLED', 'HELD']);
    const decisions = Object.fromEntries(data.platform.decisions.nodes.map((decision: { id: string }) => [decision.id, decision]));
    expect(decisions[`${INTER_ENTITY}-d2`]).toMatchObject({ status: 'SUPERSEDED', supersededBy: `${INTER_ENTITY}-d4` });
    expect(decisions[`${INTER_ENTITY}-d4`]).toMatchObject({ status: 'STANDING' });
    expect(data.platform.priorities.nodes).toEqual([{ id: `${INTER_ENTITY}-p1`, title: 'Zajednički omladinski centar na međuentitetskoj liniji' }]);
  });

  it('answers priorities, trainings and volunteer hours across the programme', async () => {
    const { data, errors } = await api.graphql(`{
      priorities(first: 50) { totalCount }
      trainings(first: 50) { totalCount nodes { id topics participation { enrolled completed } } }
      byPlatform: volunteerHoursSummary(groupBy: PLATFORM) { totals { total { minutes } } groups { total { minutes } } }
      byMonth: volunteerHoursSummary(groupBy: MONTH) { groups { key total { minutes } } }
      missedQuorum: meetings(platformId: "pale", first: 10) { nodes { quorumMet } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.priorities.totalCount).toBe(11);
    expect(data.trainings.totalCount).toBe(4);
    const sum = (groups: { total: { minutes: number } }[]) => groups.reduce((total, group) => total + group.total.minutes, 0);
    expect(sum(data.byPlatform.groups)).toBe(data.byPlatform.totals.total.minutes);
    expect(sum(data.byMonth.groups)).toBe(data.byPlatform.totals.total.minutes);
    expect(data.missedQuorum.nodes.map((meeting: { quorumMet: boolean }) => meeting.quorumMet)).toContain(false);
  });

  it('runs the MAKERS open call to its award: proposals from several municipalities, secret votes, paper ballots, an appeal', async () => {
    const { data, errors } = await api.graphql(`{
      call(id: "makers-open-call-2021") { state award { totalAwarded { amountMinor currency } budget { amountMinor } ranking { proposalId rank funded } } }
      proposals(callId: "makers-open-call-2021", first: 50) { totalCount nodes { municipalityId } }
      trebinje: proposalTally(proposalId: "kulturno-ljeto-trebinje") { online { for against abstain } paper { for against abstain } total { for } voters }
      voters: proposalVoters(proposalId: "kulturno-ljeto-trebinje", first: 10) { nodes { voterId secret choice } }
      appeals(callId: "makers-open-call-2021", first: 10) { nodes { proposalId decision { upheld } } }
      initiatives(first: 50) { nodes { id origin { kind } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.call.state).toBe('AWARDED');
    expect(new Set(data.proposals.nodes.map((node: { municipalityId: string }) => node.municipalityId)).size).toBe(data.proposals.totalCount);
    const { award } = data.call;
    expect(award.totalAwarded.amountMinor).toBeLessThanOrEqual(award.budget.amountMinor);
    const funded = award.ranking.filter((entry: { funded: boolean }) => entry.funded).map((entry: { proposalId: string }) => entry.proposalId);
    expect(funded.length).toBeGreaterThan(0);
    expect(funded.length).toBeLessThan(award.ranking.length);
    // Paper ballots are added to the online tally and shown apart; a secret ballot's choice is never shown with its voter.
    expect(data.trebinje.paper).toEqual({ for: 14, against: 3, abstain: 2 });
    expect(data.trebinje.total.for).toBe(data.trebinje.online.for + data.trebinje.paper.for);
    expect(data.voters.nodes.length).toBe(data.trebinje.voters);
    expect(data.voters.nodes.every((voter: { secret: boolean; choice: string | null }) => voter.secret && voter.choice === null)).toBe(true);
    expect(data.appeals.nodes).toEqual([{ proposalId: 'medijska-pismenost-brcko', decision: { upheld: false } }]);
    // The award started one initiative for each funded proposal, and only those (others start from platform priorities).
    const fromAward = data.initiatives.nodes.filter((node: { origin: { kind: string } }) => node.origin.kind === 'AWARD').map((node: { id: string }) => node.id);
    expect(fromAward.sort()).toEqual(funded.map((proposalId: string) => initiativeIdForAward('makers-open-call-2021', proposalId)).sort());
  });

  it('co-finances at least eight initiatives across the municipalities, paid in USD and BAM over two years, four eyes on every approval, within the envelope', async () => {
    const events = await api.allEvents();
    const data = <Event extends { type: string; data: unknown }>(type: Event['type']) =>
      events.filter((event: RecordedEvent) => event.type === type).map((event) => event.data as Event['data']);

    const municipalityOf = new Map(data<InitiativeStarted>('InitiativeStarted').map((started) => [started.initiativeId, started.municipalityId]));
    const inForce = new Map<string, AgreementSigned['data'] | AgreementAmended['data']>();
    for (const event of events) if (event.type === 'AgreementSigned' || event.type === 'AgreementAmended') inForce.set((event.data as AgreementSigned['data']).initiativeId, event.data as AgreementSigned['data']);
    const coFinanced = [...inForce.values()].filter((agreement) => agreement.parties.some((party) => party.kind === 'municipality' && party.amount.amountMinor > 0));
    expect(coFinanced.length).toBeGreaterThanOrEqual(8);
    expect(new Set(coFinanced.map((agreement) => municipalityOf.get(agreement.initiativeId))).size).toBeGreaterThanOrEqual(8);
    expect(data<AgreementAmended>('AgreementAmended').length).toBeGreaterThan(0);

    const paid = data<DisbursementPaid>('DisbursementPaid');
    expect(new Set(paid.map((payment) => payment.amount.currency))).toEqual(new Set(['USD', 'BAM']));
    expect(new Set(paid.map((payment) => payment.valueDate.slice(0, 4)))).toEqual(new Set(['2022', '2023']));

    const requestedBy = new Map(data<DisbursementRequested>('DisbursementRequested').map((request) => [request.disbursementId, request.requestedBy]));
    const approvals = data<DisbursementApproved>('DisbursementApproved');
    expect(approvals.length).toBe(paid.length);
    expect(approvals.filter((approval) => !requestedBy.has(approval.disbursementId) || approval.approvedBy === requestedBy.get(approval.disbursementId))).toEqual([]);

    const reserved =
      data<CommitmentReserved>('CommitmentReserved').reduce((sum, reservation) => sum + reservation.changeUsdMinor, 0) -
      data<CommitmentReleased>('CommitmentReleased').reduce((sum, release) => sum + release.changeUsdMinor, 0);
    expect(reserved).toBe([...inForce.values()].reduce((sum, agreement) => sum + agreement.undpCommitmentUsdMinor, 0));
    expect(reserved).toBeGreaterThan(0);
    expect(reserved).toBeLessThanOrEqual(makersProgramme.budgetEnvelope.amountMinor);

    // The dashboards say the same.
    const { data: served, errors } = await api.graphql(`{
      initiatives(coFinanced: true, first: 50) { totalCount nodes { municipalityId state } }
      envelope(programmeId: "makers") { committed { amountMinor currency } }
      budgetExecutionYears(programmeId: "makers")
    }`);
    expect(errors).toBeUndefined();
    expect(served.initiatives.totalCount).toBe(coFinanced.length);
    expect(new Set(served.initiatives.nodes.map((node: { municipalityId: string }) => node.municipalityId)).size).toBe(served.initiatives.totalCount);
    expect(served.initiatives.nodes.map((node: { state: string }) => node.state)).toEqual(expect.arrayContaining(['AGREED', 'COMPLETED', 'CLOSED']));
    expect(served.envelope.committed).toEqual({ amountMinor: reserved, currency: 'USD' });
    expect(served.budgetExecutionYears).toEqual([2022, 2023]);
  });

  it('forgets a person: erased everywhere, while the history still verifies and no dashboard figure changes', async () => {
    const variables = { platformId: INTER_ENTITY, trainingId: 'advocacy-leadership-sarajevo-2020' };
    const before = await api.graphql(DASHBOARDS, variables);
    expect(before.errors ?? []).toEqual([]);
    const recorded = await historyDigest(api.store);

    const forgotten = await api.graphql(`mutation { forgetPerson(input: { personId: "nikola-savic", reason: "Asked to be forgotten" }) { id name erased } }`, undefined, {
      as: 'administrator',
    });
    expect(forgotten.data?.forgetPerson).toEqual({ id: 'nikola-savic', name: null, erased: true });

    expect(await api.graphql(DASHBOARDS, variables)).toEqual(before);
    expect(await historyDigest(api.store, { upTo: recorded.lastPosition })).toEqual(recorded);
    const members = await api.graphql(`query ($id: ID!) { platform(id: $id) { members { person { name erased } } } }`, { id: INTER_ENTITY });
    expect(members.data.platform.members).toContainEqual({ person: { name: null, erased: true } });
    expect(JSON.stringify(await api.allEvents())).not.toContain('Никола Савић');
  });
});
