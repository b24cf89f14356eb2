import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { seedDemoData } from './demo/seed-demo-data';
import { configureHttp } from './graphql/hardening/configure-http';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: false });
  app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = new Logger('MAKERS Ledger');
  configureHttp(app, config);
  await app.init();
  // Seeded before listening, so the first request already sees the demo programme.
  if (config.seedDemoData) {
    const summary = await seedDemoData(app);
    logger.log(`MAKERS demo data: ${summary.applied} commands applied, ${summary.skipped} already there`);
  }
  await app.listen(config.port, config.host);
  logger.log(`GraphQL at http://${config.host}:${config.port}/graphql (events: ${config.eventStoreConnectionString ? 'EventStoreDB' : 'embedded SQLite'}, read models: ${config.databaseUrl ? 'PostgreSQL' : 'SQLite'}, data in ${config.dataDir})`);
}

void bootstrap();
