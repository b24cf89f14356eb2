import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { IdentityThrottlerGuard } from './identity-throttler.guard';

/**
 * The rate limit per identity, kept in this process's memory: with N instances behind a balancer a caller gets up to N
 * budgets. Import it after AuthModule, so its guard runs after authentication has attached the identity.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ limit: config.hardening.rateLimit.limit, ttl: config.hardening.rateLimit.windowMs }],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: IdentityThrottlerGuard }],
})
export class HardeningModule {}
