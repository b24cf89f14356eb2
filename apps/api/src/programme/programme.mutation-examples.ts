import { setUp, type MutationExample } from '../testing/mutation-examples';

/** Valid calls of the programme context's mutations, for the matrices and the bad-input properties. */
export const registerProgrammeInput = (id: string) => ({
  id,
  name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
  donor: 'UNDP',
  currency: 'USD',
  budgetEnvelopeMinor: 42_500_000,
  startsOn: '2020-03-01',
  endsOn: '2023-03-31',
  targets: [{ code: 'co-financed-initiatives', description: 'At least 8 co-financed local initiatives', minimum: 8 }],
});

export const registerMunicipalityInput = (id: string) => ({ id, name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' });

export const REGISTER_PROGRAMME = 'mutation ($input: RegisterProgrammeInput!) { registerProgramme(input: $input) { id } }';
export const REGISTER_MUNICIPALITY = 'mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }';
export const ADD_PARTNER = 'mutation ($input: AddPartnerMunicipalityInput!) { addPartnerMunicipality(input: $input) { id } }';
export const REMOVE_PARTNER = 'mutation ($input: RemovePartnerMunicipalityInput!) { removePartnerMunicipality(input: $input) { id } }';

export const programmeMutationExamples: Readonly<Record<string, MutationExample>> = {
  registerProgramme: {
    document: REGISTER_PROGRAMME,
    prepare: async (_, unique) => ({ input: registerProgrammeInput(`programme-${unique}`) }),
  },
  registerMunicipality: {
    document: REGISTER_MUNICIPALITY,
    prepare: async (_, unique) => ({ input: registerMunicipalityInput(`municipality-${unique}`), concerns: { municipalityIds: [`municipality-${unique}`] } }),
  },
  addPartnerMunicipality: {
    document: ADD_PARTNER,
    prepare: async (api, unique) => {
      await setUp(api, REGISTER_PROGRAMME, registerProgrammeInput(`programme-${unique}`));
      await setUp(api, REGISTER_MUNICIPALITY, registerMunicipalityInput(`municipality-${unique}`));
      return {
        input: { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}` },
        concerns: { municipalityIds: [`municipality-${unique}`] },
      };
    },
  },
  removePartnerMunicipality: {
    document: REMOVE_PARTNER,
    prepare: async (api, unique) => {
      await setUp(api, REGISTER_PROGRAMME, registerProgrammeInput(`programme-${unique}`));
      await setUp(api, REGISTER_MUNICIPALITY, registerMunicipalityInput(`municipality-${unique}`));
      await setUp(api, ADD_PARTNER, { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}` });
      return {
        input: { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}`, reason: 'The municipality left the programme' },
        concerns: { municipalityIds: [`municipality-${unique}`] },
      };
    },
  },
};
