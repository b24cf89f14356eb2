import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { Identity } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import { requestOf, type ApiRequest } from '../auth/request-identity';
import { MISSING_TOKEN, unauthenticated } from '../auth/unauthenticated';

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The one place command metadata is built: the edge reads the clock and the identity, the domain never does. */
export const commandMetadataFor = (identity: Identity, request?: Pick<ApiRequest, 'headers'>): CommandMetadata => {
  const header = request?.headers?.[CORRELATION_HEADER];
  const correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : uuidv7();
  return { commandId: uuidv7(), identity, issuedAt: new Date(), correlationId };
};

/**
 * Resolver parameter: `@Metadata() metadata: CommandMetadata`, for the identity the authentication guard verified.
 * The guard runs first; the check here keeps a resolver marked @Public() by mistake from issuing commands as nobody.
 */
export const Metadata = createParamDecorator((_: unknown, context: ExecutionContext): CommandMetadata => {
  const request = requestOf(context);
  if (!request.identity) throw unauthenticated(context, MISSING_TOKEN);
  return commandMetadataFor(request.identity, request);
});
