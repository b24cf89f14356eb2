import type { Entity } from './municipality.events';

export type RegisterMunicipality = {
  type: 'RegisterMunicipality';
  data: {
    municipalityId: string;
    /** Latin script, diacritics kept. */
    name: string;
    /** Cyrillic script, optional. */
    nameCyrillic?: string | null;
    entity: Entity;
  };
};

export type MunicipalityCommand = RegisterMunicipality;
