import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import type { CommandMetadata } from '@makers/event-store';

/** Until tokens arrive (the security issue), every request acts as this development identity. */
export const DEVELOPMENT_ACTOR = 'dev:programme-manager';

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

interface HttpRequestLike {
  headers?: Record<string, string | string[] | undefined>;
}

/** The one place command metadata is built: the edge reads the clock and the identity, the domain never does. */
export const commandMetadataFor = (request: HttpRequestLike | undefined, actor = DEVELOPMENT_ACTOR): CommandMetadata => {
  const header = request?.headers?.[CORRELATION_HEADER];
  const correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : uuidv7();
  return { commandId: uuidv7(), actor, issuedAt: new Date(), correlationId };
};

/** Resolver parameter: `@Metadata() metadata: CommandMetadata`. */
export const Metadata = createParamDecorator((_: unknown, context: ExecutionContext): CommandMetadata => {
  const request = GqlExecutionContext.create(context).getContext<{ req?: HttpRequestLike }>().req;
  return commandMetadataFor(request);
});
