import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { HardeningConfig } from './hardening-config';

/** Which limit refused a document: `extensions.limit` on the error, beside `code: GRAPHQL_VALIDATION_FAILED`. */
export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives';

/**
 * graphql-armor reports a broken limit as a "Syntax Error: …"; this reports it as the validation error it is, naming the
 * limit, so Apollo refuses the whole document (HTTP 400, GRAPHQL_VALIDATION_FAILED) before any resolver runs.
 */
const reportAs =
  (limit: QueryLimit) =>
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));

const refusal = (limit: QueryLimit) => ({ propagateOnRejection: false, onReject: [reportAs(limit)] });

/**
 * Depth, cost, alias and directive limits from graphql-armor, as Apollo plugins and validation rules. Field suggestions
 * ("Did you mean …?") are masked in production only: they help a developer and map the schema for an attacker.
 *
 * The token limit is graphql-js's own (`parseOptions.maxTokens`): Apollo then refuses the document as a syntax error
 * (HTTP 400, GRAPHQL_PARSE_FAILED) before parsing past the limit, where graphql-armor's token plugin fails the request
 * as an unexpected error (HTTP 500).
 */
export const queryLimits = (
  limits: HardeningConfig,
  production: boolean,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: ParseOptions } => {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...refusal('depth') },
    costLimit: { maxCost: limits.maxCost, ...refusal('cost') },
    maxAliases: { n: limits.maxAliases, ...refusal('aliases') },
    maxDirectives: { n: limits.maxDirectives, ...refusal('directives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
};
