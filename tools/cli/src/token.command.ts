import { identity, isRole, ROLES, type Identity } from '@makers/kernel';
import type { AppConfig } from '../../../apps/api/src/config/app-config';
import { demoUsers } from '../../../apps/api/src/auth/demo-users';
import { loadOrCreateLocalSigningKey } from '../../../apps/api/src/auth/local-signing-key';
import { mintLocalToken } from '../../../apps/api/src/auth/local-token-issuer';

export interface TokenOptions {
  readonly role: string;
  /** Another subject than the demo user's. */
  readonly subject?: string;
  readonly municipalities?: readonly string[];
  readonly platforms?: readonly string[];
  readonly expiresIn: string;
}

/**
 * Mints a bearer token the embedded default accepts, signed with the key under the data directory. Production
 * verifies tokens from an OpenID Connect issuer instead, and refuses these.
 */
export const mintToken = async (config: AppConfig, options: TokenOptions): Promise<string> => {
  if (config.auth.mode !== 'local') throw new Error(`Tokens come from the identity provider ${config.auth.issuer} here, not from this tool`);
  if (!isRole(options.role)) throw new Error(`Unknown role ${options.role}; roles: ${ROLES.join(', ')}`);
  const demo = demoUsers[options.role];
  const who: Identity = identity(options.subject ?? demo.subject, [options.role], {
    municipalityIds: options.municipalities ?? demo.municipalityIds,
    platformIds: options.platforms ?? demo.platformIds,
  });
  return mintLocalToken(await loadOrCreateLocalSigningKey(config.dataDir), config.auth, who, options.expiresIn);
};
