import { identity } from '@makers/kernel';
import type { QueryExamples } from '../authorization/query-example';
import { capacityMutationExamples, RECORD_COMPLETION } from './capacity.mutation-examples';
import { setUp } from '../testing/mutation-examples';

const UNIQUE = 'capacity-query-matrix';

/** A completed training and verified hours on a platform, recorded as an administrator through the mutations' own examples. */
export const capacityQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const completion = await capacityMutationExamples.recordCompletion.prepare(api, UNIQUE);
    await setUp(api, RECORD_COMPLETION, completion.input);
    const verify = capacityMutationExamples.verifyVolunteerHours;
    const { input, concerns } = await verify.prepare(api, UNIQUE);
    // Vouched for by the platform's moderator, as a moderator does.
    const moderator = identity(`moderator:${UNIQUE}`, ['platform-moderator'], concerns);
    const response = await api.graphql(verify.document, { input }, { as: moderator });
    if (response.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
  },
  queries: {
    training: {
      document: 'query ($id: ID!) { training(id: $id) { id title topics state participation { enrolled completed bySex { sex enrolled } } } }',
      variables: { id: `training-${UNIQUE}` },
    },
    trainings: { document: '{ trainings(topic: ADVOCACY, first: 10) { nodes { id audience } totalCount } }' },
    volunteerHours: {
      document: 'query ($platformId: ID) { volunteerHours(platformId: $platformId, first: 10) { nodes { personId entryId time { minutes hours } status } totalCount } }',
      variables: { platformId: `platform-${UNIQUE}` },
    },
    volunteerHoursSummary: {
      document: '{ volunteerHoursSummary(groupBy: MUNICIPALITY) { groupBy groups { key label verified { minutes } pending { minutes hours } } totals { total { minutes } } } }',
    },
  },
};
