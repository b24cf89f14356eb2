import type { CommandMetadata } from '@makers/event-store';
import type { ForgetPerson, PersonalDataInput, Sex } from '@makers/people';

/**
 * A people command as callers send it: personal data in clear. The handler checks it, seals it with the vault under
 * the person's key, and passes the domain command both forms; only the sealed one reaches an event.
 */
export type PersonRequest =
  | { type: 'RegisterPerson'; data: { personId: string; sex: Sex; personal: PersonalDataInput } }
  | { type: 'UpdatePersonalData'; data: { personId: string; personal: PersonalDataInput } }
  | ForgetPerson;

/** One bus message for the person aggregate, as GraphQL and the CLI's seed send it. */
export class ExecutePersonCommand {
  constructor(
    readonly request: PersonRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
