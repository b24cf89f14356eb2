import type { QueryExamples } from '../authorization/query-example';
import { setUp } from '../testing/mutation-examples';
import { AWARD_CALL, prepareCall } from './call.mutation-examples';

const CALL_ID = 'call-query-matrix';

/** An awarded call, recorded as an administrator through the call mutations (and their setup). */
export const callQueryExamples: QueryExamples = {
  prepare: async (api) => {
    await prepareCall(api, 'query-matrix', 'evaluated');
    await setUp(api, AWARD_CALL, { callId: CALL_ID });
  },
  queries: {
    call: {
      document: 'query ($id: ID!) { call(id: $id) { id state version terms { title } versions { version reason } evaluators { evaluatorId } award { totalAwarded { amountMinor } } } }',
      variables: { id: CALL_ID },
    },
    calls: { document: '{ calls(first: 10) { nodes { id state } totalCount pageInfo { hasNextPage } } }' },
    ranking: { document: 'query ($callId: ID!) { ranking(callId: $callId) { proposalId rank funded } }', variables: { callId: CALL_ID } },
    awards: { document: '{ awards(first: 10) { nodes { callId totalAwarded { amountMinor currency } ranking { rank } } totalCount } }' },
  },
};
