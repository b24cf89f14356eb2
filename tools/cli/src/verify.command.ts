import { historyDigest, type HistoryDigest } from '@makers/event-store';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
import { openEventStore } from '../../../apps/api/src/infrastructure/open-stores';

export interface VerifyOptions {
  /** Check the history only up to this global position (where the digest was recorded). */
  readonly upTo?: number;
  /** The digest recorded earlier; absent: just compute and print. */
  readonly expect?: string;
}

export interface VerifyOutcome extends HistoryDigest {
  /** False when an expected digest was given and the history no longer matches it. */
  readonly matches: boolean;
}

/** Computes the chained digest of the event history, and compares it with one an auditor recorded earlier. */
export const verify = async (config: AppConfig, options: VerifyOptions): Promise<VerifyOutcome> => {
  const store = openEventStore(config);
  try {
    const digest = await historyDigest(store, { upTo: options.upTo });
    return { ...digest, matches: options.expect === undefined || options.expect === digest.digest };
  } finally {
    await store.close();
  }
};
