import { identity, isRole, type Identity } from '@makers/kernel';

/**
 * The claims MAKERS Ledger reads from a token besides `sub`. An identity provider maps its groups onto these
 * (e.g. a Keycloak mapper); unknown role names are ignored rather than trusted.
 */
export interface MakersClaims {
  readonly roles?: unknown;
  /** Municipality ids a municipal officer acts for. */
  readonly municipalities?: unknown;
  /** Platform ids a moderator or member acts for. */
  readonly platforms?: unknown;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export const identityFromClaims = (subject: string, claims: MakersClaims): Identity =>
  identity(subject, strings(claims.roles).filter(isRole), { municipalityIds: strings(claims.municipalities), platformIds: strings(claims.platforms) });
