import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, identity, type Identity } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { CommandSender } from '../commands/command-sender';
import { commandMetadataFor } from '../request/command-metadata';

export interface SeedSummary {
  applied: number;
  /** Commands the ledger refused as already done: the demo data was there. */
  skipped: number;
}

/** The demo data is recorded under its own identity, so auditors can tell it from real entries. */
export const SEED_IDENTITY = identity('system:demo-seed', ['administrator']);

/**
 * Sends the demo data's commands through the command bus, like any other client, so every rule applies. A command
 * refused as a conflict (already registered, already a partner), or deciding nothing, counts as already there, which
 * makes seeding idempotent; any other refusal is a broken fixture and stops the seed.
 */
export class DemoSeeder {
  readonly summary: SeedSummary = { applied: 0, skipped: 0 };
  private readonly correlationId = commandMetadataFor(SEED_IDENTITY).correlationId;

  constructor(readonly app: INestApplicationContext) {}

  /** Sends as the seed's own identity. */
  send(message: (metadata: CommandMetadata) => object): Promise<void> {
    return this.sendAs(SEED_IDENTITY, message);
  }

  /**
   * Sends as someone else, where a rule needs a second person (hours are verified by another than who logged them), and
   * at another time where the rule reads the command's time (a call's submissions were open in 2021, not today).
   */
  async sendAs(who: Identity, message: (metadata: CommandMetadata) => object, at?: string): Promise<void> {
    try {
      const metadata = { ...commandMetadataFor(who), correlationId: this.correlationId, ...(at ? { issuedAt: new Date(at) } : {}) };
      const handled = await this.app.get(CommandSender).send(message(metadata));
      // A command that decides nothing (the same co-chairs named again) is as much "already there" as a refused one.
      if (handled.appended) this.summary.applied++;
      else this.summary.skipped++;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
      this.summary.skipped++;
    }
  }
}
