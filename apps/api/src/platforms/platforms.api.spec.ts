import { identity } from '@makers/kernel';
import { FORGET_PERSON, REGISTER_PERSON, registerPersonInput } from '../people/people.mutation-examples';
import { errorCodes, startApi, type ApiHarness, type Caller, type GraphQLResponse, type ReadModelKind } from '../testing/api-harness';
import { ADD_PARTNER, REGISTER_MUNICIPALITY, REGISTER_PROGRAMME, registerProgrammeInput } from '../programme/programme.mutation-examples';

const PLATFORM_FIELDS = `
  id name interMunicipal interEntity state stateReason institutionalisedOn quorumRule { kind members percent } membersShown
  municipalities { id name entity }
  coChairs { seat filled since person { personId name erased } }
  members { person { personId name erased } role sex joinedOn leftOn current }
  memberCounts { total byRole { role count } bySex { sex count } }
  milestones { id kind municipality { id name } achievedOn referenceNumber documentUrl call { reference amount { amountMinor currency } } }
`;
const mutation = (name: string, input: string) => /* GraphQL */ `mutation ($input: ${input}!) { ${name}(input: $input) { ${PLATFORM_FIELDS} } }`;
const FORM = mutation('formPlatform', 'FormPlatformInput');
const ADMIT = mutation('admitMember', 'AdmitMemberInput');
const LEFT = mutation('recordMemberLeft', 'RecordMemberLeftInput');
const CO_CHAIRS = mutation('nameCoChairs', 'NameCoChairsInput');
const QUORUM = mutation('setQuorumRule', 'SetQuorumRuleInput');
const ACTIVATE = mutation('activatePlatform', 'ActivatePlatformInput');
const MILESTONE = mutation('recordInstitutionalisationMilestone', 'RecordInstitutionalisationMilestoneInput');
const DORMANT = mutation('markPlatformDormant', 'MarkPlatformDormantInput');
const REVIVE = mutation('revivePlatform', 'RevivePlatformInput');
const CLOSE = mutation('closePlatform', 'ClosePlatformInput');
const PLATFORM = `query ($id: ID!) { platform(id: $id) { ${PLATFORM_FIELDS} } }`;
const PLATFORMS = /* GraphQL */ `
  query ($municipalityId: ID, $entity: Entity, $state: PlatformState, $first: Int!, $after: String) {
    platforms(municipalityId: $municipalityId, entity: $entity, state: $state, first: $first, after: $after) {
      nodes { id name state } pageInfo { endCursor hasNextPage } totalCount
    }
  }`;
const STATISTICS = /* GraphQL */ `
  query ($municipalityId: ID, $entity: Entity, $state: PlatformState) {
    platformStatistics(municipalityId: $municipalityId, entity: $entity, state: $state) {
      platforms interMunicipal interEntity byState { state count }
      members { total byRole { role count } bySex { sex count } byRoleAndSex { role sex count } }
    }
  }`;

const municipalities = [
  { id: 'novo-sarajevo', name: 'Novo Sarajevo', entity: 'FBIH' },
  { id: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' },
  { id: 'doboj', name: 'Doboj', nameCyrillic: 'Добој', entity: 'RS' },
  { id: 'doboj-istok', name: 'Doboj Istok', entity: 'FBIH' },
  { id: 'travnik', name: 'Travnik', entity: 'FBIH' },
  { id: 'brcko', name: 'Brčko', nameCyrillic: 'Брчко', entity: 'BD' },
];
const people = [
  { id: 'amina-hodzic', name: 'Amina Hodžić', sex: 'FEMALE', yearOfBirth: 2002 },
  { id: 'dragan-petrovic', name: 'Драган Петровић', sex: 'MALE', yearOfBirth: 1979 },
  { id: 'nikola-savic', name: 'Nikola Savić', sex: 'MALE', yearOfBirth: 2000 },
  { id: 'lejla-begic', name: 'Lejla Begić', sex: 'FEMALE', yearOfBirth: 1990 },
  { id: 'mirela-jukic', name: 'Mirela Jukić', sex: 'FEMALE', yearOfBirth: 2003 },
];

const SARAJEVO = 'novo-sarajevo-istocno-novo-sarajevo';
const DOBOJ = 'doboj-doboj-istok';
const TRAVNIK = 'travnik';
const dobojOfficer = identity('officer@doboj.example', ['municipal-officer'], { municipalityIds: ['doboj'] });

describe.each<ReadModelKind>(['sqlite', 'postgres'])('platforms over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;

  const ok = async (query: string, input: Record<string, unknown>, as: Caller = 'programme-manager'): Promise<GraphQLResponse> => {
    const response = await api.graphql(query, { input }, { as });
    expect(errorCodes(response)).toEqual([]);
    return response;
  };

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (query: string, input: Record<string, unknown>, as: Caller = 'programme-manager') => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(query, { input }, { as });
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };

  beforeAll(async () => {
    api = await startApi(readModels);
    const as = 'administrator';
    expect(errorCodes(await api.graphql(REGISTER_PROGRAMME, { input: registerProgrammeInput('makers') }, { as }))).toEqual([]);
    for (const input of municipalities) {
      expect(errorCodes(await api.graphql(REGISTER_MUNICIPALITY, { input }, { as }))).toEqual([]);
      expect(errorCodes(await api.graphql(ADD_PARTNER, { input: { programmeId: 'makers', municipalityId: input.id } }, { as }))).toEqual([]);
    }
    for (const { id, ...person } of people) {
      expect(errorCodes(await api.graphql(REGISTER_PERSON, { input: { ...registerPersonInput(id), ...person } }, { as }))).toEqual([]);
    }
    await ok(FORM, { id: SARAJEVO, name: 'Platforma Novo Sarajevo – Istočno Novo Sarajevo', municipalityIds: ['novo-sarajevo', 'istocno-novo-sarajevo'] });
    await ok(FORM, { id: DOBOJ, name: 'Doboj – Doboj Istok', municipalityIds: ['doboj', 'doboj-istok'] });
    await ok(FORM, { id: TRAVNIK, name: 'Platforma Travnik', municipalityIds: ['travnik'], quorum: { kind: 'MINIMUM', members: 3 } });
  }, 60_000);
  afterAll(() => api.close());

  it('reports a platform of Novo Sarajevo and Istočno Novo Sarajevo as inter-municipal and inter-entity, forming, with a majority quorum', async () => {
    const response = await api.graphql(PLATFORM, { id: SARAJEVO });
    expect(response.data?.platform).toMatchObject({
      name: 'Platforma Novo Sarajevo – Istočno Novo Sarajevo',
      interMunicipal: true,
      interEntity: true,
      state: 'FORMING',
      quorumRule: { kind: 'MAJORITY', members: null, percent: null },
      municipalities: [
        { id: 'novo-sarajevo', name: 'Novo Sarajevo', entity: 'FBIH' },
        { id: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', entity: 'RS' },
      ],
      coChairs: [
        { seat: 'YOUNG_ACTIVIST', filled: false, since: null, person: null },
        { seat: 'MUNICIPAL_STAFF', filled: false, since: null, person: null },
      ],
      members: [],
      milestones: [],
    });
    const travnik = await api.graphql(PLATFORM, { id: TRAVNIK });
    expect(travnik.data?.platform).toMatchObject({ interMunicipal: false, interEntity: false, quorumRule: { kind: 'MINIMUM', members: 3 } });
  });

  it('admits members with their roles and shows them by name to those who run the platform', async () => {
    await ok(ADMIT, { platformId: SARAJEVO, personId: 'amina-hodzic', role: 'YOUNG_ACTIVIST', joinedOn: '2021-03-01' });
    await ok(ADMIT, { platformId: SARAJEVO, personId: 'dragan-petrovic', role: 'MUNICIPAL_STAFF', joinedOn: '2021-03-01' });
    const response = await ok(ADMIT, { platformId: SARAJEVO, personId: 'nikola-savic', role: 'YOUNG_ACTIVIST', joinedOn: '2021-03-05' });
    expect(response.data?.admitMember).toMatchObject({
      membersShown: true,
      members: [
        { person: { personId: 'amina-hodzic', name: 'Amina Hodžić', erased: false }, role: 'YOUNG_ACTIVIST', sex: 'FEMALE', joinedOn: '2021-03-01', leftOn: null, current: true },
        { person: { personId: 'dragan-petrovic', name: 'Драган Петровић' }, role: 'MUNICIPAL_STAFF', sex: 'MALE', current: true },
        { person: { personId: 'nikola-savic', name: 'Nikola Savić' }, role: 'YOUNG_ACTIVIST', sex: 'MALE', joinedOn: '2021-03-05' },
      ],
      memberCounts: { total: 3, bySex: [{ sex: 'FEMALE', count: 1 }, { sex: 'MALE', count: 2 }, { sex: 'OTHER', count: 0 }, { sex: 'UNDISCLOSED', count: 0 }] },
    });
  });

  it('refuses a person admitted twice while active (CONFLICT), appending nothing', async () => {
    const errors = await refused(ADMIT, { platformId: SARAJEVO, personId: 'amina-hodzic', role: 'CITIZEN', joinedOn: '2021-04-01' });
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'MemberAlreadyActive' });
  });

  it('refuses a person nobody registered (NOT_FOUND) and a joining date in the future, appending nothing', async () => {
    const unknown = await refused(ADMIT, { platformId: SARAJEVO, personId: 'nobody', role: 'CITIZEN', joinedOn: '2021-04-01' });
    expect(unknown[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PersonNotFound' });
    const future = await refused(ADMIT, { platformId: SARAJEVO, personId: 'lejla-begic', role: 'CITIZEN', joinedOn: '2999-01-01' });
    expect(future[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'joinedOn' });
  });

  it('refuses activation before both co-chairs are named (CONFLICT), appending nothing', async () => {
    const errors = await refused(ACTIVATE, { platformId: SARAJEVO });
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CoChairsNotNamed' });
  });

  it('refuses a co-chair of the wrong role, then names both co-chairs and activates the platform', async () => {
    const wrongRole = await refused(CO_CHAIRS, { platformId: SARAJEVO, youngActivistId: 'amina-hodzic', municipalStaffId: 'nikola-savic', namedOn: '2021-03-10' });
    expect(wrongRole[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalStaffId' });
    const named = await ok(CO_CHAIRS, { platformId: SARAJEVO, youngActivistId: 'amina-hodzic', municipalStaffId: 'dragan-petrovic', namedOn: '2021-03-10' });
    expect(named.data?.nameCoChairs.coChairs).toEqual([
      { seat: 'YOUNG_ACTIVIST', filled: true, since: '2021-03-10', person: { personId: 'amina-hodzic', name: 'Amina Hodžić', erased: false } },
      { seat: 'MUNICIPAL_STAFF', filled: true, since: '2021-03-10', person: { personId: 'dragan-petrovic', name: 'Драган Петровић', erased: false } },
    ]);
    const activated = await ok(ACTIVATE, { platformId: SARAJEVO });
    expect(activated.data?.activatePlatform.state).toBe('ACTIVE');
  });

  it('sets a quorum rule, and refuses a share over 100 percent or a member count given with a share', async () => {
    const set = await ok(QUORUM, { platformId: SARAJEVO, quorum: { kind: 'SHARE', percent: 60 } });
    expect(set.data?.setQuorumRule.quorumRule).toEqual({ kind: 'SHARE', members: null, percent: 60 });
    const over = await refused(QUORUM, { platformId: SARAJEVO, quorum: { kind: 'SHARE', percent: 101 } });
    expect(over[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(over[0].message).toContain('percent');
    const mixed = await refused(QUORUM, { platformId: SARAJEVO, quorum: { kind: 'SHARE', percent: 50, members: 3 } });
    expect(mixed[0].message).toContain('members');
    const missing = await refused(QUORUM, { platformId: SARAJEVO, quorum: { kind: 'MINIMUM' } });
    expect(missing[0].message).toContain('members');
  });

  it('lets a municipal officer of Doboj admit members to the Doboj–Doboj Istok platform, but not to Travnik’s', async () => {
    const admitted = await ok(ADMIT, { platformId: DOBOJ, personId: 'lejla-begic', role: 'MODERATOR', joinedOn: '2021-05-01' }, dobojOfficer);
    expect(admitted.data?.admitMember).toMatchObject({ membersShown: true, members: [{ person: { personId: 'lejla-begic', name: 'Lejla Begić' }, role: 'MODERATOR' }] });
    const errors = await refused(ADMIT, { platformId: TRAVNIK, personId: 'lejla-begic', role: 'CITIZEN', joinedOn: '2021-05-01' }, dobojOfficer);
    expect(errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted' });
  });

  it('refuses a municipal officer of Doboj forming a platform with Travnik (FORBIDDEN), and a non-partner municipality (CONFLICT)', async () => {
    const forbidden = await refused(FORM, { id: 'doboj-travnik', name: 'Doboj – Travnik', municipalityIds: ['doboj', 'travnik'] }, dobojOfficer);
    expect(forbidden[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await refused(FORM, { id: 'atlantis', name: 'Atlantis', municipalityIds: ['atlantis'] });
    expect(unknown[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'MunicipalityNotFound' });
    const twice = await refused(FORM, { id: SARAJEVO, name: 'Again', municipalityIds: ['novo-sarajevo'] });
    expect(twice[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PlatformAlreadyFormed' });
    const otherProgramme = await refused(FORM, { id: 'elsewhere', name: 'Elsewhere', municipalityIds: ['doboj'], programmeId: 'no-such-programme' });
    expect(otherProgramme[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'MunicipalityNotPartner' });
  });

  it('shows readers who do not run the platform its facts and figures, but not who its members are', async () => {
    const moderatorElsewhere = identity('moderator@elsewhere.example', ['platform-moderator'], { platformIds: [TRAVNIK] });
    for (const as of ['donor-auditor', 'applicant', 'platform-member', dobojOfficer, moderatorElsewhere] as Caller[]) {
      const response = await api.graphql(PLATFORM, { id: SARAJEVO }, { as });
      expect(errorCodes(response)).toEqual([]);
      expect(response.data?.platform).toMatchObject({
        membersShown: false,
        members: null,
        coChairs: [
          { seat: 'YOUNG_ACTIVIST', filled: true, person: null },
          { seat: 'MUNICIPAL_STAFF', filled: true, person: null },
        ],
        memberCounts: { total: 3 },
      });
    }
    const moderator = identity('moderator@sarajevo.example', ['platform-moderator'], { platformIds: [SARAJEVO] });
    const officer = identity('officer@istocno.example', ['municipal-officer'], { municipalityIds: ['istocno-novo-sarajevo'] });
    for (const as of ['administrator', moderator, officer] as Caller[]) {
      const response = await api.graphql(PLATFORM, { id: SARAJEVO }, { as });
      expect(response.data?.platform.members).toHaveLength(3);
    }
  });

  it('records milestones with their evidence, and shows them on the platform; the first recognition institutionalises it', async () => {
    await ok(MILESTONE, {
      platformId: SARAJEVO,
      milestoneId: 'methodology',
      kind: 'METHODOLOGY_ADOPTED',
      municipalityId: 'novo-sarajevo',
      achievedOn: '2021-11-25',
      referenceNumber: '01-02-1234/21',
      documentUrl: 'https://novosarajevo.example/odluka-metodologija.pdf',
    });
    await ok(MILESTONE, {
      platformId: SARAJEVO,
      milestoneId: 'funding-call-2022',
      kind: 'PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES',
      municipalityId: 'istocno-novo-sarajevo',
      achievedOn: '2022-02-15',
      referenceNumber: '02-014-55/22',
      documentUrl: 'https://istocnonovosarajevo.example/javni-poziv-2022.pdf',
      call: { reference: 'JP-2022-01', amountMinor: 30_000_000, currency: 'BAM' },
    });
    const recognised = await ok(MILESTONE, {
      platformId: SARAJEVO,
      milestoneId: 'advisory',
      kind: 'ADVISORY_MECHANISM_RECOGNISED',
      municipalityId: 'novo-sarajevo',
      achievedOn: '2022-06-01',
      referenceNumber: '01-02-777/22',
      documentUrl: 'https://novosarajevo.example/savjetodavno-tijelo.pdf',
    });
    expect(recognised.data?.recordInstitutionalisationMilestone).toMatchObject({
      state: 'INSTITUTIONALISED',
      institutionalisedOn: '2022-06-01',
      milestones: [
        { id: 'methodology', kind: 'METHODOLOGY_ADOPTED', municipality: { id: 'novo-sarajevo', name: 'Novo Sarajevo' }, referenceNumber: '01-02-1234/21', call: null },
        {
          id: 'funding-call-2022',
          kind: 'PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES',
          municipality: { id: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo' },
          achievedOn: '2022-02-15',
          documentUrl: 'https://istocnonovosarajevo.example/javni-poziv-2022.pdf',
          call: { reference: 'JP-2022-01', amount: { amountMinor: 30_000_000, currency: 'BAM' } },
        },
        { id: 'advisory', kind: 'ADVISORY_MECHANISM_RECOGNISED' },
      ],
    });
    const asAuditor = await api.graphql(PLATFORM, { id: SARAJEVO }, { as: 'donor-auditor' });
    expect(asAuditor.data?.platform.milestones).toHaveLength(3);
  });

  it('refuses bad evidence: an http link, a funding call without its call, the same milestone twice, a municipality not of the platform', async () => {
    const evidence = { platformId: SARAJEVO, kind: 'METHODOLOGY_ADOPTED', municipalityId: 'novo-sarajevo', achievedOn: '2022-01-10', referenceNumber: '01-1/22' };
    const http = await refused(MILESTONE, { ...evidence, milestoneId: 'm-http', documentUrl: 'http://novosarajevo.example/odluka.pdf' });
    expect(http[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(http[0].message).toContain('documentUrl');
    const noCall = await refused(MILESTONE, { ...evidence, milestoneId: 'm-call', kind: 'PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES', documentUrl: 'https://a.example/b.pdf' });
    expect(noCall[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'call' });
    const twice = await refused(MILESTONE, { ...evidence, milestoneId: 'methodology', documentUrl: 'https://a.example/b.pdf' });
    expect(twice[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'MilestoneAlreadyRecorded' });
    const elsewhere = await refused(MILESTONE, { ...evidence, milestoneId: 'm-doboj', municipalityId: 'doboj', documentUrl: 'https://a.example/b.pdf' });
    expect(elsewhere[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityId' });
    const money = await refused(MILESTONE, {
      ...evidence,
      milestoneId: 'm-money',
      kind: 'PUBLIC_FUNDING_CALL_INCLUDES_PRIORITIES',
      documentUrl: 'https://a.example/b.pdf',
      call: { reference: 'JP-1', amountMinor: 12.5, currency: 'BAM' },
    });
    expect(money[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records a member leaving; a co-chair who leaves empties the seat', async () => {
    const left = await ok(LEFT, { platformId: SARAJEVO, personId: 'dragan-petrovic', leftOn: '2022-09-30', reason: 'Moved to another department' });
    expect(left.data?.recordMemberLeft).toMatchObject({
      coChairs: [{ seat: 'YOUNG_ACTIVIST', filled: true }, { seat: 'MUNICIPAL_STAFF', filled: false, person: null }],
      memberCounts: { total: 2 },
    });
    expect(left.data?.recordMemberLeft.members.find((member: { person: { personId: string } }) => member.person.personId === 'dragan-petrovic')).toMatchObject({
      leftOn: '2022-09-30',
      current: false,
    });
    const again = await refused(LEFT, { platformId: SARAJEVO, personId: 'dragan-petrovic', leftOn: '2022-10-01' });
    expect(again[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'NotAnActiveMember' });
  });

  it('shows state changes by events in the platforms filter: dormant, revived, closed', async () => {
    const ids = async (state: string) => ((await api.graphql(PLATFORMS, { state, first: 10 })).data?.platforms.nodes ?? []).map((node: { id: string }) => node.id);
    expect(await ids('INSTITUTIONALISED')).toEqual([SARAJEVO]);
    const dormant = await ok(DORMANT, { platformId: SARAJEVO, reason: 'No meeting since the local elections' });
    expect(dormant.data?.markPlatformDormant).toMatchObject({ state: 'DORMANT', stateReason: 'No meeting since the local elections' });
    expect(await ids('DORMANT')).toEqual([SARAJEVO]);
    expect(await ids('INSTITUTIONALISED')).toEqual([]);
    expect((await refused(DORMANT, { platformId: SARAJEVO, reason: 'Again' }))[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PlatformNotActive' });
    await ok(REVIVE, { platformId: SARAJEVO });
    expect(await ids('INSTITUTIONALISED')).toEqual([SARAJEVO]);
    expect((await refused(REVIVE, { platformId: SARAJEVO }))[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PlatformNotDormant' });
    await ok(CLOSE, { platformId: TRAVNIK, reason: 'Merged into the Lašva valley platform' });
    expect(await ids('CLOSED')).toEqual([TRAVNIK]);
    expect(await ids('FORMING')).toEqual([DOBOJ]);
    const closed = await refused(ADMIT, { platformId: TRAVNIK, personId: 'mirela-jukic', role: 'CITIZEN', joinedOn: '2022-01-01' });
    expect(closed[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PlatformClosed' });
    expect((await refused(CLOSE, { platformId: TRAVNIK, reason: 'Again' }))[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PlatformClosed' });
  });

  it('filters platforms by municipality and entity, and pages through them with a cursor', async () => {
    const first = await api.graphql(PLATFORMS, { entity: 'FBIH', first: 2 });
    expect(first.data?.platforms).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ id: DOBOJ }, { id: SARAJEVO }] });
    const second = await api.graphql(PLATFORMS, { entity: 'FBIH', first: 2, after: first.data?.platforms.pageInfo.endCursor });
    expect(second.data?.platforms).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: TRAVNIK }] });
    const byMunicipality = await api.graphql(PLATFORMS, { municipalityId: 'istocno-novo-sarajevo', first: 10 });
    expect(byMunicipality.data?.platforms.nodes.map((node: { id: string }) => node.id)).toEqual([SARAJEVO]);
    const badCursor = await api.graphql(PLATFORMS, { first: 2, after: 'bm90LWEtY3Vyc29y' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('counts platforms and their current members by role and sex for a dashboard, to every reader', async () => {
    const response = await api.graphql(STATISTICS, {}, { as: 'applicant' });
    expect(response.data?.platformStatistics).toMatchObject({
      platforms: 3,
      interMunicipal: 2,
      interEntity: 2,
      byState: [
        { state: 'FORMING', count: 1 },
        { state: 'ACTIVE', count: 0 },
        { state: 'INSTITUTIONALISED', count: 1 },
        { state: 'DORMANT', count: 0 },
        { state: 'CLOSED', count: 1 },
      ],
      members: {
        total: 3,
        byRole: [
          { role: 'YOUNG_ACTIVIST', count: 2 },
          { role: 'MUNICIPAL_STAFF', count: 0 },
          { role: 'MODERATOR', count: 1 },
          { role: 'MENTOR', count: 0 },
          { role: 'CITIZEN', count: 0 },
        ],
      },
    });
    expect(response.data?.platformStatistics.members.byRoleAndSex).toContainEqual({ role: 'YOUNG_ACTIVIST', sex: 'FEMALE', count: 1 });
    const doboj = await api.graphql(STATISTICS, { municipalityId: 'doboj' });
    expect(doboj.data?.platformStatistics).toMatchObject({ platforms: 1, members: { total: 1, bySex: [{ sex: 'FEMALE', count: 1 }, { sex: 'MALE', count: 0 }, { sex: 'OTHER', count: 0 }, { sex: 'UNDISCLOSED', count: 0 }] } });
  });

  it('shows a forgotten member as erased, with the membership and every figure kept, and admits them nowhere else', async () => {
    await ok(ADMIT, { platformId: DOBOJ, personId: 'mirela-jukic', role: 'YOUNG_ACTIVIST', joinedOn: '2021-06-01' });
    const before = await api.graphql(PLATFORM, { id: DOBOJ });
    expect(errorCodes(await api.graphql(FORGET_PERSON, { input: { personId: 'mirela-jukic', reason: 'Asked to be forgotten' } }))).toEqual([]);
    const after = await api.graphql(PLATFORM, { id: DOBOJ });
    expect(after.data?.platform.members).toContainEqual(
      expect.objectContaining({ person: { personId: 'mirela-jukic', name: null, erased: true }, role: 'YOUNG_ACTIVIST', sex: 'FEMALE', current: true }),
    );
    expect(after.data?.platform.memberCounts).toEqual(before.data?.platform.memberCounts);
    // Their data is erased: they are no one to admit any more.
    const admittedElsewhere = await refused(ADMIT, { platformId: SARAJEVO, personId: 'mirela-jukic', role: 'CITIZEN', joinedOn: '2022-01-01' });
    expect(admittedElsewhere[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PersonNotFound' });
  });

  it('answers NOT_FOUND for a platform nobody formed, on the query and on every command about it, appending nothing', async () => {
    expect(errorCodes(await api.graphql(PLATFORM, { id: 'nowhere' }))).toEqual(['NOT_FOUND']);
    const errors = await refused(ACTIVATE, { platformId: 'nowhere' });
    expect(errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PlatformNotFound' });
  });
});
