import type { QueryExamples } from '../authorization/query-example';
import { REGISTER_PERSON, registerPersonInput } from './people.mutation-examples';

const PERSON_ID = 'person-query-matrix';

/** A registered person, recorded as an administrator. */
export const peopleQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const response = await api.graphql(REGISTER_PERSON, { input: registerPersonInput(PERSON_ID) }, { as: 'administrator' });
    if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
  },
  queries: {
    person: { document: 'query ($id: ID!) { person(id: $id) { id name sex contact yearOfBirth erased } }', variables: { id: PERSON_ID } },
    people: { document: '{ people(first: 10, search: "kovac") { nodes { id name } totalCount } }' },
  },
};
