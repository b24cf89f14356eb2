import { SingleBar, Presets } from 'cli-progress';
import { rebuildProjection, type Projection } from '@makers/projections';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
import { allProjections } from '../../../apps/api/src/infrastructure/projections';
import { openEventStore, openReadModels, openVault, openVaultDatabase } from '../../../apps/api/src/infrastructure/open-stores';

export interface ReplayOptions {
  /** Only these projections; all when empty. */
  readonly projections: readonly string[];
  readonly batchSize?: number;
  /** Draw a progress bar (in a terminal) or print a line per projection. */
  readonly interactive: boolean;
}

export interface ReplayResult {
  readonly projection: string;
  readonly eventsApplied: number;
  readonly position: number;
  readonly seconds: number;
}

/** Rebuilds read models from zero by replaying the event store, and says how fast it went. */
export const replay = async (config: AppConfig, options: ReplayOptions, print: (line: string) => void = console.log): Promise<ReplayResult[]> => {
  const store = openEventStore(config);
  const database = openReadModels(config);
  // The people directory opens names with the vault as it replays: the same keys, the same master key as the API.
  const vaultDatabase = openVaultDatabase(config);
  try {
    const selected = select(allProjections({ vault: await openVault(config, vaultDatabase) }), options.projections);
    const head = await lastPosition(store);
    const results: ReplayResult[] = [];
    for (const projection of selected) {
      const bar = options.interactive ? new SingleBar({ format: `${projection.name} [{bar}] {percentage}% | {value}/{total} positions | {rate} events/s`, hideCursor: true }, Presets.shades_classic) : undefined;
      bar?.start(Math.max(head, 1), 0, { rate: 0 });
      const started = performance.now();
      const progress = await rebuildProjection({
        store,
        database,
        projection,
        batchSize: options.batchSize,
        onProgress: ({ position, eventsApplied }) => bar?.update(Math.max(position, 0), { rate: rate(eventsApplied, started) }),
      });
      bar?.update(Math.max(head, 1));
      bar?.stop();
      const seconds = (performance.now() - started) / 1000;
      results.push({ projection: projection.name, eventsApplied: progress.eventsApplied, position: progress.position, seconds });
      print(`${projection.name}: ${progress.eventsApplied} events applied up to position ${progress.position} in ${seconds.toFixed(2)} s (${rate(progress.eventsApplied, started)} events/s)`);
    }
    return results;
  } finally {
    await database.destroy();
    await vaultDatabase.destroy();
    await store.close();
  }
};

const select = (allProjections: readonly Projection[], names: readonly string[]): Projection[] => {
  if (names.length === 0) return [...allProjections];
  const unknown = names.filter((name) => !allProjections.some((projection) => projection.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown projection ${unknown.join(', ')}; known: ${allProjections.map((projection) => projection.name).join(', ')}`);
  }
  return allProjections.filter((projection) => names.includes(projection.name));
};

const lastPosition = (store: ReturnType<typeof openEventStore>): Promise<number> => store.headPosition();

const rate = (events: number, startedAt: number) => Math.round(events / Math.max((performance.now() - startedAt) / 1000, 0.001));
