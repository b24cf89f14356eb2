import type { ApiHarness } from '../testing/api-harness';

/**
 * A valid call of a query, for the query matrix: run on data its context's `prepare` recorded once, it answers with
 * something (not null) to a reader allowed to see it. Each context keeps its examples beside its resolvers
 * (`<context>/<context>.query-examples.ts`); a query added to the schema without one fails the matrix.
 */
export interface QueryExample {
  readonly document: string;
  readonly variables?: Record<string, unknown>;
}

export interface QueryExamples {
  /** Records, as an administrator, what the examples read. */
  prepare(api: ApiHarness): Promise<void>;
  readonly queries: Readonly<Record<string, QueryExample>>;
}
