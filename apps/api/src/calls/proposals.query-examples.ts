import type { QueryExamples } from '../authorization/query-example';
import { EXAMPLE_EVALUATORS } from './proposals.mutation-examples';
import { awardExampleCall, prepareCall, sendProposalCommand, submitExampleProposal, EXAMPLE_APPLICANT } from './proposals.example-call';

const UNIQUE = 'proposals-query-matrix';
const PROPOSAL_ID = `proposal-${UNIQUE}`;
const CALL_ID = `call-${UNIQUE}`;

/** An awarded call with a scored proposal and an appeal against the award. */
export const proposalsQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const call = await prepareCall(api, UNIQUE, 'awarded', { evaluatorIds: [EXAMPLE_EVALUATORS.subject] });
    await submitExampleProposal(api, call, PROPOSAL_ID);
    await awardExampleCall(api, call, [PROPOSAL_ID], EXAMPLE_EVALUATORS);
    await sendProposalCommand(api, { type: 'FileAppeal', data: { proposalId: PROPOSAL_ID, appealId: `appeal-${UNIQUE}`, grounds: 'Bodovanje nije uzelo u obzir sufinansiranje.' } }, new Date(), EXAMPLE_APPLICANT);
  },
  queries: {
    proposal: {
      document: 'query ($id: ID!) { proposal(id: $id) { id state version score award { rank funded } versions { version title } submittedByYou } }',
      variables: { id: PROPOSAL_ID },
    },
    proposals: { document: 'query ($callId: ID) { proposals(callId: $callId, first: 10) { nodes { id state } totalCount } }', variables: { callId: CALL_ID } },
    proposalEvaluation: {
      document: 'query ($proposalId: ID!) { proposalEvaluation(proposalId: $proposalId) { score scoredBy evaluations { evaluatorId weighted } } }',
      variables: { proposalId: PROPOSAL_ID },
    },
    appeals: { document: 'query ($callId: ID) { appeals(callId: $callId, first: 10) { nodes { id grounds decision { upheld } } totalCount } }', variables: { callId: CALL_ID } },
  },
};
