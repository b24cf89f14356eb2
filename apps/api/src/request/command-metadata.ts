import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { Identity } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { requestOf, type ApiRequest } from '../auth/request-identity';

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The one place command metadata is built: the edge reads the clock and the identity, the domain never does. */
export const commandMetadataFor = (identity: Identity, request?: Pick<ApiRequest, 'headers'>): CommandMetadata => {
  const header = request?.headers?.[CORRELATION_HEADER];
  const correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : uuidv7();
  return { commandId: uuidv7(), identity, issuedAt: new Date(), correlationId };
};

/** Resolver parameter: `@Metadata() metadata: CommandMetadata`, for the identity the authentication guard verified. */
export const Metadata = createParamDecorator((_: unknown, context: ExecutionContext): CommandMetadata => {
  const request = requestOf(context);
  if (!request.identity) throw new UnauthorizedException('Send a bearer token in the Authorization header');
  return commandMetadataFor(request.identity, request);
});
