import type { GraphQLFormattedError } from 'graphql';

/**
 * In production an error that is not one of ours says nothing about the inside: no message from a driver or a library,
 * no extension beyond its code. Domain and validation errors keep their messages; they are meant for the client.
 */
export const maskInternalErrors =
  (production: boolean) =>
  (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (!production || code !== 'INTERNAL_SERVER_ERROR') return formatted;
    return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
  };
