import { assertNever, conflict, invalidInput, type Decider } from '@makers/kernel';
import { identifier, optionalName, requiredName } from '@makers/kernel';
import type { MunicipalityCommand, RegisterMunicipality } from './municipality.commands';
import { ENTITIES, isEntity, type Entity, type MunicipalityEvent } from './municipality.events';

export type Municipality =
  | { status: 'unregistered' }
  | { status: 'registered'; municipalityId: string; name: string; nameCyrillic: string | null; entity: Entity };

/** What a programme needs to know about a municipality to take it on as a partner; null when it is not registered. */
export type KnownMunicipality = { municipalityId: string; name: string; entity: Entity };

export const initialState: Municipality = { status: 'unregistered' };

export const evolve = (state: Municipality, event: MunicipalityEvent): Municipality => {
  switch (event.type) {
    case 'MunicipalityRegistered':
      return { status: 'registered', ...event.data };
    default:
      return assertNever(event.type); // a one-event union narrows by its type only
  }
};

export const decide = (command: MunicipalityCommand, state: Municipality): MunicipalityEvent[] => {
  switch (command.type) {
    case 'RegisterMunicipality':
      return register(command.data, state);
    default:
      return assertNever(command.type); // likewise
  }
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

const register = (data: RegisterMunicipality['data'], state: Municipality): MunicipalityEvent[] => {
  const municipalityId = identifier(data.municipalityId, 'municipalityId');
  const name = requiredName(data.name, 'name');
  if (CYRILLIC.test(name)) throw invalidInput('MunicipalityNameNotLatin', 'name is the Latin-script name; give the Cyrillic one as nameCyrillic', 'name');
  const nameCyrillic = optionalName(data.nameCyrillic, 'nameCyrillic');
  if (nameCyrillic !== null && !CYRILLIC.test(nameCyrillic)) {
    throw invalidInput('MunicipalityNameNotCyrillic', 'nameCyrillic must be written in Cyrillic script', 'nameCyrillic');
  }
  if (!isEntity(data.entity)) throw invalidInput('EntityUnknown', `entity must be one of ${ENTITIES.join(', ')}`, 'entity');
  if (state.status === 'registered') throw conflict('MunicipalityAlreadyRegistered', `Municipality ${municipalityId} is already registered`);
  return [{ type: 'MunicipalityRegistered', data: { municipalityId, name, nameCyrillic, entity: data.entity } }];
};

/** What the add-partner handler passes to the programme after loading the municipality's stream. */
export const knownMunicipality = (state: Municipality): KnownMunicipality | null =>
  state.status === 'registered' ? { municipalityId: state.municipalityId, name: state.name, entity: state.entity } : null;

export const municipalityDecider: Decider<MunicipalityCommand, MunicipalityEvent, Municipality> = { initialState, evolve, decide };
