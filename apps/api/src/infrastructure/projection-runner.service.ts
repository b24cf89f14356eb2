import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@makers/event-store';
import { ProjectionRunner, type ReadModelDatabase } from '@makers/projections';
import type { PersonalDataVault } from '@makers/vault';
import { ProcessManagers, processManagerProjection } from './process-managers';
import { allProjections } from './projections';
import { EVENT_STORE, READ_MODEL_DATABASE, VAULT, VAULT_DATABASE } from './tokens';

/**
 * Runs the projections inside the API process, fed by the event store's checkpointed subscription (never the
 * in-process event bus, which neither orders nor awaits). Several instances may run it: leases pick one per projection.
 */
@Injectable()
export class ProjectionRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private runner?: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly database: ReadModelDatabase,
    @Inject(VAULT) private readonly vault: PersonalDataVault,
    @Inject(VAULT_DATABASE) private readonly vaultDatabase: ReadModelDatabase,
    private readonly processManagers: ProcessManagers,
  ) {}

  /** After every module's onModuleInit, so the process managers the contexts registered run too. */
  async onApplicationBootstrap(): Promise<void> {
    this.runner = new ProjectionRunner({
      store: this.store,
      database: this.database,
      projections: [...allProjections({ vault: this.vault }), ...this.processManagers.all().map(processManagerProjection)],
      logger: { log: (message: string) => this.logger.log(message), error: (message: string, error?: unknown) => this.logger.error(message, error instanceof Error ? error.stack : error) },
    });
    await this.runner.start();
  }

  /**
   * Read-your-writes: a mutation waits until the read models (and process managers) include what it appended. A process
   * manager must therefore send its commands through the bus itself, never through CommandSender, or it would wait on
   * its own checkpoint.
   */
  waitForPosition(position: number): Promise<void> {
    if (!this.runner) return Promise.reject(new Error('The projections have not started'));
    return this.runner.waitForPosition(position);
  }

  /** Here, in this order: a projection still applying a batch may be opening names with the vault. */
  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    await this.database.destroy();
    await this.vaultDatabase.destroy();
    await this.store.close();
  }
}
