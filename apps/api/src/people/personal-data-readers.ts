import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { hasRole, type Identity, type Role } from '@makers/kernel';
import type { PersonView } from '@makers/people';
import { requestOf } from '../auth/request-identity';
import { MISSING_TOKEN, unauthenticated } from '../auth/unauthenticated';
import { sexCode, type Person } from './people.types';

/**
 * Who may see a person's contact and year of birth: those who sign people up and keep their data. Everyone else who
 * may read the directory sees names and sex only.
 */
export const PERSONAL_DATA_READERS: readonly Role[] = ['programme-manager', 'administrator', 'municipal-officer', 'platform-moderator'];

/** A person as `reader` may see them. */
export const personFor = (reader: Identity, view: PersonView): Person => {
  const mayRead = hasRole(reader, ...PERSONAL_DATA_READERS);
  return {
    id: view.id,
    sex: sexCode(view.sex),
    name: view.name,
    contact: mayRead ? view.contact : null,
    yearOfBirth: mayRead ? view.yearOfBirth : null,
    erased: view.erased,
  };
};

/** Resolver parameter: the verified identity of whoever reads (the authentication guard has run). */
export const Reader = createParamDecorator((_: unknown, context: ExecutionContext): Identity => {
  const request = requestOf(context);
  if (!request.identity) throw unauthenticated(context, MISSING_TOKEN);
  return request.identity;
});
