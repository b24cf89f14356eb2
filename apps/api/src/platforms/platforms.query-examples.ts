import type { QueryExamples } from '../authorization/query-example';
import { setUp } from '../testing/mutation-examples';
import { preparePlatform, RECORD_MILESTONE } from './platforms.mutation-examples';

const UNIQUE = 'query-matrix';
const PLATFORM_ID = `platform-${UNIQUE}`;

/** An active inter-entity platform with two members, its co-chairs and a milestone, recorded as an administrator. */
export const platformsQueryExamples: QueryExamples = {
  prepare: async (api) => {
    await preparePlatform(api, UNIQUE, 'active');
    await setUp(api, RECORD_MILESTONE, {
      platformId: PLATFORM_ID,
      milestoneId: 'methodology',
      kind: 'METHODOLOGY_ADOPTED',
      municipalityId: 'platforms-example-fbih',
      achievedOn: '2021-11-25',
      referenceNumber: '01-02-1234/21',
      documentUrl: 'https://novosarajevo.example/odluka-metodologija.pdf',
    });
  },
  queries: {
    platform: {
      document: `query ($id: ID!) {
        platform(id: $id) {
          id name interMunicipal interEntity state quorumRule { kind } membersShown
          municipalities { id entity } coChairs { seat filled person { personId name } }
          members { person { personId name } role sex joinedOn current } memberCounts { total byRole { role count } }
          milestones { id kind municipality { id } referenceNumber documentUrl }
        }
      }`,
      variables: { id: PLATFORM_ID },
    },
    platforms: { document: '{ platforms(entity: RS, first: 10) { nodes { id name state } totalCount pageInfo { endCursor hasNextPage } } }' },
    platformStatistics: {
      document: '{ platformStatistics(entity: FBIH) { platforms byState { state count } interEntity members { total bySex { sex count } } } }',
    },
  },
};
