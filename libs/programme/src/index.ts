// The programme context's public face: what the API, the CLI and other contexts may use.
export { ENTITIES, ENTITY_NAMES, isEntity, MUNICIPALITY_EVENT_TYPES } from './municipality/municipality.events';
export type { Entity, MunicipalityEvent, MunicipalityRegistered } from './municipality/municipality.events';
export type { MunicipalityCommand, RegisterMunicipality } from './municipality/municipality.commands';
export { knownMunicipality, municipalityDecider } from './municipality/municipality.decider';
export { municipalityPolicy } from './municipality/municipality.policy';
export type { KnownMunicipality, Municipality } from './municipality/municipality.decider';
export { MUNICIPALITY_STREAM_PREFIX, municipalityStreamName } from './municipality/municipality.stream-name';

export { PROGRAMME_EVENT_TYPES } from './programme/programme.events';
export type {
  MunicipalityAddedAsPartner,
  MunicipalityRemovedAsPartner,
  ProgrammeEvent,
  ProgrammeRegistered,
  ProgrammeTarget,
} from './programme/programme.events';
export type { AddPartnerMunicipality, ProgrammeCommand, RegisterProgramme, RemovePartnerMunicipality } from './programme/programme.commands';
export { programmeDecider } from './programme/programme.decider';
export { programmePolicy } from './programme/programme.policy';
export type { Programme } from './programme/programme.decider';
export { PROGRAMME_STREAM_PREFIX, programmeStreamName } from './programme/programme.stream-name';


export { programmeProjection } from './read-models/programme.projection';
export { getProgramme, listProgrammes } from './read-models/programme.queries';
export type { ProgrammeView } from './read-models/programme.queries';
export { getMunicipality, listMunicipalities, listPartners } from './read-models/municipality.queries';
export type { ListMunicipalitiesOptions, MunicipalityView, PartnerView } from './read-models/municipality.queries';
export { MUNICIPALITIES, PARTNERS, PROGRAMMES } from './read-models/programme-read-model.tables';
export type { ProgrammeReadModelTables } from './read-models/programme-read-model.tables';
