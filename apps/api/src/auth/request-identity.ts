import { SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Identity } from '@makers/kernel';

/** The HTTP request as the API sees it: headers in, the verified identity attached by the authentication guard. */
export interface ApiRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  identity?: Identity;
}

/** The HTTP request behind a GraphQL resolver or a controller. */
export const requestOf = (context: ExecutionContext): ApiRequest =>
  context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext<{ req: ApiRequest }>().req : context.switchToHttp().getRequest<ApiRequest>();

export const IS_PUBLIC = 'makers:public';

/** Marks a route that answers without a token (the health check). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
