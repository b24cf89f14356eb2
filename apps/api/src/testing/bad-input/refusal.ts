import type { GraphQLResponse } from '../api-harness';
import type { InputPath } from './input-slots';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field path is named when each of its field names appears as a whole word (`input.targets[0].code`, `targets.0.code`). */
const names = (text: string, path: InputPath) =>
  path
    .filter((step): step is string => typeof step === 'string')
    .every((step) => new RegExp(`(^|[^A-Za-z0-9_])${escape(step)}($|[^A-Za-z0-9_])`).test(text));

/** JSON, cut short: a generated input may be 20,000 characters long. */
export const preview = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 1500 ? `${text.slice(0, 1500)}… (${text.length} characters)` : text;
};

/**
 * What is wrong with how a bad input was answered, or undefined when it was refused as it should be: no data, at
 * least one error, every error BAD_USER_INPUT, and one of `expected` named in a message or in extensions.field(s).
 */
export const refusalProblem = (mutation: string, response: GraphQLResponse, expected: readonly InputPath[]): string | undefined => {
  const errors = response.errors ?? [];
  const problem = (what: string) => `${what}; the response was ${preview(response)}`;
  if (response.data?.[mutation] != null) return problem(`${mutation} accepted it`);
  if (errors.length === 0) return problem('no error');
  const codes = errors.map((error) => error.extensions?.code);
  if (codes.some((code) => code !== 'BAD_USER_INPUT')) return problem(`codes ${JSON.stringify(codes)} instead of BAD_USER_INPUT`);
  const text = errors
    .flatMap((error) => [error.message, error.extensions?.field ?? '', ...(error.extensions?.fields ?? []).map(({ field }) => field)])
    .join('\n');
  if (!expected.some((path) => names(text, path))) {
    return problem(`the error does not name ${expected.map((path) => path.join('.')).join(' or ')}`);
  }
  return undefined;
};
