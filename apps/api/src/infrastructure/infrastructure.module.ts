import { Global, Logger, Module } from '@nestjs/common';
import type { ReadModelDatabase } from '@makers/projections';
import { CommandSender } from '../commands/command-sender';
import { APP_CONFIG, readAppConfig, type AppConfig } from '../config/app-config';
import { openEventStore, openReadModels, openVault, openVaultDatabase } from './open-stores';
import { ProcessManagers } from './process-managers';
import { ProjectionRunnerService } from './projection-runner.service';
import { EVENT_STORE, READ_MODEL_DATABASE, VAULT, VAULT_DATABASE } from './tokens';

const openVaultWarningOfTheKey = (config: AppConfig, database: ReadModelDatabase) => {
  if (config.databaseUrl && !config.vaultMasterKey) {
    // Every instance sharing the database must wrap keys under one master key; a file of each instance's own is not that.
    new Logger('Vault').warn(`VAULT_MASTER_KEY is not set: the vault's master key is kept in ${config.dataDir}; set VAULT_MASTER_KEY where several instances share the database`);
  }
  return openVault(config, database);
};

@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => readAppConfig() },
    { provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: openEventStore },
    { provide: READ_MODEL_DATABASE, inject: [APP_CONFIG], useFactory: openReadModels },
    // Closed by the projection runner after it stops, since its projections open names with the vault.
    { provide: VAULT_DATABASE, inject: [APP_CONFIG], useFactory: openVaultDatabase },
    { provide: VAULT, inject: [APP_CONFIG, VAULT_DATABASE], useFactory: openVaultWarningOfTheKey },
    ProcessManagers,
    ProjectionRunnerService,
    CommandSender,
  ],
  exports: [APP_CONFIG, EVENT_STORE, READ_MODEL_DATABASE, VAULT, ProcessManagers, ProjectionRunnerService, CommandSender],
})
export class InfrastructureModule {}
