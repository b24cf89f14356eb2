import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** ES256: small tokens, and a key pair whose public half can be published as a JWKS later. */
export const LOCAL_ALGORITHM = 'ES256';

export interface LocalSigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

export const localSigningKeyPath = (dataDir: string) => join(dataDir, 'auth', 'signing-key.jwk.json');

/**
 * The embedded default's signing key: created on first start (by the API or by the CLI, whichever runs first), kept
 * owner-readable only beside the event store, so tokens minted by the CLI stay valid across restarts. Production
 * verifies against an OpenID Connect issuer instead.
 */
export const loadOrCreateLocalSigningKey = async (dataDir: string): Promise<LocalSigningKey> => {
  const path = localSigningKeyPath(dataDir);
  if (!existsSync(path)) await createKeyFile(path);
  const jwk = JSON.parse(readFileSync(path, 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = jwk;
  return {
    kid: jwk.kid ?? 'local',
    privateKey: (await importJWK(jwk, LOCAL_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, LOCAL_ALGORITHM)) as CryptoKey,
  };
};

/**
 * Written whole to a private temporary file, then linked into place: the API and the CLI starting at once never
 * read a half-written key, and the first one to link wins (a link never overwrites).
 */
const createKeyFile = async (path: string) => {
  const { privateKey } = await generateKeyPair(LOCAL_ALGORITHM, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), alg: LOCAL_ALGORITHM, use: 'sig', kid: `local-${Date.now().toString(36)}` };
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, JSON.stringify(jwk, null, 2), { mode: 0o600, flag: 'wx' });
  // The umask may have narrowed the mode, never widened it; chmod states it outright.
  chmodSync(temporary, 0o600);
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
};
