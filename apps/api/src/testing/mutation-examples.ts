import type { Identity } from '@makers/kernel';
import type { ApiHarness } from './api-harness';

/**
 * A valid call of every mutation the schema has, for the tests that go over all of them (the role matrix, the
 * bad-input properties). `prepare` makes what the mutation needs exist, as an administrator, and returns the
 * variables of one call that succeeds; `unique` keeps calls apart so each can run on a fresh aggregate.
 *
 * Each context keeps its examples beside its resolvers (`<context>/<context>.mutation-examples.ts`) and they are merged
 * in `testing/all-mutation-examples.ts`. A mutation added to the schema without an example fails those tests.
 */
export interface MutationExample {
  /** The operation, with `$input` as its only variable. */
  readonly document: string;
  prepare(api: ApiHarness, unique: string): Promise<PreparedCall>;
}

export interface PreparedCall {
  readonly input: Record<string, unknown>;
  /**
   * The municipalities and platforms the call is about, where it is about any: the role matrix gives scoped roles
   * (municipal officer, platform moderator and member) an identity within this scope and one outside it.
   */
  readonly concerns?: Scope;
  /**
   * Who the valid call succeeds for, where an administrator may not make it: a mutation reserved to a person (the
   * proposal's submitter, an assigned evaluator, a member voting for themselves). Default: an administrator.
   */
  readonly caller?: Identity;
}

export interface Scope {
  readonly municipalityIds?: readonly string[];
  readonly platformIds?: readonly string[];
}

/** Runs a setup step as an administrator and fails loudly if the setup itself is refused. */
export const setUp = async (api: ApiHarness, document: string, input: Record<string, unknown>): Promise<void> => {
  const response = await api.graphql(document, { input }, { as: 'administrator' });
  if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
};
