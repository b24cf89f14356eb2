import request from 'supertest';
import { startApi, type ApiHarness } from '../../testing/api-harness';
import { DEFAULT_HARDENING } from './hardening-config';

const REGISTER = 'mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }';

describe('HTTP limits on the GraphQL endpoint', () => {
  let api: ApiHarness;
  let token: string;

  beforeAll(async () => {
    api = await startApi('sqlite', { hardening: { ...DEFAULT_HARDENING, bodyLimitBytes: 2048 } });
    token = await api.tokenFor('administrator');
  });
  afterAll(() => api?.close());

  const post = (body: unknown) =>
    request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(body as object);

  it('refuses a batch of operations in one request and runs none of them', async () => {
    const response = await post([
      { query: REGISTER, variables: { input: { id: 'doboj', name: 'Doboj', entity: 'RS' } } },
      { query: REGISTER, variables: { input: { id: 'brcko', name: 'Brčko', entity: 'BD' } } },
    ]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batching/i);
    expect(await api.allEvents()).toHaveLength(0);
  });

  it('refuses a body over the size limit with 413 and a JSON error that names the limit', async () => {
    const response = await post({ query: REGISTER, variables: { input: { id: 'doboj', name: 'x'.repeat(4096), entity: 'RS' } } });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [{ message: 'Request body is larger than the limit of 2048 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 2048 } }],
    });
    expect(await api.allEvents()).toHaveLength(0);
  });

  it('answers a body that is not JSON with a JSON error, not an HTML page', async () => {
    const response = await request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ message: 'Request body could not be read as JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('accepts a body under the limit', async () => {
    const response = await post({ query: REGISTER, variables: { input: { id: 'doboj', name: 'Doboj', entity: 'RS' } } });
    expect(response.body).toEqual({ data: { registerMunicipality: { id: 'doboj' } } });
  });
});
