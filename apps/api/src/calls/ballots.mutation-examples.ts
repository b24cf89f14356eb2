import { identity } from '@makers/kernel';
import type { ApiHarness } from '../testing/api-harness';
import type { MutationExample } from '../testing/mutation-examples';
import { preparePlatform } from '../platforms/platforms.mutation-examples';
import { prepareCall, submitExampleProposal, type ExampleCallOptions } from './proposals.example-call';

/**
 * Valid calls of the ballot mutations, for the matrices and the bad-input properties: a proposal from a municipality
 * covered by the platform `platform-<unique>`, its call's voting open now.
 */

export const CAST_BALLOT = 'mutation ($input: CastBallotInput!) { castBallot(input: $input) { proposalId voterId secret choice castAt } }';
export const RECORD_PAPER_TALLY =
  'mutation ($input: RecordPaperBallotTallyInput!) { recordPaperBallotTally(input: $input) { id platformId meetingId for against abstain evidence { reference documentUrl } } }';

/** A proposal `proposal-<unique>` open for votes, and the platform `platform-<unique>` covering its municipality. */
export const prepareVote = async (api: ApiHarness, unique: string, options: ExampleCallOptions = {}) => {
  const platform = await preparePlatform(api, unique, 'formed');
  const call = await prepareCall(api, unique, 'voting', options);
  const proposalId = `proposal-${unique}`;
  await submitExampleProposal(api, call, proposalId);
  return { call, proposalId, platformId: platform.platformId };
};

export const paperTallyInput = (proposalId: string, platformId: string, tallyId: string) => ({
  id: tallyId,
  proposalId,
  platformId,
  evidence: { reference: 'Zapisnik sa sjednice platforme 7/2021', documentUrl: 'https://makers.example.org/zapisnici/7-2021.pdf' },
  for: 14,
  against: 3,
  abstain: 2,
});

export const ballotsMutationExamples: Readonly<Record<string, MutationExample>> = {
  castBallot: {
    document: CAST_BALLOT,
    prepare: async (api, unique) => {
      const { proposalId, platformId } = await prepareVote(api, unique);
      const member = identity(`member-${unique}`, ['platform-member'], { platformIds: [platformId] });
      return { input: { proposalId, choice: 'FOR' }, concerns: { platformIds: [platformId] }, caller: member };
    },
  },
  recordPaperBallotTally: {
    document: RECORD_PAPER_TALLY,
    prepare: async (api, unique) => {
      const { proposalId, platformId } = await prepareVote(api, unique);
      const moderator = identity(`moderator-${unique}`, ['platform-moderator'], { platformIds: [platformId] });
      return { input: paperTallyInput(proposalId, platformId, `tally-${unique}`), concerns: { platformIds: [platformId] }, caller: moderator };
    },
  },
};
