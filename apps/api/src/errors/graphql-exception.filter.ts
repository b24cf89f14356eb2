import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { toGraphQLError } from './to-graphql-error';

/** Every error a resolver throws leaves through toGraphQLError, so codes are the same on every path. */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') {
      // A REST route (the health check): JSON with the exception's status, not Express's HTML page with a stack trace.
      if (exception instanceof HttpException) {
        const [status, body] = [exception.getStatus(), exception.getResponse()];
        host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>().status(status).json(typeof body === 'string' ? { statusCode: status, message: body } : body);
        return;
      }
    }
    if (exception instanceof HttpException) {
      return new GraphQLError(exception.message, { extensions: { code: httpCode(exception.getStatus()) } });
    }
    return toGraphQLError(exception);
  }
}

const httpCode = (status: number) =>
  status === 400 ? 'BAD_USER_INPUT' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status === 409 ? 'CONFLICT' : 'INTERNAL_SERVER_ERROR';
