import type { QueryExamples } from '../authorization/query-example';
import { identity } from '@makers/kernel';
import { CAST_BALLOT, paperTallyInput, prepareVote, RECORD_PAPER_TALLY } from './ballots.mutation-examples';

const UNIQUE = 'ballots-query-matrix';
const PROPOSAL_ID = `proposal-${UNIQUE}`;

/** A proposal with an online ballot and a paper tally. */
export const ballotsQueryExamples: QueryExamples = {
  prepare: async (api) => {
    const { proposalId, platformId } = await prepareVote(api, UNIQUE);
    const member = identity('member-ballots-query-matrix', ['platform-member'], { platformIds: [platformId] });
    const cast = await api.graphql(CAST_BALLOT, { input: { proposalId, choice: 'FOR' } }, { as: member });
    if (cast.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(cast.errors)}`);
    const moderator = identity('moderator-ballots-query-matrix', ['platform-moderator'], { platformIds: [platformId] });
    const paper = await api.graphql(RECORD_PAPER_TALLY, { input: paperTallyInput(proposalId, platformId, `tally-${UNIQUE}`) }, { as: moderator });
    if (paper.errors?.length) throw new Error(`Setup failed: ${JSON.stringify(paper.errors)}`);
  },
  queries: {
    proposalTally: {
      document: 'query ($proposalId: ID!) { proposalTally(proposalId: $proposalId) { online { for against abstain } paper { for } total { for } voters paperTallies { id } } }',
      variables: { proposalId: PROPOSAL_ID },
    },
    proposalVoters: {
      document: 'query ($proposalId: ID!) { proposalVoters(proposalId: $proposalId, first: 10) { nodes { voterId choice castAt } totalCount } }',
      variables: { proposalId: PROPOSAL_ID },
    },
  },
};
