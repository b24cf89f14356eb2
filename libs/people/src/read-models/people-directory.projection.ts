import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { foldName, type Projection } from '@makers/projections';
import { PERSON_EVENT_TYPES, type PersonEvent, type SealedPersonalData } from '../person/person.events';
import type { PersonalData } from '../person/personal-data';
import { createPeopleDirectoryTables, dropPeopleDirectoryTables, PEOPLE_DIRECTORY, type PeopleDirectoryTables, type PersonRow } from './people-directory.tables';
import { personSortKey } from './person-sort-key';

/**
 * What the projection needs of the vault (`@makers/vault`'s PersonalDataVault fits): the data sealed for a person, or
 * null once their key is erased. It throws when the blob cannot be trusted, and the projection then stops on that event
 * rather than show a person as erased who was not.
 */
export interface PersonalDataOpener {
  open<T extends object = object>(personId: string, sealed: SealedPersonalData): Promise<T | null>;
}

const isPersonEvent = (event: RecordedEvent): event is RecordedEvent & PersonEvent => (PERSON_EVENT_TYPES as readonly string[]).includes(event.type);

/** The columns that hold personal data or come from it, as the opened data fills them, or all null once erased. */
type PersonalColumns = Pick<PersonRow, 'name' | 'contact' | 'year_of_birth' | 'erased' | 'sort_key' | 'search_key'>;

const personalColumns = (personId: string, personal: PersonalData | null): PersonalColumns =>
  personal
    ? {
        name: personal.name,
        contact: personal.contact ?? null,
        year_of_birth: personal.yearOfBirth ?? null,
        erased: 0,
        sort_key: personSortKey(personal.name, personId),
        search_key: foldName(personal.name),
      }
    : { name: null, contact: null, year_of_birth: null, erased: 1, sort_key: personSortKey(null, personId), search_key: null };

/** The opened data, checked: the vault authenticates the bytes, this the shape the handler sealed. */
const asPersonalData = (personId: string, value: object | null): PersonalData | null => {
  if (value === null) return null;
  const { name, contact, yearOfBirth } = value as Partial<Record<keyof PersonalData, unknown>>;
  if (typeof name !== 'string' || (contact != null && typeof contact !== 'string') || (yearOfBirth != null && typeof yearOfBirth !== 'number')) {
    throw new Error(`The personal data sealed for person ${personId} is not { name, contact, yearOfBirth }`);
  }
  return { name, contact: contact ?? null, yearOfBirth: yearOfBirth ?? null };
};

/**
 * The people directory, for lists and for other contexts' read models to show members' names (`findPeople`). Names
 * are opened with the vault as events are applied: a person forgotten before a rebuild comes out erased from their very
 * first event, so a rebuild ends with the same rows as the live projection. Every write is an upsert or an update keyed
 * by id: applying an event twice leaves the same rows.
 */
export const peopleDirectoryProjection = (vault: PersonalDataOpener): Projection<PeopleDirectoryTables> => {
  const open = async (personId: string, sealed: SealedPersonalData) => asPersonalData(personId, await vault.open(personId, sealed));
  return {
    name: 'people-directory',
    version: 1,
    eventTypes: PERSON_EVENT_TYPES,
    setup: (db: Kysely<any>) => createPeopleDirectoryTables(db),
    teardown: (db: Kysely<any>) => dropPeopleDirectoryTables(db),
    apply: async (trx: Transaction<PeopleDirectoryTables>, recorded: RecordedEvent) => {
      if (!isPersonEvent(recorded)) return;
      const event = recorded as PersonEvent;
      switch (event.type) {
        case 'PersonRegistered': {
          const { personId, sex, sealed } = event.data;
          const row = { sex, ...personalColumns(personId, await open(personId, sealed)), registered_at: recorded.metadata.occurredAt };
          await trx
            .insertInto(PEOPLE_DIRECTORY)
            .values({ person_id: personId, ...row })
            .onConflict((conflict) => conflict.column('person_id').doUpdateSet(row))
            .execute();
          return;
        }
        case 'PersonalDataUpdated': {
          const { personId, sealed } = event.data;
          await trx
            .updateTable(PEOPLE_DIRECTORY)
            .set(personalColumns(personId, await open(personId, sealed)))
            .where('person_id', '=', personId)
            .where('erased', '=', 0)
            .execute();
          return;
        }
        case 'PersonForgotten': {
          const { personId } = event.data;
          await trx.updateTable(PEOPLE_DIRECTORY).set(personalColumns(personId, null)).where('person_id', '=', personId).execute();
          return;
        }
        default:
          assertNever(event);
      }
    },
  };
};
