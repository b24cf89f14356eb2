/**
 * How a domain rule says no. `code` is the stable, client-facing class of failure (the API maps it to a GraphQL
 * error code); `rule` names the broken rule so a client can tell refusals apart (`MunicipalityAlreadyPartner`).
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'FORBIDDEN';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly rule: string,
    message: string,
    /** The input field at fault, where there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = rule;
  }
}

export const invalidInput = (rule: string, message: string, field?: string) => new DomainError('BAD_USER_INPUT', rule, message, field);
export const conflict = (rule: string, message: string) => new DomainError('CONFLICT', rule, message);
export const notFound = (rule: string, message: string) => new DomainError('NOT_FOUND', rule, message);
