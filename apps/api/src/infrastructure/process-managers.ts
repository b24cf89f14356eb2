import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@makers/event-store';
import type { Projection } from '@makers/projections';

/**
 * A process manager reacts to events by sending commands: an award starts initiatives, say. It is fed like a
 * projection, by the event store's checkpointed subscription (never the in-process bus, which neither orders nor
 * awaits), so it sees every event once per checkpoint; a crash between its command and its checkpoint delivers the
 * event again, so its commands must be idempotent (deterministic ids, a repeat refused as a conflict and taken as done).
 */
export interface ProcessManager {
  /** Stable: keys its checkpoint. */
  readonly name: string;
  readonly version: number;
  readonly eventTypes: readonly string[];
  react(event: RecordedEvent): Promise<void>;
}

/** The runner's shape for it: a projection with no tables of its own. */
export const processManagerProjection = (manager: ProcessManager): Projection => ({
  name: `process:${manager.name}`,
  version: manager.version,
  eventTypes: manager.eventTypes,
  setup: async () => undefined,
  teardown: async () => undefined,
  apply: (_trx, event) => manager.react(event),
});

/**
 * Where context modules register their process managers (in onModuleInit); the projection runner starts them with the
 * read models. The CLI's replay leaves them out: rebuilding a read model must not send commands.
 */
@Injectable()
export class ProcessManagers {
  private readonly managers: ProcessManager[] = [];

  register(manager: ProcessManager): void {
    this.managers.push(manager);
  }

  all(): readonly ProcessManager[] {
    return this.managers;
  }
}
