import request from 'supertest';
import { ProgrammeResolver } from '../../programme/programme.resolver';
import { startApi, type ApiHarness } from '../../testing/api-harness';
import { DEFAULT_HARDENING } from './hardening-config';

const DEEP = /* GraphQL */ `{ programmes(first: 5) { nodes { targets { code } } } }`;
const SHALLOW = /* GraphQL */ `{ programmes(first: 5) { totalCount } }`;
const COSTLY = /* GraphQL */ `{ programmes(first: 5) { totalCount pageInfo { endCursor hasNextPage } nodes { id name donor startsOn endsOn partnerCount } } }`;
const REGISTER = /* GraphQL */ `mutation ($input: RegisterMunicipalityInput!) {
  registerMunicipality(input: $input) { id name nameCyrillic entity }
}`;

/**
 * Spies on a resolver method before the schema is built, so the spy is what GraphQL calls. Nest keeps a resolver's
 * metadata on the method itself, so the spy carries it over.
 */
const spyOnResolver = <T extends object>(prototype: T, method: jest.FunctionPropertyNames<Required<T>>) => {
  const original = prototype[method] as object;
  const spy = jest.spyOn(prototype, method);
  for (const key of Reflect.getMetadataKeys(original)) Reflect.defineMetadata(key, Reflect.getMetadata(key, original), prototype[method] as object);
  return spy;
};

describe('GraphQL query limits', () => {
  let api: ApiHarness;
  let programmes: jest.SpyInstance;
  let registerMunicipality: jest.SpyInstance;

  beforeAll(async () => {
    // Spied before the schema is built, so the spy is the resolver GraphQL calls.
    programmes = spyOnResolver(ProgrammeResolver.prototype, 'programmes');
    registerMunicipality = spyOnResolver(ProgrammeResolver.prototype, 'registerMunicipality');
    api = await startApi('sqlite', { hardening: { ...DEFAULT_HARDENING, maxDepth: 3, maxCost: 100, maxAliases: 2, maxDirectives: 2, maxTokens: 60 } });
  });
  afterAll(async () => {
    await api?.close();
    jest.restoreAllMocks();
  });
  beforeEach(() => jest.clearAllMocks());

  const post = async (query: string, variables?: Record<string, unknown>) =>
    request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await api.tokenFor('administrator')}`)
      .send({ query, variables });

  it('answers a query within every limit', async () => {
    const response = await post(SHALLOW);
    expect(response.body.errors).toBeUndefined();
    expect(programmes).toHaveBeenCalledTimes(1);
  });

  it('refuses a query deeper than the depth limit before any resolver runs', async () => {
    const response = await post(DEEP);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Query depth limit of 3 exceeded, found \d+\.$/), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' }) }),
    ]);
    expect(response.body.data).toBeUndefined();
    expect(programmes).not.toHaveBeenCalled();
  });

  it('refuses a query over the cost limit before any resolver runs', async () => {
    const response = await post(COSTLY);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Query Cost limit of 100 exceeded, found 137\.5\.$/), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' }) }),
    ]);
    expect(programmes).not.toHaveBeenCalled();
  });

  it('refuses a mutation over a limit without running it or appending an event', async () => {
    const before = (await api.allEvents()).length;
    const response = await post(REGISTER.replace('entity }', 'entity a: id b: id c: id }'), { input: { id: 'doboj', name: 'Doboj', entity: 'RS' } });
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' }) })]);
    expect(registerMunicipality).not.toHaveBeenCalled();
    expect(await api.allEvents()).toHaveLength(before);
  });

  it('refuses more aliases than allowed', async () => {
    const response = await post(`{ a: programmes(first: 1) { totalCount } b: programmes(first: 1) { totalCount } c: programmes(first: 1) { totalCount } }`);
    expect(response.body.errors).toEqual([expect.objectContaining({ message: 'Aliases limit of 2 exceeded, found 3.', extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' }) })]);
    expect(programmes).not.toHaveBeenCalled();
  });

  it('refuses more directives than allowed', async () => {
    const response = await post(`{ programmes(first: 1) @include(if: true) { totalCount @skip(if: false) pageInfo @include(if: true) { hasNextPage } } }`);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: 'Directives limit of 2 exceeded, found 3.', extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'directives' }) }),
    ]);
    expect(programmes).not.toHaveBeenCalled();
  });

  it('refuses a document with more tokens than allowed before parsing it', async () => {
    const response = await post(`{ programmes(first: 1) { ${'totalCount '.repeat(60)} } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ message: 'Syntax Error: Document contains more that 60 tokens. Parsing aborted.', extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }) })]);
    expect(programmes).not.toHaveBeenCalled();
  });
});
