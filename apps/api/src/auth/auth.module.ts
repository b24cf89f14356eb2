import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthenticationGuard, TOKEN_VERIFIER } from './authentication.guard';
import { createTokenVerifier } from './token-verifier';
import { UnauthenticatedStatusPlugin } from './unauthenticated-status.plugin';

@Global()
@Module({
  providers: [
    { provide: TOKEN_VERIFIER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createTokenVerifier(config.auth, config.dataDir) },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    UnauthenticatedStatusPlugin,
  ],
  exports: [TOKEN_VERIFIER],
})
export class AuthModule {}
