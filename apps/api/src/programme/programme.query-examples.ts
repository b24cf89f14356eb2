import { programmeStreamName } from '@makers/programme';
import type { QueryExamples } from '../authorization/query-example';
import { programmeMutationExamples } from './programme.mutation-examples';

const UNIQUE = 'query-matrix';
const PROGRAMME_ID = `programme-${UNIQUE}`;
const MUNICIPALITY_ID = `municipality-${UNIQUE}`;

/** A programme with a partner municipality, recorded as an administrator through the mutations' own examples. */
export const programmeQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const addPartner = programmeMutationExamples.addPartnerMunicipality;
    const { input } = await addPartner.prepare(api, UNIQUE);
    const response = await api.graphql(addPartner.document, { input }, { as: 'administrator' });
    if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
  },
  queries: {
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
  },
};
