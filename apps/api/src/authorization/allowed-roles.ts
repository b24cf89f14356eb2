import { applyDecorators, SetMetadata, UnauthorizedException, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, hasRole, ROLES, type Role } from '@makers/kernel';
import { requestOf } from '../auth/request-identity';

/** Where @AllowedRoles leaves its roles, for the test that proves every query has a rule. */
export const ALLOWED_ROLES = 'makers:allowed-roles';

/** Every role there is: for what any authenticated user may read. */
export const EVERY_ROLE: readonly Role[] = ROLES;

const whatIsRead = (context: ExecutionContext) =>
  context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName : context.getHandler().name;

class AllowedRolesGuard implements CanActivate {
  constructor(private readonly roles: readonly Role[]) {}

  canActivate(context: ExecutionContext): boolean {
    const who = requestOf(context).identity;
    if (!who) throw new UnauthorizedException('Send a bearer token in the Authorization header');
    if (hasRole(who, ...this.roles)) return true;
    throw new DomainError('FORBIDDEN', 'NotPermitted', `${who.subject} (${who.roles.join(', ') || 'no role'}) may not read ${whatIsRead(context)}`);
  }
}

/**
 * Who may read a query. Commands are authorised where they are handled (each aggregate's policy); queries read only
 * read models, so their rule sits on the resolver method, in sight of the query it guards:
 *
 *   @AllowedRoles('donor-auditor', 'programme-manager', 'administrator')
 *   @Query(() => AuditTrail)
 *   auditTrail(...)
 *
 * A caller without one of the roles gets FORBIDDEN (rule NotPermitted), like a refused command. The guard runs after
 * the global authentication guard, so the identity is already verified; anonymous callers never get this far.
 */
export const AllowedRoles = (...roles: readonly Role[]) => applyDecorators(SetMetadata(ALLOWED_ROLES, roles), UseGuards(new AllowedRolesGuard(roles)));
