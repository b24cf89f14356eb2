import { UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The refusal of a request that does not prove who sends it. Over GraphQL it carries code UNAUTHENTICATED and asks
 * Apollo (through `extensions.http`, which Apollo removes from the response) for status 401 with a
 * `WWW-Authenticate: Bearer` challenge (RFC 6750), so HTTP clients and proxies see what GraphQL clients see.
 */
export const unauthenticated = (context: ExecutionContext, message: string): Error => {
  if (context.getType<string>() !== 'graphql') return new UnauthorizedException(message);
  const headers = new HeaderMap([['www-authenticate', 'Bearer realm="makers-ledger"']]);
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers } } });
};

export const MISSING_TOKEN = 'Not authenticated: send a bearer token in the Authorization header';
