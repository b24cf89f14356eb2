import { Global, Module } from '@nestjs/common';
import { CommandSender } from '../commands/command-sender';
import { APP_CONFIG, readAppConfig } from '../config/app-config';
import { openEventStore, openReadModels } from './open-stores';
import { ProjectionRunnerService } from './projection-runner.service';
import { EVENT_STORE, READ_MODEL_DATABASE } from './tokens';

@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => readAppConfig() },
    { provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: openEventStore },
    { provide: READ_MODEL_DATABASE, inject: [APP_CONFIG], useFactory: openReadModels },
    ProjectionRunnerService,
    CommandSender,
  ],
  exports: [APP_CONFIG, EVENT_STORE, READ_MODEL_DATABASE, ProjectionRunnerService, CommandSender],
})
export class InfrastructureModule {}
