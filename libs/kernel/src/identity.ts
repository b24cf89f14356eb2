/**
 * Who is acting, as the edge established it (a verified token, or a trusted system process). The domain reads it to
 * decide who may do what; it never learns how the identity was proven.
 */
export const ROLES = [
  'programme-manager',
  'municipal-officer',
  'platform-moderator',
  'platform-member',
  'applicant',
  'evaluator',
  'donor-auditor',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export interface Identity {
  /** Stable id of the person or system (the token's `sub`); recorded as the actor of every event it causes. */
  readonly subject: string;
  readonly roles: readonly Role[];
  /** The municipalities a municipal officer acts for. */
  readonly municipalityIds: readonly string[];
  /** The platforms a moderator or member acts for. */
  readonly platformIds: readonly string[];
}

export const identity = (subject: string, roles: readonly Role[], scope: { municipalityIds?: readonly string[]; platformIds?: readonly string[] } = {}): Identity => ({
  subject,
  roles,
  municipalityIds: scope.municipalityIds ?? [],
  platformIds: scope.platformIds ?? [],
});

export const hasRole = (who: Identity, ...roles: Role[]): boolean => who.roles.some((role) => roles.includes(role));
