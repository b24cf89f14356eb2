import { DomainError } from './domain-error';
import { hasRole, type Identity, type Role } from './identity';

/** Whether `who` may issue `command` against an aggregate in `state`. */
export type Permission<Command, State> = (who: Identity, command: Command, state: State) => boolean;

/**
 * Who may issue each command of an aggregate: one permission per command type, so a command added without a rule
 * does not compile.
 */
export type Policy<Command extends { type: string }, State> = {
  readonly [Type in Command['type']]: Permission<Extract<Command, { type: Type }>, State>;
};

/** Any of these roles, whatever the command is about. */
export const anyOf =
  (...roles: Role[]): Permission<unknown, unknown> =>
  (who) =>
    hasRole(who, ...roles);

/** Either permission suffices. */
export const either =
  <Command, State>(...permissions: Permission<Command, State>[]): Permission<Command, State> =>
  (who, command, state) =>
    permissions.some((permission) => permission(who, command, state));

/** A role that counts only within its scope: a municipal officer for the municipality the command concerns. */
export const roleForMunicipality =
  <Command, State>(role: Role, municipalityOf: (command: Command, state: State) => string | readonly string[] | undefined): Permission<Command, State> =>
  (who, command, state) => {
    if (!hasRole(who, role)) return false;
    const concerned = municipalityOf(command, state);
    const ids = typeof concerned === 'string' ? [concerned] : (concerned ?? []);
    return ids.length > 0 && ids.every((id) => who.municipalityIds.includes(id));
  };

/** Likewise for a platform moderator or member and the platform the command concerns. */
export const roleForPlatform =
  <Command, State>(role: Role, platformOf: (command: Command, state: State) => string | undefined): Permission<Command, State> =>
  (who, command, state) => {
    if (!hasRole(who, role)) return false;
    const platformId = platformOf(command, state);
    return platformId !== undefined && who.platformIds.includes(platformId);
  };

/** Throws FORBIDDEN, naming the command, unless the policy lets `who` issue it. */
export const authorize = <Command extends { type: string }, State>(policy: Policy<Command, State>, command: Command, state: State, who: Identity): void => {
  const permission = policy[command.type as Command['type']] as Permission<Command, State>;
  if (!permission(who, command, state)) {
    throw new DomainError('FORBIDDEN', 'NotPermitted', `${who.subject} (${who.roles.join(', ') || 'no role'}) may not ${command.type}`);
  }
};
