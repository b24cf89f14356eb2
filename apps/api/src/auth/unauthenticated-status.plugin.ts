import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';

/**
 * Answers 401 to a GraphQL request refused for want of authentication. Apollo would already, from the error's
 * `extensions.http`; but Nest's Apollo driver sets every executed operation back to 200 (nestjs/graphql#2940, so
 * that clients parse `{ data, errors }`), and this plugin, registered after the driver's own, puts 401 back when the
 * operation produced nothing and every error is UNAUTHENTICATED. Proxies, monitors and plain HTTP clients then see
 * a refusal as one; GraphQL clients still read the same body.
 */
@Plugin()
export class UnauthenticatedStatusPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const nothingAnswered = data == null || Object.values(data).every((value) => value === null);
        if (nothingAnswered && errors?.length && errors.every((error) => error.extensions?.code === 'UNAUTHENTICATED')) response.http.status = 401;
      },
    };
  }
}
