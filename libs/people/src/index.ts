// The people context's public face: persons whose personal data stands in events only sealed with a key per person
// (see @makers/vault), so that a person can be forgotten while the history and every figure stay.
export { isSex, PERSON_EVENT_TYPES, SEXES } from './person/person.events';
export type { PersonalDataUpdated, PersonEvent, PersonForgotten, PersonRegistered, SealedPersonalData, Sex } from './person/person.events';
export type { ForgetPerson, PersonCommand, RegisterPerson, UpdatePersonalData } from './person/person.commands';
export { checkPersonalData, checkSealed, EARLIEST_YEAR_OF_BIRTH, MAX_CONTACT_LENGTH } from './person/personal-data';
export type { PersonalData, PersonalDataInput } from './person/personal-data';
export { knownPerson, personDecider } from './person/person.decider';
export type { KnownPerson, Person } from './person/person.decider';
export { personPolicy } from './person/person.policy';
export { PERSON_STREAM_PREFIX, personStreamName } from './person/person.stream-name';
export { peopleDirectoryProjection } from './read-models/people-directory.projection';
export type { PersonalDataOpener } from './read-models/people-directory.projection';
export { findPeople, getPerson, listPeople } from './read-models/people-directory.queries';
export type { ListPeopleOptions, PersonSummary, PersonView } from './read-models/people-directory.queries';
export { PEOPLE_DIRECTORY } from './read-models/people-directory.tables';
export type { PeopleDirectoryTables } from './read-models/people-directory.tables';
