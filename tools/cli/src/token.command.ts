import { isRole, ROLES } from '@makers/kernel';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
import { demoUsers } from '../../../apps/api/src/auth/demo-users';
import { loadOrCreateLocalSigningKey } from '../../../apps/api/src/auth/local-signing-key';
import { mintLocalToken } from '../../../apps/api/src/auth/local-token-issuer';
import { identityFromClaims } from '../../../apps/api/src/auth/token-claims';

export interface TokenOptions {
  readonly role: string;
  /** Another subject than the demo user's. */
  readonly subject?: string;
  readonly municipalities?: readonly string[];
  readonly platforms?: readonly string[];
  /** A jose time span: 30m, 8h, 7d. */
  readonly expiresIn: string;
}

const TIME_SPAN = /^\d+ ?(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/i;

/**
 * Mints a bearer token the embedded default accepts, signed with the key under the data directory (created here if
 * the API has not run yet). Production verifies tokens from an OpenID Connect issuer instead, and refuses these.
 */
export const mintToken = async (config: AppConfig, options: TokenOptions): Promise<string> => {
  if (config.auth.mode !== 'local') {
    throw new Error(`AUTH_ISSUER is set: tokens come from the identity provider ${config.auth.issuer}, not from this tool`);
  }
  if (!isRole(options.role)) throw new Error(`Unknown role ${JSON.stringify(options.role)}; roles: ${ROLES.join(', ')}`);
  if (!TIME_SPAN.test(options.expiresIn)) throw new Error(`--expires-in ${JSON.stringify(options.expiresIn)} is not a time span such as 30m, 8h or 7d`);
  const demo = demoUsers[options.role];
  // The same reading the API applies to a token's claims, so the tool never mints one the API would refuse.
  const who = identityFromClaims({
    sub: options.subject ?? demo.subject,
    roles: [options.role],
    municipalities: options.municipalities ?? demo.municipalityIds,
    platforms: options.platforms ?? demo.platformIds,
  });
  return mintLocalToken(await loadOrCreateLocalSigningKey(config.dataDir), config.auth, who, options.expiresIn);
};
