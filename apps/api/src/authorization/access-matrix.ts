import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { identity, ROLES, type Identity, type Role } from '@makers/kernel';
import type { Scope } from '../testing/mutation-examples';

/**
 * What the role matrices share: the callers they try (one column per role, two for a scoped role: within the scope
 * the call concerns and outside it), the rules they expect, and the fields they read from the running app's schema.
 */

/** Roles whose permissions may hold only within a scope, and which scope that is. */
export const SCOPE_OF_ROLE = {
  'municipal-officer': 'municipalityIds',
  'platform-moderator': 'platformIds',
  'platform-member': 'platformIds',
} as const satisfies Partial<Record<Role, keyof Scope>>;
export type ScopedRole = keyof typeof SCOPE_OF_ROLE;

const isScoped = (role: Role): role is ScopedRole => role in SCOPE_OF_ROLE;

/** Who may call a mutation. */
export interface AccessRule {
  /** Allowed whatever the call concerns. */
  readonly roles: readonly Role[];
  /** Allowed only for the municipality or platform the call concerns (a municipal officer of Pale, for Pale). */
  readonly withinScope?: readonly ScopedRole[];
}

export interface Column {
  /** As the matrix prints it: `programme-manager`, `municipal-officer of the municipality concerned`. */
  readonly name: string;
  readonly role: Role;
  /** Whether the caller's scope is the one the call concerns (always false for a role without scope). */
  readonly withinScope: boolean;
  /** The caller for a call that concerns `concerns`; `unique` keeps an outside scope apart from every other. */
  identity(concerns: Scope | undefined, unique: string): Identity;
}

const scopeNoun = (role: ScopedRole) => (SCOPE_OF_ROLE[role] === 'municipalityIds' ? 'municipality' : 'platform');

/** Every role of the kernel; scoped roles twice, within the scope concerned and outside it. */
export const COLUMNS: readonly Column[] = ROLES.flatMap((role): Column[] => {
  if (!isScoped(role)) return [{ name: role, role, withinScope: false, identity: () => identity(`matrix:${role}`, [role]) }];
  const scope = SCOPE_OF_ROLE[role];
  return [
    {
      name: `${role} of the ${scopeNoun(role)} concerned`,
      role,
      withinScope: true,
      identity: (concerns) => identity(`matrix:${role}:concerned`, [role], { [scope]: concerns?.[scope] ?? [] }),
    },
    {
      name: `${role} of another ${scopeNoun(role)}`,
      role,
      withinScope: false,
      identity: (_, unique) => identity(`matrix:${role}:elsewhere`, [role], { [scope]: [`elsewhere-${unique}`] }),
    },
  ];
});

export const allows = (rule: AccessRule, column: Column): boolean =>
  rule.roles.includes(column.role) || (column.withinScope && (rule.withinScope as readonly Role[] | undefined)?.includes(column.role) === true);

/**
 * A scoped rule can only be tried on a call that says what it concerns: names what the example must add, if anything.
 */
export const missingConcern = (rule: AccessRule, concerns: Scope | undefined): string | undefined => {
  const missing = (rule.withinScope ?? []).filter((role) => !concerns?.[SCOPE_OF_ROLE[role]]?.length);
  return missing.length ? `concerns.${SCOPE_OF_ROLE[missing[0]]} (the rule allows ${missing.join(', ')} within scope)` : undefined;
};

/** The fields of the schema's Query or Mutation type, as the running app serves them. */
export const schemaFields = (app: INestApplication, type: 'Query' | 'Mutation'): string[] => {
  const { schema } = app.get(GraphQLSchemaHost);
  const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.keys(root?.getFields() ?? {}).sort();
};

/**
 * What a matrix lacks, as instructions: a field of the schema without a row or an example, or a row for a field the
 * schema no longer has. Empty when every field is covered.
 */
export const coverageGaps = (
  fields: readonly string[],
  /** `where` reads after `what`: 'to MUTATION_RULES (its file)'. */
  covered: readonly { readonly what: string; readonly where: string; readonly has: (field: string) => boolean }[],
  rows: readonly string[],
  rowsWhere: string,
): string[] => [
  ...fields.flatMap((field) => covered.filter(({ has }) => !has(field)).map(({ what, where }) => `${field}: add ${what} ${where}`)),
  ...rows.filter((row) => !fields.includes(row)).map((row) => `${row}: the schema has no such field any more; remove its row from ${rowsWhere}`),
];
