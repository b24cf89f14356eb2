import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { authorize, DomainError, identifier } from '@makers/kernel';
import { foldStream, handleCommand, type CommandMetadata, type EventStore, type HandledCommand } from '@makers/event-store';
import { checkPersonalData, personDecider, personPolicy, personStreamName, type PersonCommand, type PersonEvent } from '@makers/people';
import type { PersonalDataVault } from '@makers/vault';
import { EVENT_STORE, VAULT } from '../infrastructure/tokens';
import { ExecutePersonCommand, type PersonRequest } from './people.commands';

@CommandHandler(ExecutePersonCommand)
export class PersonCommandHandler implements ICommandHandler<ExecutePersonCommand, HandledCommand<PersonEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(VAULT) private readonly vault: PersonalDataVault,
  ) {}

  async execute({ request, metadata }: ExecutePersonCommand): Promise<HandledCommand<PersonEvent>> {
    if (request.type === 'ForgetPerson') return this.forget(request, metadata);
    const command = await this.sealed(request, metadata);
    return handleCommand(this.store, { streamName: personStreamName(command.data.personId), decider: personDecider, policy: personPolicy }, command, metadata);
  }

  /**
   * Authorised, then the personal data checked as the decider will check it, then sealed: only a caller the policy
   * lets in gets a key made for a person, and a bad field is refused before the vault is touched.
   */
  private async sealed(request: Exclude<PersonRequest, { type: 'ForgetPerson' }>, metadata: CommandMetadata): Promise<PersonCommand> {
    const personId = identifier(request.data.personId, 'personId');
    const state = await foldStream(this.store, personStreamName(personId), personDecider);
    // The people policy goes by role alone; handleCommand asks it again, with the sealed command, before appending.
    authorize(personPolicy, request as PersonCommand, state, metadata.identity);
    const personal = checkPersonalData(request.data.personal, metadata.issuedAt);
    // A forgotten person's key is a tombstone: seal refuses with CONFLICT PersonForgotten, as the decider would.
    const sealed = await this.vault.seal(personId, personal);
    return request.type === 'RegisterPerson'
      ? { type: 'RegisterPerson', data: { personId, sex: request.data.sex, personal, sealed } }
      : { type: 'UpdatePersonalData', data: { personId, personal, sealed } };
  }

  /**
   * `PersonForgotten` first, then the key: a crash in between leaves a person forgotten in the history whose key
   * survives, and a repeat (refused as already forgotten) erases it then.
   */
  private async forget(command: PersonCommand & { type: 'ForgetPerson' }, metadata: CommandMetadata): Promise<HandledCommand<PersonEvent>> {
    const target = { streamName: personStreamName(command.data.personId), decider: personDecider, policy: personPolicy };
    try {
      const handled = await handleCommand(this.store, target, command, metadata);
      await this.vault.forget(command.data.personId);
      return handled;
    } catch (error) {
      if (error instanceof DomainError && error.rule === 'PersonAlreadyForgotten') await this.vault.forget(command.data.personId);
      throw error;
    }
  }
}
