/** The three administrative units a municipality can belong to: Federation of BiH, Republika Srpska, Brčko District. */
export const ENTITIES = ['FBIH', 'RS', 'BD'] as const;
export type Entity = (typeof ENTITIES)[number];

export const ENTITY_NAMES: Readonly<Record<Entity, string>> = {
  FBIH: 'Federation of Bosnia and Herzegovina',
  RS: 'Republika Srpska',
  BD: 'Brčko District',
};

export const isEntity = (value: unknown): value is Entity => (ENTITIES as readonly unknown[]).includes(value);

export type MunicipalityRegistered = {
  type: 'MunicipalityRegistered';
  data: {
    municipalityId: string;
    /** In Latin script, with its diacritics ("Istočno Novo Sarajevo"). */
    name: string;
    /** In Cyrillic script where the municipality uses it ("Источно Ново Сарајево"), else null. */
    nameCyrillic: string | null;
    entity: Entity;
  };
};

export type MunicipalityEvent = MunicipalityRegistered;

export const MUNICIPALITY_EVENT_TYPES: readonly MunicipalityEvent['type'][] = ['MunicipalityRegistered'];
