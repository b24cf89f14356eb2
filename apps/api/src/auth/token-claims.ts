import { identity, isRole, type Identity } from '@makers/kernel';
import { InvalidToken } from './invalid-token';

/**
 * The claims MAKERS Ledger reads from a verified token. An identity provider maps its groups onto these (e.g. a
 * Keycloak mapper); each is a JSON array of strings.
 */
export interface MakersClaims {
  /** Who acts: recorded as the actor of every event the request causes. */
  readonly sub?: unknown;
  readonly roles?: unknown;
  /** Municipality ids a municipal officer acts for. */
  readonly municipalities?: unknown;
  /** Platform ids a moderator or member acts for. */
  readonly platforms?: unknown;
}

/** The subject lands in every event's metadata, forever: printable text of a sensible length, nothing else. */
const SUBJECT = /^[^\p{Cc}\p{Cs}]{1,256}$/u;

const strings = (value: unknown): string[] => (Array.isArray(value) ? [...new Set(value.filter((item): item is string => typeof item === 'string'))] : []);

/**
 * The identity a verified token proves. Role names this ledger does not know are dropped rather than trusted (an
 * identity provider may send its own groups too); a token with none of ours still proves who the caller is, and the
 * policies then let it do nothing.
 */
export const identityFromClaims = (claims: MakersClaims): Identity => {
  if (typeof claims.sub !== 'string' || !SUBJECT.test(claims.sub)) throw new InvalidToken('the token\'s "sub" claim is not a usable subject');
  return identity(claims.sub, strings(claims.roles).filter(isRole), { municipalityIds: strings(claims.municipalities), platformIds: strings(claims.platforms) });
};
