import request from 'supertest';
import type { ReadModelDatabase } from '@makers/projections';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { startApi, type ApiHarness } from '../testing/api-harness';

describe('health endpoints', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api?.close());

  it('says the process is up, without a token', async () => {
    const response = await request(api.app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('says it is ready when the event store and the read-model database answer', async () => {
    const response = await request(api.app.getHttpServer()).get('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ready', checks: { eventStore: 'up', readModels: 'up' } });
  });

  it('says it is unavailable, with 503, when the read-model database does not answer', async () => {
    await api.app.get<ReadModelDatabase>(READ_MODEL_DATABASE).destroy();
    const response = await request(api.app.getHttpServer()).get('/health/ready');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'unavailable', checks: { eventStore: 'up', readModels: 'down' } });
  });
});
