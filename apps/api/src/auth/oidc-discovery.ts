/** How long start-up waits for the issuer before giving up with a message that names it. */
const DISCOVERY_TIMEOUT_MS = 10_000;

/**
 * Why fetch failed, as an operator can act on it: undici hides the network error (ECONNREFUSED, ENOTFOUND, a
 * timeout) in `cause`. Read by shape, since errors from fetch need not share this realm's Error.
 */
const reasonOf = (error: unknown): string => {
  const { message, cause } = (error ?? {}) as { message?: string; cause?: { code?: string; message?: string } };
  return cause?.code ?? cause?.message ?? message ?? String(error);
};

/** A configuration the API cannot start with: the message says what to fix. */
export class AuthConfigurationError extends Error {
  override readonly name = 'AuthConfigurationError';
}

/**
 * Where an OpenID Connect issuer publishes its keys, read from its discovery document once at start. Failing here,
 * rather than at the first request, makes a wrong AUTH_ISSUER (or an issuer that is down) stop the deployment with a
 * message naming the issuer instead of refusing every user with 401.
 */
export const discoverJwksUrl = async (issuer: string): Promise<URL> => {
  const fail = (why: string) => new AuthConfigurationError(`OpenID Connect discovery for AUTH_ISSUER ${issuer} failed: ${why} (set AUTH_JWKS_URL to skip discovery)`);
  let url: URL;
  try {
    url = new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`);
  } catch {
    throw fail('it is not a URL');
  }
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
    if (!response.ok) throw fail(`${url.href} answered ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    if (error instanceof AuthConfigurationError) throw error;
    throw fail(`${url.href} could not be read (${reasonOf(error)})`);
  }
  // OpenID Connect Discovery 1.0, section 4.3: the document must name exactly the issuer it was fetched for.
  if (document.issuer !== issuer) throw fail(`the discovery document names issuer ${JSON.stringify(document.issuer)}`);
  if (typeof document.jwks_uri !== 'string') throw fail('the discovery document names no jwks_uri');
  return new URL(document.jwks_uri);
};
