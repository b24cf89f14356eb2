import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { AppConfig } from '../../config/app-config';
import { maskInternalErrors } from './production-errors';
import { queryLimits } from './query-limits';

/**
 * The Apollo options that harden the GraphQL endpoint. The landing page is off everywhere: every in-browser IDE Apollo
 * or Nest offers (Sandbox, Playground, GraphiQL) loads its code from a CDN, which a closed network cannot reach and a
 * ledger should not serve; in development, introspection stays on for any desktop client or curl.
 */
export const apolloHardening = (config: AppConfig): Partial<ApolloDriverConfig> => {
  const { plugins, validationRules, parseOptions } = queryLimits(config.hardening, config.production);
  return {
    playground: false,
    graphiql: false,
    plugins: [...plugins, ApolloServerPluginLandingPageDisabled()],
    validationRules,
    parseOptions,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: maskInternalErrors(config.production),
  };
};
