import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type CryptoKey } from 'jose';
import type { Identity } from '@makers/kernel';
import type { AuthConfig } from '../config/app-config';
import { LOCAL_ALGORITHM, loadOrCreateLocalSigningKey } from './local-signing-key';
import { identityFromClaims, type MakersClaims } from './token-claims';

/** A token that does not prove who the caller is: missing, malformed, forged, expired, or meant for someone else. */
export class InvalidToken extends Error {
  override readonly name = 'InvalidToken';
}

export interface TokenVerifier {
  /** The identity a bearer token proves, or InvalidToken. */
  verify(token: string): Promise<Identity>;
}

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are never accepted. */
const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'EdDSA'];

const verifierFor = (key: CryptoKey | JWTVerifyGetKey, auth: AuthConfig, algorithms: string[]): TokenVerifier => ({
  async verify(token) {
    try {
      const { payload } = await jwtVerify<MakersClaims>(token, key as JWTVerifyGetKey, { issuer: auth.issuer, audience: auth.audience, algorithms, requiredClaims: ['sub', 'exp'] });
      return identityFromClaims(payload.sub as string, payload);
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new InvalidToken(describe(error));
      throw error;
    }
  },
});

const describe = (error: InstanceType<typeof errors.JOSEError>): string => {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  return 'the token is not valid';
};

/** Where an OpenID Connect issuer publishes its keys, from its discovery document. */
const discoverJwksUrl = async (issuer: string): Promise<URL> => {
  const response = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`));
  if (!response.ok) throw new Error(`OpenID Connect discovery at ${issuer} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
  if (!jwksUri) throw new Error(`OpenID Connect discovery at ${issuer} names no jwks_uri`);
  return new URL(jwksUri);
};

export const createTokenVerifier = async (auth: AuthConfig, dataDir: string): Promise<TokenVerifier> => {
  switch (auth.mode) {
    case 'local':
      return verifierFor((await loadOrCreateLocalSigningKey(dataDir)).publicKey, auth, [LOCAL_ALGORITHM]);
    case 'oidc':
      // The key set is fetched lazily, cached, and refetched when a token names a key id it has not seen (rotation).
      return verifierFor(createRemoteJWKSet(auth.jwksUrl ? new URL(auth.jwksUrl) : await discoverJwksUrl(auth.issuer)), auth, ACCEPTED_ALGORITHMS);
    default: {
      const unknown: never = auth;
      throw new Error(`Unknown auth mode ${JSON.stringify(unknown)}`);
    }
  }
};
