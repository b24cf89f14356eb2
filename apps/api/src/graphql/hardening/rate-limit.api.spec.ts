import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { identity } from '@makers/kernel';
import { startApi, type ApiHarness } from '../../testing/api-harness';
import { DEFAULT_HARDENING } from './hardening-config';

const PROGRAMMES = '{ programmes(first: 1) { totalCount } }';
const alice = identity('test:alice', ['programme-manager']);
const bob = identity('test:bob', ['programme-manager']);
const WINDOW_MS = 1500;

describe('rate limit per identity', () => {
  let api: ApiHarness;

  beforeEach(async () => {
    api = await startApi('sqlite', { hardening: { ...DEFAULT_HARDENING, rateLimit: { limit: 3, windowMs: WINDOW_MS } } });
  });
  afterEach(() => api?.close());

  const codesFor = async (who: typeof alice, query = PROGRAMMES) => (await api.graphql(query, {}, { as: who })).errors?.map((error) => error.extensions?.code) ?? [];

  it('refuses an identity over its budget with TOO_MANY_REQUESTS and a Retry-After header, while another identity still passes', async () => {
    for (let i = 0; i < 3; i++) expect(await codesFor(alice)).toEqual([]);

    const refused = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await api.tokenFor(alice)}`)
      .send({ query: PROGRAMMES });
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Too many requests: 3 per 1.5 s; retry after \d+ s$/), extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) }) }),
    ]);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    // Same IP address, another subject: the budget follows the verified identity, not the connection.
    expect(await codesFor(bob)).toEqual([]);
  });

  it('gives the budget back after the window', async () => {
    for (let i = 0; i < 3; i++) await codesFor(alice);
    expect(await codesFor(alice)).toEqual(['TOO_MANY_REQUESTS']);
    await sleep(WINDOW_MS + 600);
    expect(await codesFor(alice)).toEqual([]);
  });

  it('counts an operation with several fields as one request', async () => {
    const twoFields = '{ a: programmes(first: 1) { totalCount } b: programmes(first: 1) { totalCount } }';
    for (let i = 0; i < 3; i++) expect(await codesFor(alice, twoFields)).toEqual([]);
    const refused = await api.graphql(twoFields, {}, { as: alice });
    expect(refused.data).toBeNull();
    expect(new Set(refused.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['TOO_MANY_REQUESTS']));
  });

  it('refuses a mutation over the budget without appending an event', async () => {
    for (let i = 0; i < 3; i++) await codesFor(alice);
    const response = await api.graphql('mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }', { input: { id: 'doboj', name: 'Doboj', entity: 'RS' } }, { as: alice });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_REQUESTS']);
    expect(await api.allEvents()).toHaveLength(0);
  });

  it('limits an unauthenticated caller of a public route by IP address, with HTTP 429 and Retry-After', async () => {
    const server = api.app.getHttpServer();
    for (let i = 0; i < 3; i++) expect((await request(server).get('/health')).status).toBe(200);
    const refused = await request(server).get('/health');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ statusCode: 429, message: expect.stringMatching(/^Too many requests: 3 per 1.5 s; retry after \d+ s$/) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
