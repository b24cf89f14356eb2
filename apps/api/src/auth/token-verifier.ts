import { createRemoteJWKSet, errors, jwtVerify, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import type { Identity } from '@makers/kernel';
import type { AuthConfig } from '../config/app-config';
import { InvalidToken } from './invalid-token';
import { LOCAL_ALGORITHM, loadOrCreateLocalSigningKey } from './local-signing-key';
import { discoverJwksUrl } from './oidc-discovery';
import { identityFromClaims, type MakersClaims } from './token-claims';

export interface TokenVerifier {
  /** The identity a bearer token proves; throws InvalidToken when it proves none. */
  verify(token: string): Promise<Identity>;
}

/**
 * Asymmetric algorithms only: `none`, and HMAC tokens (whose "secret" could be the issuer's public key, the
 * algorithm-confusion attack), are refused before any key is looked at.
 */
const ACCEPTED_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];

/** A minute of leeway on `exp` and `nbf`, for clocks of the issuer and of this host that disagree a little. */
const CLOCK_TOLERANCE_SECONDS = 60;

const verifierFor = (key: CryptoKey | JWTVerifyGetKey, auth: AuthConfig, algorithms: string[]): TokenVerifier => ({
  async verify(token) {
    try {
      const { payload } = await jwtVerify<MakersClaims>(token, key as JWTVerifyGetKey, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      return identityFromClaims(payload);
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new InvalidToken(describe(error));
      throw error;
    }
  },
});

/** What the caller can do about it, without echoing the token's content. */
const describe = (error: InstanceType<typeof errors.JOSEError>): string => {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key the issuer does not publish';
  if (error instanceof errors.JWKSTimeout) return "the issuer's keys could not be fetched in time; try again";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the token is malformed';
  return 'the token is not valid';
};

export const createTokenVerifier = async (auth: AuthConfig, dataDir: string): Promise<TokenVerifier> => {
  switch (auth.mode) {
    case 'local':
      return verifierFor((await loadOrCreateLocalSigningKey(dataDir)).publicKey, auth, [LOCAL_ALGORITHM]);
    case 'oidc':
      // jose fetches the key set at the first token, keeps it up to 10 minutes, and fetches it again when a token
      // names a key id it has not seen (a rotation), at most every 30 seconds.
      return verifierFor(createRemoteJWKSet(auth.jwksUrl ? new URL(auth.jwksUrl) : await discoverJwksUrl(auth.issuer)), auth, ACCEPTED_ALGORITHMS);
    default: {
      const unknown: never = auth;
      throw new Error(`Unknown auth mode ${JSON.stringify(unknown)}`);
    }
  }
};
