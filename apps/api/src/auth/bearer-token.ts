/** The token68 syntax of RFC 6750: what a bearer token may look like before anyone verifies it. */
const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/**
 * The bearer token in an Authorization header: `undefined` when none was sent, `null` when the header is there but
 * is not `Bearer <token>` (a Basic header, a bare token, two tokens), so the refusal can say which.
 */
export const bearerToken = (header: string | string[] | undefined): string | null | undefined => {
  if (header === undefined || header === '') return undefined;
  if (typeof header !== 'string') return null;
  return BEARER.exec(header)?.[1] ?? null;
};
