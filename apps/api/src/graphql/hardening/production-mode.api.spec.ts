import request from 'supertest';
import { startApi, type ApiHarness } from '../../testing/api-harness';
import { maskInternalErrors } from './production-errors';

const TYPO = '{ programmes(first: 1) { totalCont } }';

describe('production mode', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite', { production: true });
  });
  afterAll(() => api?.close());

  it('refuses introspection', async () => {
    const response = await api.graphql('{ __schema { types { name } } }');
    expect(response.errors?.[0]).toEqual(expect.objectContaining({ message: expect.stringMatching(/introspection is not allowed/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' } }));
  });

  it('serves no landing page', async () => {
    const response = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).not.toMatch(/html/);
  });

  it('answers errors without stack traces or field suggestions', async () => {
    const response = await api.graphql(TYPO);
    expect(response.errors).toEqual([{ message: 'Cannot query field "totalCont" on type "ProgrammeConnection". [Suggestion hidden]?', locations: expect.any(Array), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('masks an internal error down to its code', () => {
    const mask = maskInternalErrors(true);
    expect(mask({ message: 'connect ECONNREFUSED 10.0.0.7:5432', path: ['programmes'], extensions: { code: 'INTERNAL_SERVER_ERROR', detail: 'pg' } })).toEqual({
      message: 'Internal server error',
      path: ['programmes'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(mask({ message: 'No programme x', extensions: { code: 'NOT_FOUND' } })).toEqual({ message: 'No programme x', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('development mode', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite', { production: false });
  });
  afterAll(() => api?.close());

  it('allows introspection, suggests fields and shows stack traces, for developers', async () => {
    expect((await api.graphql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const [error] = (await api.graphql(TYPO)).errors ?? [];
    expect(error.message).toMatch(/Did you mean "totalCount"\?/);
    expect(error.extensions).toHaveProperty('stacktrace');
  });

  it('serves no landing page either, since every GraphQL IDE loads its code from a CDN', async () => {
    const response = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(response.headers['content-type']).not.toMatch(/html/);
  });
});
