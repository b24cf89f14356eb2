import { Inject, Injectable } from '@nestjs/common';
import { foldStream, type EventStore } from '@makers/event-store';
import { personDecider, personStreamName, type PersonalData } from '@makers/people';
import type { PersonalDataVault } from '@makers/vault';
import { EVENT_STORE, VAULT } from '../infrastructure/tokens';
import type { PersonFacts, PersonLookup } from './person-lookup';

/**
 * Folds the person's stream, as a handler must (the read model may lag), and opens the sealed data with the vault for
 * the year of birth alone. A person whose key is gone counts as forgotten even if `PersonForgotten` is not yet
 * appended: their data can no longer be read, so no rule may lean on it.
 */
@Injectable()
export class VaultPersonLookup implements PersonLookup {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(VAULT) private readonly vault: PersonalDataVault,
  ) {}

  async find(personId: string): Promise<PersonFacts | null> {
    const person = await foldStream(this.store, personStreamName(personId), personDecider);
    switch (person.status) {
      case 'unregistered':
        return null;
      case 'forgotten':
        return { personId: person.personId, sex: person.sex, birthYear: null, forgotten: true };
      case 'registered': {
        const personal = await this.vault.open<PersonalData>(person.personId, person.sealed);
        if (!personal) return { personId: person.personId, sex: person.sex, birthYear: null, forgotten: true };
        return { personId: person.personId, sex: person.sex, birthYear: personal.yearOfBirth ?? null, forgotten: false };
      }
    }
  }
}
