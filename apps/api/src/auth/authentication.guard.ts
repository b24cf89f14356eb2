import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerToken } from './bearer-token';
import { IS_PUBLIC, requestOf } from './request-identity';
import { InvalidToken } from './invalid-token';
import type { TokenVerifier } from './token-verifier';
import { MISSING_TOKEN, unauthenticated } from './unauthenticated';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/**
 * Every GraphQL operation and route needs a valid bearer token, unless marked @Public(). The identity it proves is
 * attached to the request; commands take their actor and permissions from it, never from input.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = requestOf(context);
    // One operation may run several resolvers: the token is verified once per request.
    if (request.identity) return true;
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) throw unauthenticated(context, MISSING_TOKEN);
    if (token === null) throw unauthenticated(context, 'Not authenticated: the Authorization header must be "Bearer <token>"');
    try {
      request.identity = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw unauthenticated(context, `Not authenticated: ${error.message}`);
      throw error;
    }
    return true;
  }
}
