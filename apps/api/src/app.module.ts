import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { GraphQLExceptionFilter } from './errors/graphql-exception.filter';
import { apolloHardening } from './graphql/hardening/apollo-hardening';
import { HardeningModule } from './graphql/hardening/hardening.module';
import { HealthController } from './health/health.controller';
import { LedgerModule } from './ledger.module';
import { inputValidationPipe } from './validation/validation.pipe';

@Module({
  imports: [
    LedgerModule,
    AuthModule,
    // After AuthModule: global guards run in registration order, and the rate limit is keyed by the verified identity.
    HardeningModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        context: ({ req }: { req: unknown }) => ({ req }),
        ...apolloHardening(config),
      }),
    }),
    AuditModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_PIPE, useValue: inputValidationPipe },
    { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
  ],
})
export class AppModule {}
