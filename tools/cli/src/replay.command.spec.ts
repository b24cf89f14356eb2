import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '@makers/projections';
import { READ_MODEL_DATABASE } from '../../../apps/api/src/infrastructure/tokens';
import { openReadModels } from '../../../apps/api/src/infrastructure/open-stores';
import { seedDemoData } from '../../../apps/api/src/demo/seed-demo-data';
import { startApi, type ApiHarness, type ReadModelKind } from '../../../apps/api/src/testing/api-harness';
import { replay } from './replay.command';

/** Every row of every read-model table but the checkpoints, in a stable order: what dashboards can see. */
const snapshot = async (db: Kysely<any>, schema: string | undefined) => {
  const tables = (await db.introspection.getTables())
    .filter((table) => schema === undefined || table.schema === schema)
    .map((table) => table.name)
    .filter((name) => name !== 'projection_checkpoints')
    .sort();
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) {
    const all = await db.selectFrom(table).selectAll().execute();
    rows[table] = all.map((row) => JSON.stringify(row)).sort();
  }
  return rows;
};

describe.each<ReadModelKind>(['sqlite', 'postgres'])('seed and replay (read models in %s)', (readModels) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(readModels);
  });
  afterAll(() => api.close());

  it('loads the MAKERS programme and its 14 municipalities once; a second seed changes nothing', async () => {
    const first = await seedDemoData(api.app);
    expect(first.applied).toBeGreaterThan(29);
    expect(first.skipped).toBe(0);
    const events = (await api.allEvents()).length;
    expect(await seedDemoData(api.app)).toEqual({ applied: 0, skipped: first.applied });
    expect((await api.allEvents()).length).toBe(events);

    const response = await api.graphql(`{ programme(id: "makers") { partnerCount } municipalities(first: 500) { totalCount } }`);
    expect(response.data).toEqual({ programme: { partnerCount: 14 }, municipalities: { totalCount: 14 } });
  });

  it('rebuilds every read model from zero into exactly the rows the live projections wrote', async () => {
    await api.graphql(`mutation { removePartnerMunicipality(input: { programmeId: "makers", municipalityId: "mostar", reason: "Test of a removal" }) { partnerCount } }`);
    const live = await snapshot(api.app.get<ReadModelDatabase>(READ_MODEL_DATABASE).db, api.config.databaseSchema);
    expect(live['programme_municipalities']).toHaveLength(14);
    expect(live['programme_partners']).toHaveLength(13);
    await api.stop();

    const printed: string[] = [];
    const [result] = await replay(api.config, { projections: [], interactive: false }, (line) => printed.push(line));
    expect(result).toMatchObject({ projection: 'programme', eventsApplied: 30 });
    expect(printed[0]).toMatch(/^programme: 30 events applied up to position \d+ in [\d.]+ s \(\d+ events\/s\)$/);

    const database = openReadModels(api.config);
    try {
      expect(await snapshot(database.db, api.config.databaseSchema)).toEqual(live);
    } finally {
      await database.destroy();
    }
  });

  it('refuses to replay a projection that does not exist, naming the ones that do', async () => {
    await expect(replay(api.config, { projections: ['nope'], interactive: false }, () => undefined)).rejects.toThrow(/Unknown projection nope; known: programme/);
  });
});
