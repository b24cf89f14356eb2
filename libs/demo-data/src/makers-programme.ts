import type { RegisterMunicipality, RegisterProgramme } from '@makers/programme';

/**
 * The MAKERS programme as UNDP in Bosnia and Herzegovina published it (see /work/shared/seed/makers-undp-bih.en.md),
 * as the payloads of the programme context's commands. Numbers the publication gives are kept; where it states an
 * aim without a number, the minimum is 1 ("at least one") and the comment says so.
 */
export const makersProgramme: RegisterProgramme['data'] = {
  programmeId: 'makers',
  name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
  donor: 'UNDP',
  sector: 'Justice and security',
  budgetEnvelope: { amountMinor: 42_500_000, currency: 'USD' },
  startsOn: '2020-03-01',
  endsOn: '2023-03-31',
  targets: [
    {
      code: 'co-financed-initiatives',
      description: 'At least 8 local initiatives identified at platform meetings, co-financed together with the municipalities',
      minimum: 8,
    },
    { code: 'partner-municipalities', description: '14 partner municipalities and cities, in both entities and Brčko District', minimum: 14 },
    // The publication names no number: "establish inter-entity and inter-municipal dialogue platforms" in the first year.
    {
      code: 'inter-entity-platforms',
      description: 'Inter-entity and inter-municipal dialogue platforms established in the first year',
      minimum: 1,
    },
    // Likewise: "an open call for project proposals is published".
    { code: 'open-calls-for-proposals', description: 'An open call for project proposals in support of the platforms\u2019 priorities', minimum: 1 },
  ],
};

type MunicipalityPayload = RegisterMunicipality['data'];

/** The 14 partner municipalities and cities, in the order the publication lists them. Ids are stable slugs. */
export const makersMunicipalities: readonly MunicipalityPayload[] = [
  { municipalityId: 'centar-sarajevo', name: 'Centar Sarajevo', nameCyrillic: null, entity: 'FBIH' },
  { municipalityId: 'novo-sarajevo', name: 'Novo Sarajevo', nameCyrillic: null, entity: 'FBIH' },
  { municipalityId: 'istocno-novo-sarajevo', name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' },
  { municipalityId: 'pale', name: 'Pale', nameCyrillic: 'Пале', entity: 'RS' },
  { municipalityId: 'trebinje', name: 'Trebinje', nameCyrillic: 'Требиње', entity: 'RS' },
  { municipalityId: 'doboj', name: 'Doboj', nameCyrillic: 'Добој', entity: 'RS' },
  { municipalityId: 'doboj-istok', name: 'Doboj Istok', nameCyrillic: null, entity: 'FBIH' },
  { municipalityId: 'brcko', name: 'Brčko', nameCyrillic: 'Брчко', entity: 'BD' },
  { municipalityId: 'bijeljina', name: 'Bijeljina', nameCyrillic: 'Бијељина', entity: 'RS' },
  { municipalityId: 'mostar', name: 'Mostar', nameCyrillic: null, entity: 'FBIH' },
  { municipalityId: 'bugojno', name: 'Bugojno', nameCyrillic: null, entity: 'FBIH' },
  // "Trnovo RS": Trnovo in Republika Srpska, not its namesake in the Federation.
  { municipalityId: 'trnovo-rs', name: 'Trnovo RS', nameCyrillic: 'Трново', entity: 'RS' },
  { municipalityId: 'travnik', name: 'Travnik', nameCyrillic: null, entity: 'FBIH' },
  { municipalityId: 'novi-travnik', name: 'Novi Travnik', nameCyrillic: null, entity: 'FBIH' },
];

/** Every one of them is a partner of MAKERS. */
export const makersPartnerMunicipalityIds: readonly string[] = makersMunicipalities.map((municipality) => municipality.municipalityId);
