import type { Money } from '@makers/kernel';
import type { Applicant, BudgetLine, CriterionScore, PriorityReference } from './proposal.commands';

/** The content of one version of a proposal, as checked and recorded. */
export type ProposalVersion = {
  applicant: Applicant;
  municipalityId: string;
  title: string;
  summary: string;
  budgetLines: BudgetLine[];
  requestedAmount: Money;
  coFinancingOffered: Money;
  priority: PriorityReference | null;
  /** The version of the call's terms the proposal was checked against. */
  callVersion: number;
};

export type ProposalSubmitted = {
  type: 'ProposalSubmitted';
  data: {
    proposalId: string;
    callId: string;
    version: 1;
    /** The identity subject that submitted: the only one who may revise, withdraw or appeal. */
    submittedBy: string;
    /** From the command's time (ISO 8601): the award's last tie-break. */
    submittedAt: string;
  } & ProposalVersion;
};

/** A new version, in full; earlier versions stay in the stream. */
export type ProposalRevised = { type: 'ProposalRevised'; data: { proposalId: string; version: number } & ProposalVersion };

export type ProposalWithdrawn = { type: 'ProposalWithdrawn'; data: { proposalId: string; reason: string } };

/** The screener's decision on a version; a revision asks for a new one. */
export type ProposalScreened = { type: 'ProposalScreened'; data: { proposalId: string; version: number; eligible: boolean; reason: string } };

export type ConflictOfInterestDeclared = {
  type: 'ConflictOfInterestDeclared';
  data: { proposalId: string; evaluatorId: string; hasConflict: boolean; note: string | null };
};

/** One evaluator's scores, in the call's order of criteria, and their weighted sum in hundredths of a percent (0–10000). */
export type ProposalScored = { type: 'ProposalScored'; data: { proposalId: string; evaluatorId: string; scores: CriterionScore[]; weighted: number } };

/** The same evaluator scored again: these scores replace their earlier ones. */
export type ProposalRescored = { type: 'ProposalRescored'; data: ProposalScored['data'] };

export type AppealFiled = { type: 'AppealFiled'; data: { proposalId: string; appealId: string; grounds: string } };

export type AppealDecided = { type: 'AppealDecided'; data: { proposalId: string; appealId: string; upheld: boolean; reason: string } };

export type ProposalEvent =
  | ProposalSubmitted
  | ProposalRevised
  | ProposalWithdrawn
  | ProposalScreened
  | ConflictOfInterestDeclared
  | ProposalScored
  | ProposalRescored
  | AppealFiled
  | AppealDecided;

export const PROPOSAL_EVENT_TYPES: readonly ProposalEvent['type'][] = [
  'ProposalSubmitted',
  'ProposalRevised',
  'ProposalWithdrawn',
  'ProposalScreened',
  'ConflictOfInterestDeclared',
  'ProposalScored',
  'ProposalRescored',
  'AppealFiled',
  'AppealDecided',
];
