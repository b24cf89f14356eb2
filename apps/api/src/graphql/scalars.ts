import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';

/**
 * Money and positions need integers beyond GraphQL's 32-bit Int (an envelope in BAM feninga passes 2^31 quickly):
 * SafeInt carries any integer up to 2^53 exactly. JSON carries event payloads in the audit trail as they were stored.
 */
export const SafeInt = GraphQLSafeInt;
export const JSONScalar = GraphQLJSON;
