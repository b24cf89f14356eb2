import { identity } from '@makers/kernel';
import type { ApiHarness } from '../testing/api-harness';
import type { MutationExample } from '../testing/mutation-examples';
import {
  awardExampleCall,
  closeCall,
  EXAMPLE_APPLICANT,
  prepareCall,
  proposalContentInput,
  sendProposalCommand,
  submitExampleProposal,
  type CallStage,
} from './proposals.example-call';

/**
 * Valid calls of the proposal mutations, for the matrices and the bad-input properties. Proposals are submitted by
 * EXAMPLE_APPLICANT through the bus at the call's open time, and only it revises, withdraws or appeals them (the
 * examples' `caller`); the matrix's evaluator (and the harness's) are assigned to every example call.
 */

export const SUBMIT_PROPOSAL = 'mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id version state } }';
export const REVISE_PROPOSAL = 'mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { id version state } }';
export const WITHDRAW_PROPOSAL = 'mutation ($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id state withdrawalReason } }';
export const SCREEN_PROPOSAL = 'mutation ($input: ScreenProposalInput!) { screenProposal(input: $input) { id state screeningReason } }';
export const DECLARE_CONFLICT = 'mutation ($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) { proposalId evaluations { evaluatorId hasConflict } } }';
export const SCORE_PROPOSAL = 'mutation ($input: ScoreProposalInput!) { scoreProposal(input: $input) { proposalId score evaluations { evaluatorId weighted } } }';
export const FILE_APPEAL = 'mutation ($input: FileAppealInput!) { fileAppeal(input: $input) { id proposalId grounds decision { upheld } } }';
export const DECIDE_APPEAL = 'mutation ($input: DecideAppealInput!) { decideAppeal(input: $input) { id decision { upheld reason } } }';

/** The evaluators the example calls assign: the matrix's and the bad-input test's callers. */
export const EXAMPLE_EVALUATORS = identity('matrix:evaluator', ['evaluator']);
const evaluatorIds = [EXAMPLE_EVALUATORS.subject, 'test:evaluator'];

export const SCORES = [
  { criterionId: 'relevance', score: 8 },
  { criterionId: 'cohesion', score: 7 },
  { criterionId: 'feasibility', score: 5 },
];

/** A call at `stage` with the proposal `proposal-<unique>` submitted to it. */
const proposalAt = async (api: ApiHarness, unique: string, stage: CallStage) => {
  const call = await prepareCall(api, unique, stage, { evaluatorIds });
  const proposalId = `proposal-${unique}`;
  await submitExampleProposal(api, call, proposalId);
  return { call, proposalId };
};

export const proposalsMutationExamples: Readonly<Record<string, MutationExample>> = {
  submitProposal: {
    document: SUBMIT_PROPOSAL,
    prepare: async (api, unique) => {
      const call = await prepareCall(api, unique, 'open');
      return { input: { id: `proposal-${unique}`, callId: call.callId, ...proposalContentInput() } };
    },
  },
  reviseProposal: {
    document: REVISE_PROPOSAL,
    prepare: async (api, unique) => {
      const { proposalId } = await proposalAt(api, unique, 'open');
      return { input: { proposalId, ...proposalContentInput(), title: 'Omladinski centar – zajednički prostor (druga verzija)' }, caller: EXAMPLE_APPLICANT };
    },
  },
  withdrawProposal: {
    document: WITHDRAW_PROPOSAL,
    prepare: async (api, unique) => {
      const { proposalId } = await proposalAt(api, unique, 'open');
      return { input: { proposalId, reason: 'Udruženje je dobilo sredstva iz drugog izvora' }, caller: EXAMPLE_APPLICANT };
    },
  },
  screenProposal: {
    document: SCREEN_PROPOSAL,
    prepare: async (api, unique) => {
      const { proposalId } = await proposalAt(api, unique, 'open');
      return { input: { proposalId, eligible: true, reason: 'Registrovano udruženje; općina je partner programa' } };
    },
  },
  declareConflictOfInterest: {
    document: DECLARE_CONFLICT,
    prepare: async (api, unique) => {
      const { proposalId } = await proposalAt(api, unique, 'evaluating');
      return { input: { proposalId, hasConflict: false }, caller: EXAMPLE_EVALUATORS };
    },
  },
  scoreProposal: {
    document: SCORE_PROPOSAL,
    prepare: async (api, unique) => {
      const { call, proposalId } = await proposalAt(api, unique, 'evaluating');
      await closeCall(api, call);
      // Every evaluator the example may be tried as has declared no conflict: each may then score.
      for (const subject of evaluatorIds) {
        await sendProposalCommand(api, { type: 'DeclareConflictOfInterest', data: { proposalId, hasConflict: false, note: null } }, call.afterClosing, identity(subject, ['evaluator']));
      }
      return { input: { proposalId, scores: SCORES }, caller: EXAMPLE_EVALUATORS };
    },
  },
  fileAppeal: {
    document: FILE_APPEAL,
    prepare: async (api, unique) => {
      const { call, proposalId } = await proposalAt(api, unique, 'awarded');
      await awardExampleCall(api, call, [proposalId], EXAMPLE_EVALUATORS);
      return { input: { id: `appeal-${unique}`, proposalId, grounds: 'Bodovanje kriterija održivosti nije uzelo u obzir sufinansiranje općine.' }, caller: EXAMPLE_APPLICANT };
    },
  },
  decideAppeal: {
    document: DECIDE_APPEAL,
    prepare: async (api, unique) => {
      const { call, proposalId } = await proposalAt(api, unique, 'awarded');
      await awardExampleCall(api, call, [proposalId], EXAMPLE_EVALUATORS);
      await sendProposalCommand(api, { type: 'FileAppeal', data: { proposalId, appealId: `appeal-${unique}`, grounds: 'Bodovanje nije uzelo u obzir sufinansiranje.' } }, new Date(), EXAMPLE_APPLICANT);
      return { input: { proposalId, appealId: `appeal-${unique}`, upheld: false, reason: 'Sufinansiranje je bodovano u kriteriju izvodljivosti.' } };
    },
  },
};
