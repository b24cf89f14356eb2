import { programmeStreamName } from '@makers/programme';
import type { ApiHarness } from '../testing/api-harness';
import { mutationExamples } from '../testing/mutation-examples';

/**
 * A valid call of every query the schema has, for the query matrix: run on data that `prepareQueryExamples` records
 * once, each answers with something (not null) to a reader allowed to see it.
 *
 * A query added to the schema without an example here fails the matrix: add one with it.
 */
export interface QueryExample {
  readonly document: string;
  readonly variables?: Record<string, unknown>;
}

const UNIQUE = 'query-matrix';
const PROGRAMME_ID = `programme-${UNIQUE}`;
const MUNICIPALITY_ID = `municipality-${UNIQUE}`;

/** A programme with a partner municipality, recorded as an administrator through the mutations' own examples. */
export const prepareQueryExamples = async (api: ApiHarness): Promise<void> => {
  const addPartner = mutationExamples.addPartnerMunicipality;
  const { input } = await addPartner.prepare(api, UNIQUE);
  const response = await api.graphql(addPartner.document, { input }, { as: 'administrator' });
  if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
};

export const queryExamples: Readonly<Record<string, QueryExample>> = {
  programme: { document: 'query ($id: ID!) { programme(id: $id) { id name partnerCount } }', variables: { id: PROGRAMME_ID } },
  programmes: { document: '{ programmes(first: 10) { nodes { id } totalCount } }' },
  municipality: { document: 'query ($id: ID!) { municipality(id: $id) { id name } }', variables: { id: MUNICIPALITY_ID } },
  municipalities: {
    document: 'query ($partnerOf: ID) { municipalities(partnerOf: $partnerOf, first: 10) { nodes { id } totalCount } }',
    variables: { partnerOf: PROGRAMME_ID },
  },
  auditTrail: {
    document: 'query ($stream: String!) { auditTrail(stream: $stream) { stream events { revision type actor } } }',
    variables: { stream: programmeStreamName(PROGRAMME_ID) },
  },
};
