import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerException, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import type { ApiRequest } from '../../auth/request-identity';

/** The request as the throttler sees it: the verdict is kept on it, so an operation with many fields counts once. */
type ThrottledRequest = ApiRequest & { res?: unknown; [THROTTLE_VERDICT]?: Promise<boolean> };

const THROTTLE_VERDICT = Symbol('throttleVerdict');

/**
 * The rate limit per identity. Registered after the authentication guard (HardeningModule is imported after AuthModule,
 * and Nest runs global guards in registration order), so a verified request is counted against its token's subject;
 * a public route (the health check) is counted against the caller's IP address.
 */
@Injectable()
export class IdentityThrottlerGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req } = this.getRequestResponse(context);
    const request = req as ThrottledRequest;
    // GraphQL runs guards once per top-level field; the budget is per HTTP request, and a refusal refuses every field.
    request[THROTTLE_VERDICT] ??= super.canActivate(context);
    return request[THROTTLE_VERDICT];
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const request = req as ApiRequest;
    return request.identity ? `subject:${request.identity.subject}` : `ip:${await super.getTracker(req)}`;
  }

  /** One budget per caller across every operation, rather than Nest's default of one per route. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    if (context.getType<string>() !== 'graphql') return super.getRequestResponse(context);
    const req = GqlExecutionContext.create(context).getContext<{ req: ThrottledRequest & Record<string, any> }>().req;
    return { req, res: req.res as Record<string, any> };
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const message = `Too many requests: ${detail.limit} per ${detail.ttl / 1000} s; retry after ${detail.timeToBlockExpire} s`;
    // The Retry-After header is already set on the HTTP response; GraphQL clients also get it in the error.
    if (context.getType<string>() === 'graphql') {
      throw new GraphQLError(message, { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: detail.timeToBlockExpire } });
    }
    throw new ThrottlerException(message);
  }
}
