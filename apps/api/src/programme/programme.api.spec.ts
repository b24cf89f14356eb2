import { errorCodes, startApi, type ApiHarness, type ReadModelKind } from '../testing/api-harness';

const REGISTER_PROGRAMME = /* GraphQL */ `
  mutation ($input: RegisterProgrammeInput!) {
    registerProgramme(input: $input) { id name donor budgetEnvelope { amountMinor currency } startsOn endsOn targets { code minimum } partnerCount }
  }`;
const REGISTER_MUNICIPALITY = /* GraphQL */ `
  mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id name nameCyrillic entity } }`;
const ADD_PARTNER = /* GraphQL */ `
  mutation ($input: AddPartnerMunicipalityInput!) { addPartnerMunicipality(input: $input) { id partnerCount } }`;
const REMOVE_PARTNER = /* GraphQL */ `
  mutation ($input: RemovePartnerMunicipalityInput!) { removePartnerMunicipality(input: $input) { id partnerCount } }`;
const MUNICIPALITIES = /* GraphQL */ `
  query ($entity: Entity, $partnerOf: ID, $first: Int!, $after: String) {
    municipalities(entity: $entity, partnerOf: $partnerOf, first: $first, after: $after) {
      nodes { id name nameCyrillic entity } pageInfo { endCursor hasNextPage } totalCount
    }
  }`;
const AUDIT_TRAIL = /* GraphQL */ `
  query ($stream: String!) {
    auditTrail(stream: $stream) { stream nextRevision events { revision position type actor occurredAt correlationId causationId schemaVersion eventId data } }
  }`;

const makers = {
  id: 'makers',
  name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
  donor: 'UNDP',
  currency: 'USD',
  budgetEnvelopeMinor: 42_500_000,
  startsOn: '2020-03-01',
  endsOn: '2023-03-31',
  targets: [{ code: 'co-financed-initiatives', description: 'At least 8 co-financed local initiatives', minimum: 8 }],
};
const municipalities = [
  { id: 'novo-sarajevo', name: 'Novo Sarajevo', entity: 'FBIH' },
  { id: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' },
  { id: 'doboj', name: 'Doboj', nameCyrillic: 'Добој', entity: 'RS' },
  { id: 'doboj-istok', name: 'Doboj Istok', entity: 'FBIH' },
  { id: 'brcko', name: 'Brčko', entity: 'BD' },
];

describe.each<ReadModelKind>(['sqlite', 'postgres'])('programme and partner municipalities over GraphQL (read models in %s)', (readModels) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(readModels);
    expect(errorCodes(await api.graphql(REGISTER_PROGRAMME, { input: makers }))).toEqual([]);
    for (const input of municipalities) expect(errorCodes(await api.graphql(REGISTER_MUNICIPALITY, { input }))).toEqual([]);
  });
  afterAll(() => api.close());

  /** Runs a refused mutation and proves it appended nothing. */
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(query, variables);
    expect((await api.allEvents()).length).toBe(before);
    expect(response.data ?? null).toBeNull();
    return response.errors ?? [];
  };

  it('answers the registered programme with its envelope in minor units and its targets', async () => {
    const response = await api.graphql(`{ programme(id: "makers") { name budgetEnvelope { amountMinor currency } targets { code minimum } } }`);
    expect(response.data?.programme).toEqual({
      name: makers.name,
      budgetEnvelope: { amountMinor: 42_500_000, currency: 'USD' },
      targets: [{ code: 'co-financed-initiatives', minimum: 8 }],
    });
  });

  it('keeps diacritics and Cyrillic exactly as registered', async () => {
    const response = await api.graphql(`{ municipality(id: "istocno-novo-sarajevo") { name nameCyrillic entity } }`);
    expect(response.data?.municipality).toEqual({ name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' });
  });

  it('filters municipalities by entity and pages through them with a cursor', async () => {
    const first = await api.graphql(MUNICIPALITIES, { entity: 'RS', first: 1 });
    expect(first.data?.municipalities).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: 'doboj' }] });
    const second = await api.graphql(MUNICIPALITIES, { entity: 'RS', first: 1, after: first.data?.municipalities.pageInfo.endCursor });
    expect(second.data?.municipalities).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: 'istocno-novo-sarajevo' }] });
  });

  it('adds partners, lists only current partners, and removes one with a reason', async () => {
    for (const municipalityId of ['novo-sarajevo', 'istocno-novo-sarajevo', 'brcko']) {
      expect(errorCodes(await api.graphql(ADD_PARTNER, { input: { programmeId: 'makers', municipalityId } }))).toEqual([]);
    }
    const removed = await api.graphql(REMOVE_PARTNER, { input: { programmeId: 'makers', municipalityId: 'brcko', reason: 'Joined a later phase instead' } });
    expect(removed.data?.removePartnerMunicipality).toEqual({ id: 'makers', partnerCount: 2 });
    const partners = await api.graphql(MUNICIPALITIES, { partnerOf: 'makers', first: 10 });
    expect(partners.data?.municipalities.nodes.map((node: { id: string }) => node.id).sort()).toEqual(['istocno-novo-sarajevo', 'novo-sarajevo']);
  });

  it('shows every event of a stream in the audit trail, with who, when and why', async () => {
    const response = await api.graphql(AUDIT_TRAIL, { stream: 'programme-programme-makers' });
    const trail = response.data?.auditTrail;
    expect(trail.events.map((event: { type: string }) => event.type)).toEqual([
      'ProgrammeRegistered',
      'MunicipalityAddedAsPartner',
      'MunicipalityAddedAsPartner',
      'MunicipalityAddedAsPartner',
      'MunicipalityRemovedAsPartner',
    ]);
    expect(trail.events.map((event: { revision: number }) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    const positions = trail.events.map((event: { position: number }) => event.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(trail.events[4]).toMatchObject({ actor: 'test:programme-manager', schemaVersion: 1, data: { municipalityId: 'brcko', reason: 'Joined a later phase instead' } });
    expect(new Date(trail.events[4].occurredAt).toISOString()).toBe(trail.events[4].occurredAt);
    expect(trail.events[4].causationId).not.toBe(trail.events[3].causationId);
  });

  it('carries the caller\u2019s correlation id into the events it causes', async () => {
    await api.graphql(REGISTER_MUNICIPALITY, { input: { id: 'trebinje', name: 'Trebinje', nameCyrillic: 'Требиње', entity: 'RS' } }, { headers: { 'x-correlation-id': 'audit-42' } });
    const trail = await api.graphql(AUDIT_TRAIL, { stream: 'programme-municipality-trebinje' });
    expect(trail.data?.auditTrail.events[0]).toMatchObject({ correlationId: 'audit-42', data: { name: 'Trebinje', nameCyrillic: 'Требиње' } });
  });

  describe('refuses bad commands with a stable code and appends nothing', () => {
    it('a programme registered twice: CONFLICT', async () => {
      const errors = await refused(REGISTER_PROGRAMME, { input: makers });
      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ProgrammeAlreadyRegistered' });
    });

    it('a partnership with a municipality nobody registered: NOT_FOUND', async () => {
      const errors = await refused(ADD_PARTNER, { input: { programmeId: 'makers', municipalityId: 'atlantis' } });
      expect(errors[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('a partnership with a programme nobody registered: NOT_FOUND', async () => {
      const errors = await refused(ADD_PARTNER, { input: { programmeId: 'no-such-programme', municipalityId: 'doboj' } });
      expect(errors[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('the same municipality added twice: CONFLICT', async () => {
      const errors = await refused(ADD_PARTNER, { input: { programmeId: 'makers', municipalityId: 'novo-sarajevo' } });
      expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'MunicipalityAlreadyPartner' });
    });

    it('a removal without a reason: BAD_USER_INPUT naming the field', async () => {
      const errors = await refused(REMOVE_PARTNER, { input: { programmeId: 'makers', municipalityId: 'novo-sarajevo', reason: '   ' } });
      expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0].message).toContain('reason');
    });

    it('an envelope that is not whole minor units, and an end before the start: BAD_USER_INPUT', async () => {
      const fractional = await refused(REGISTER_PROGRAMME, { input: { ...makers, id: 'other', budgetEnvelopeMinor: 10.5 } });
      expect(fractional[0].extensions?.code).toBe('BAD_USER_INPUT');
      const backwards = await refused(REGISTER_PROGRAMME, { input: { ...makers, id: 'other', startsOn: '2023-03-31', endsOn: '2020-03-01' } });
      expect(backwards[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    });

    it('a date that does not exist: BAD_USER_INPUT naming the field', async () => {
      const errors = await refused(REGISTER_PROGRAMME, { input: { ...makers, id: 'other', startsOn: '2021-02-30' } });
      expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0].extensions?.fields?.map((field) => field.field)).toEqual(['startsOn']);
    });

    it('a name with control characters, and Latin script given as the Cyrillic name: BAD_USER_INPUT', async () => {
      const control = await refused(REGISTER_MUNICIPALITY, { input: { id: 'pale', name: 'Pa\u0000le', entity: 'RS' } });
      expect(control[0].extensions?.fields?.map((field) => field.field)).toEqual(['name']);
      const notCyrillic = await refused(REGISTER_MUNICIPALITY, { input: { id: 'pale', name: 'Pale', nameCyrillic: 'Pale', entity: 'RS' } });
      expect(notCyrillic[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameCyrillic' });
    });

    it('an unknown programme: NOT_FOUND on the query', async () => {
      const response = await api.graphql(`{ programme(id: "nope") { id } }`);
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    });
  });
});
