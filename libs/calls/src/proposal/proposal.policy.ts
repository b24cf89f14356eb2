import { anyOf, type Permission, type Policy } from '@makers/kernel';
import type { ProposalCommand } from './proposal.commands';
import type { Proposal } from './proposal.decider';

/**
 * Only the identity that submitted the proposal revises, withdraws or appeals it. A proposal never submitted has no
 * submitter to protect: anyone goes through, and the decider answers ProposalNotFound.
 */
const theSubmitter: Permission<unknown, Proposal> = (who, _command, state) => state.status === 'unsubmitted' || state.submittedBy === who.subject;

const programmeStaff = anyOf('programme-manager', 'administrator');

/** Evaluators declare and score; whether the call assigned them is the decider's rule (EvaluatorNotAssigned). */
const evaluator = anyOf('evaluator');

export const proposalPolicy: Policy<ProposalCommand, Proposal> = {
  SubmitProposal: anyOf('applicant', 'programme-manager', 'administrator'),
  ReviseProposal: theSubmitter,
  WithdrawProposal: theSubmitter,
  FileAppeal: theSubmitter,
  ScreenProposal: programmeStaff,
  DecideAppeal: programmeStaff,
  DeclareConflictOfInterest: evaluator,
  ScoreProposal: evaluator,
};
