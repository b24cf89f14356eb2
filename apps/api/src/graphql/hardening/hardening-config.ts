/** Limits that keep one client from exhausting the API, read from the environment with defaults that suit a real client. */
export interface HardeningConfig {
  /** Deepest selection nesting a document may have (GRAPHQL_MAX_DEPTH). */
  readonly maxDepth: number;
  /** Highest cost graphql-armor may compute for a document: 2 per object, 1 per scalar, ×1.5 per level (GRAPHQL_MAX_COST). */
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Lexical tokens in a document, checked before it is parsed (GRAPHQL_MAX_TOKENS). */
  readonly maxTokens: number;
  /** Largest request body, in bytes (HTTP_BODY_LIMIT_BYTES). */
  readonly bodyLimitBytes: number;
  /** Requests one identity (or, unauthenticated, one IP address) may send per window, counted once per HTTP request. */
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
}

export const DEFAULT_HARDENING: HardeningConfig = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1000,
  bodyLimitBytes: 100 * 1024,
  rateLimit: { limit: 600, windowMs: 60_000 },
};

const positiveInteger = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  // A typo in a limit must stop the start, not silently lift the limit.
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
};

export const readHardeningConfig = (env: NodeJS.ProcessEnv): HardeningConfig => ({
  maxDepth: positiveInteger(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_HARDENING.maxDepth),
  maxCost: positiveInteger(env, 'GRAPHQL_MAX_COST', DEFAULT_HARDENING.maxCost),
  maxAliases: positiveInteger(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_HARDENING.maxAliases),
  maxDirectives: positiveInteger(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_HARDENING.maxDirectives),
  maxTokens: positiveInteger(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_HARDENING.maxTokens),
  bodyLimitBytes: positiveInteger(env, 'HTTP_BODY_LIMIT_BYTES', DEFAULT_HARDENING.bodyLimitBytes),
  rateLimit: {
    limit: positiveInteger(env, 'RATE_LIMIT', DEFAULT_HARDENING.rateLimit.limit),
    windowMs: positiveInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', DEFAULT_HARDENING.rateLimit.windowMs / 1000) * 1000,
  },
});
