import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from '@makers/kernel';
import { DuplicateEventIdError, WrongExpectedVersionError } from '@makers/event-store';

/** Stable codes a client can branch on; everything else is an internal error with no detail leaked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR';

const logger = new Logger('Errors');

/** The one mapping from what a command or query threw to what a GraphQL client sees. */
export const toGraphQLError = (error: unknown): GraphQLError => {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, rule: error.rule, ...(error.field ? { field: error.field } : {}) } });
  }
  if (error instanceof WrongExpectedVersionError) {
    return new GraphQLError('Someone else changed this record at the same time; reload and try again', {
      extensions: { code: 'CONFLICT', rule: 'ConcurrentModification' },
    });
  }
  if (error instanceof DuplicateEventIdError) {
    return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', rule: 'DuplicateEventId' } });
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
};
