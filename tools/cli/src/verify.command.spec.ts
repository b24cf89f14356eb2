import { startApi, type ApiHarness } from '../../../apps/api/src/testing/api-harness';
import { seedDemoData } from '../../../apps/api/src/demo/seed-demo-data';
import { verify } from './verify.command';

describe('verify: the auditor checks the history against a digest recorded earlier', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('sqlite');
    await seedDemoData(api.app);
  });
  afterAll(() => api.close());

  it('matches the digest recorded at a position, even after later events', async () => {
    const recorded = await verify(api.config, {});
    const seeded = (await api.allEvents()).length;
    expect(recorded).toMatchObject({ events: seeded, matches: true });
    await api.graphql(`mutation { removePartnerMunicipality(input: { programmeId: "makers", municipalityId: "mostar", reason: "Audit test" }) { id } }`);
    expect(await verify(api.config, { upTo: recorded.lastPosition, expect: recorded.digest })).toMatchObject({ matches: true, events: seeded });
    expect(await verify(api.config, { expect: recorded.digest })).toMatchObject({ matches: false, events: seeded + 1 });
  });
});
