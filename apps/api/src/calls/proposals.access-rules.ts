import { ROLES, type Role } from '@makers/kernel';
import type { AccessRule } from '../authorization/access-matrix';

/**
 * Who may call the proposal mutations and read their queries, as the calls design note states it, written down
 * independently of the policies and @AllowedRoles that enforce it (the matrices compare the two).
 *
 * Revising, withdrawing and appealing belong to the identity that submitted the proposal, whatever its role: no role
 * as such may do them, and the matrix's callers (none of whom submitted the example proposal) are all refused. The API
 * tests prove the submitter may (proposals.api.spec.ts). Declaring conflicts and scoring are evaluators' (the call
 * must have assigned them: the example assigns the matrix's evaluator). Proposals are public once submitted, as are
 * their weighted scores and appeals; who submitted is not shown (see Proposal.submittedByYou), and each evaluator's
 * scores only to the programme and to that evaluator (a field-level rule in the resolver, not a query rule).
 */
const programmeStaff: AccessRule = { roles: ['programme-manager', 'administrator'] };
const theSubmitterOnly: AccessRule = { roles: [] };

export const proposalsMutationRules: Readonly<Record<string, AccessRule>> = {
  submitProposal: { roles: ['applicant', 'programme-manager', 'administrator'] },
  reviseProposal: theSubmitterOnly,
  withdrawProposal: theSubmitterOnly,
  fileAppeal: theSubmitterOnly,
  screenProposal: programmeStaff,
  decideAppeal: programmeStaff,
  declareConflictOfInterest: { roles: ['evaluator'] },
  scoreProposal: { roles: ['evaluator'] },
};

export const proposalsQueryRules: Readonly<Record<string, readonly Role[]>> = {
  proposal: ROLES,
  proposals: ROLES,
  proposalEvaluation: ROLES,
  appeals: ROLES,
};
