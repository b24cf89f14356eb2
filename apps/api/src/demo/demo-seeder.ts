import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, identity, type Identity } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { CommandSender } from '../commands/command-sender';
import { commandMetadataFor } from '../request/command-metadata';

export interface SeedSummary {
  applied: number;
  /** Commands whose work was already there: refused as already done, deciding nothing, or not sent for that reason. */
  skipped: number;
}

/** The demo data is recorded under its own identity, so auditors can tell it from real entries. */
export const SEED_IDENTITY = identity('system:demo-seed', ['administrator']);

/**
 * Conflicts that mean "already done" without saying "Already" in their name, each met by a second run of the whole demo
 * seed (found by recording every refusal of a second run). Any other refusal is a broken fixture.
 */
const ALREADY_DONE_UNDER_ANOTHER_NAME: ReadonlySet<string> = new Set([
  // The same terms or tranches as the agreement or schedule in force.
  'AmendmentChangesNothing',
  'ScheduleChangesNothing',
  // A report submitted again while the version the seed submitted still awaits review.
  'ReportAwaitingReview',
  // ActivatePlatform on a platform the seed activated (it is active, no longer forming).
  'PlatformNotForming',
  // CancelMeeting on a meeting the seed cancelled (it is no longer scheduled).
  'MeetingNotScheduled',
  // ScoreProposal once the seed completed the call's evaluation.
  'EvaluationCompleted',
]);

/**
 * "Already done": a conflict whose rule says so by name (`InitiativeAlreadyStarted`, `DisbursementAlreadyPaid`,
 * `AlreadyVoted`), or one of the few above.
 */
const alreadyDone = (error: unknown): boolean =>
  error instanceof DomainError && error.code === 'CONFLICT' && (error.rule.includes('Already') || ALREADY_DONE_UNDER_ANOTHER_NAME.has(error.rule));

/** The domain command a bus message carries (`request` or `command`, by context), for a refusal's message. */
const commandTypeOf = (message: object): string => {
  const { request, command } = message as { request?: { type?: unknown }; command?: { type?: unknown } };
  return String(request?.type ?? command?.type ?? message.constructor.name);
};

/**
 * Sends the demo data's commands through the command bus, like any other client, so every rule applies. A command
 * refused as already done, or deciding nothing, counts as already there, which makes seeding idempotent; any other
 * refusal is a broken fixture and stops the seed, naming the rule and the command.
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
    const command = message({ ...commandMetadataFor(who), correlationId: this.correlationId, ...(at ? { issuedAt: new Date(at) } : {}) });
    try {
      const handled = await this.app.get(CommandSender).send(command);
      // A command that decides nothing (the same co-chairs named again) is as much "already there" as a refused one.
      if (handled.appended) this.summary.applied++;
      else this.summary.skipped++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (!alreadyDone(error)) {
        throw new Error(`The demo seed's ${commandTypeOf(command)} was refused with ${error.code} ${error.rule}: ${error.message}`, { cause: error });
      }
      this.summary.skipped++;
    }
  }

  /** Counts a command a seed step did not send because it can see its work is there, where the ledger could not tell. */
  alreadyThere(): void {
    this.summary.skipped++;
  }
}
