import type { ApiHarness } from './api-harness';

/**
 * A valid call of every mutation the schema has, for the tests that go over all of them (the role matrix, the
 * bad-input properties). `prepare` makes what the mutation needs exist, as an administrator, and returns the
 * variables of one call that succeeds; `unique` keeps calls apart so each can run on a fresh aggregate.
 *
 * A mutation added to the schema without an example here fails those tests: add one with it.
 */
export interface MutationExample {
  /** The operation, with `$input` as its only variable. */
  readonly document: string;
  prepare(api: ApiHarness, unique: string): Promise<PreparedCall>;
}

export interface PreparedCall {
  readonly input: Record<string, unknown>;
  /**
   * The municipalities and platforms the call is about, where it is about any: the role matrix gives scoped roles
   * (municipal officer, platform moderator and member) an identity within this scope and one outside it.
   */
  readonly concerns?: Scope;
}

export interface Scope {
  readonly municipalityIds?: readonly string[];
  readonly platformIds?: readonly string[];
}

const asAdministrator = { as: 'administrator' } as const;

const registerProgramme = (id: string) => ({
  id,
  name: 'MAKERS — Meaningful Activism, Knowledgeable Engagement and Responsible Solutions',
  donor: 'UNDP',
  currency: 'USD',
  budgetEnvelopeMinor: 42_500_000,
  startsOn: '2020-03-01',
  endsOn: '2023-03-31',
  targets: [{ code: 'co-financed-initiatives', description: 'At least 8 co-financed local initiatives', minimum: 8 }],
});

const registerMunicipality = (id: string) => ({ id, name: 'Istočno Novo Sarajevo', nameCyrillic: 'Источно Ново Сарајево', entity: 'RS' });

/** Runs a setup step as an administrator and fails loudly if the setup itself is refused. */
const setUp = async (api: ApiHarness, document: string, input: Record<string, unknown>) => {
  const response = await api.graphql(document, { input }, asAdministrator);
  if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
};

const REGISTER_PROGRAMME = 'mutation ($input: RegisterProgrammeInput!) { registerProgramme(input: $input) { id } }';
const REGISTER_MUNICIPALITY = 'mutation ($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }';
const ADD_PARTNER = 'mutation ($input: AddPartnerMunicipalityInput!) { addPartnerMunicipality(input: $input) { id } }';
const REMOVE_PARTNER = 'mutation ($input: RemovePartnerMunicipalityInput!) { removePartnerMunicipality(input: $input) { id } }';

export const mutationExamples: Readonly<Record<string, MutationExample>> = {
  registerProgramme: {
    document: REGISTER_PROGRAMME,
    prepare: async (_, unique) => ({ input: registerProgramme(`programme-${unique}`) }),
  },
  registerMunicipality: {
    document: REGISTER_MUNICIPALITY,
    prepare: async (_, unique) => ({ input: registerMunicipality(`municipality-${unique}`), concerns: { municipalityIds: [`municipality-${unique}`] } }),
  },
  addPartnerMunicipality: {
    document: ADD_PARTNER,
    prepare: async (api, unique) => {
      await setUp(api, REGISTER_PROGRAMME, registerProgramme(`programme-${unique}`));
      await setUp(api, REGISTER_MUNICIPALITY, registerMunicipality(`municipality-${unique}`));
      return {
        input: { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}` },
        concerns: { municipalityIds: [`municipality-${unique}`] },
      };
    },
  },
  removePartnerMunicipality: {
    document: REMOVE_PARTNER,
    prepare: async (api, unique) => {
      await setUp(api, REGISTER_PROGRAMME, registerProgramme(`programme-${unique}`));
      await setUp(api, REGISTER_MUNICIPALITY, registerMunicipality(`municipality-${unique}`));
      await setUp(api, ADD_PARTNER, { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}` });
      return {
        input: { programmeId: `programme-${unique}`, municipalityId: `municipality-${unique}`, reason: 'The municipality left the programme' },
        concerns: { municipalityIds: [`municipality-${unique}`] },
      };
    },
  },
};
