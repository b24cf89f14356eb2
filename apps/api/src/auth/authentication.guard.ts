import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, requestOf } from './request-identity';
import { InvalidToken, type TokenVerifier } from './token-verifier';

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
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header)?.[1] : undefined;
    if (!token) throw new UnauthorizedException('Send a bearer token in the Authorization header');
    try {
      request.identity = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(`Not authenticated: ${error.message}`);
      throw error;
    }
    return true;
  }
}
