import { authorize, fold, identity, ROLES, type Identity } from '@makers/kernel';
import type { ProposalCommand } from './proposal.commands';
import { proposalDecider, type Proposal } from './proposal.decider';
import { proposalPolicy } from './proposal.policy';
import { callWhile, PROPOSAL_ID, submit, submitted, SUBMITTER } from './proposal.fixtures';

/** One command of each kind, for the policy's spec: only their types matter to who may issue them. */
export const policyCommands = () => {
  const { callId: _callId, ...content } = submit().data;
  const commands = {
    submit: submit(),
    revise: { type: 'ReviseProposal', data: content },
    withdraw: { type: 'WithdrawProposal', data: { proposalId: PROPOSAL_ID, reason: 'Partner se povukao', call: callWhile('published') } },
    screen: { type: 'ScreenProposal', data: { proposalId: PROPOSAL_ID, eligible: true, reason: 'Uredno' } },
    declare: { type: 'DeclareConflictOfInterest', data: { proposalId: PROPOSAL_ID, hasConflict: false, call: callWhile('closed') } },
    score: { type: 'ScoreProposal', data: { proposalId: PROPOSAL_ID, scores: [], call: callWhile('closed') } },
    appeal: { type: 'FileAppeal', data: { proposalId: PROPOSAL_ID, appealId: 'appeal-1', grounds: 'Bodovanje', call: callWhile('awarded') } },
    decideAppeal: { type: 'DecideAppeal', data: { proposalId: PROPOSAL_ID, appealId: 'appeal-1', upheld: false, reason: 'Uredno' } },
  } satisfies Record<string, ProposalCommand>;
  return commands;
};

const submittedProposal = fold(proposalDecider, [submitted]);

const may = (who: Identity, command: ProposalCommand, state: Proposal = submittedProposal): boolean => {
  try {
    authorize(proposalPolicy, command, state, who);
    return true;
  } catch {
    return false;
  }
};
const rolesAllowed = (command: ProposalCommand, state?: Proposal) => ROLES.filter((role) => may(identity(SUBMITTER, [role]), command, state));
const commands = policyCommands();

describe('who may do what with a proposal', () => {
  it('lets applicants, programme managers and administrators submit', () =>
    expect(rolesAllowed(commands.submit, proposalDecider.initialState)).toEqual(['programme-manager', 'applicant', 'administrator']));

  it('lets only the identity that submitted revise, withdraw or appeal, whatever their role', () => {
    for (const command of [commands.revise, commands.withdraw, commands.appeal]) {
      expect(may(identity(SUBMITTER, ['applicant']), command)).toBe(true);
      expect(may(identity('drugo.udruzenje@trebinje.ba', ['applicant']), command)).toBe(false);
      expect(may(identity('pm@undp.org', ['programme-manager', 'administrator']), command)).toBe(false);
    }
  });

  it('lets programme managers and administrators screen and decide appeals', () => {
    expect(rolesAllowed(commands.screen)).toEqual(['programme-manager', 'administrator']);
    expect(rolesAllowed(commands.decideAppeal)).toEqual(['programme-manager', 'administrator']);
  });

  it('lets evaluators declare conflicts and score', () => {
    expect(rolesAllowed(commands.declare)).toEqual(['evaluator']);
    expect(rolesAllowed(commands.score)).toEqual(['evaluator']);
  });

  it('lets the decider answer ProposalNotFound for a proposal never submitted, rather than refusing', () =>
    expect(may(identity('anyone', ['applicant']), commands.withdraw, proposalDecider.initialState)).toBe(true));
});
