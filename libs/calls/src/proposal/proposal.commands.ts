import type { Money } from '@makers/kernel';
import type { CallSnapshot } from '../call/call.snapshot';
import type { ApplicantType } from '../call/call.terms';

export type Applicant = { name: string; type: ApplicantType };

/** One line of the proposal's budget, in the call's currency; the lines add up to the requested amount. */
export type BudgetLine = { description: string; amount: Money };

/** The platform priority a proposal answers: a priority identified in that platform's decision register. */
export type PriorityReference = { platformId: string; priorityId: string };

/** What an applicant submits, and submits again in full when revising. */
export type ProposalContent = {
  applicant: Applicant;
  municipalityId: string;
  title: string;
  summary: string;
  budgetLines: BudgetLine[];
  /** More than zero, at most the call's per-proposal ceiling, in the call's currency. */
  requestedAmount: Money;
  /** What the applicant or its partners add; zero or more, in the call's currency. */
  coFinancingOffered: Money;
  priority?: PriorityReference | null;
  /**
   * Snapshot of the named priority from its platform's decision register: true while it stands, false once superseded
   * or rescinded, null when the register has no such priority (or no priority is named).
   */
  priorityStanding: boolean | null;
};

/** Snapshot: `callSnapshotOf` the folded call stream, as the handler found it with the command. */
type WithCall = { call: CallSnapshot };

export type SubmitProposal = { type: 'SubmitProposal'; data: { proposalId: string; callId: string } & ProposalContent & WithCall };

export type ReviseProposal = { type: 'ReviseProposal'; data: { proposalId: string } & ProposalContent & WithCall };

/** The call snapshot tells whether the call was awarded: a proposal is withdrawn only before the award. */
export type WithdrawProposal = { type: 'WithdrawProposal'; data: { proposalId: string; reason: string } & WithCall };

export type ScreenProposal = { type: 'ScreenProposal'; data: { proposalId: string; eligible: boolean; reason: string } };

/** The evaluator is the command's actor; the call snapshot says whether they are assigned to the call. */
export type DeclareConflictOfInterest = {
  type: 'DeclareConflictOfInterest';
  data: { proposalId: string; hasConflict: boolean; note?: string | null } & WithCall;
};

export type CriterionScore = { criterionId: string; score: number };

export type ScoreProposal = { type: 'ScoreProposal'; data: { proposalId: string; scores: CriterionScore[] } & WithCall };

export type FileAppeal = { type: 'FileAppeal'; data: { proposalId: string; appealId: string; grounds: string } & WithCall };

export type DecideAppeal = { type: 'DecideAppeal'; data: { proposalId: string; appealId: string; upheld: boolean; reason: string } };

export type ProposalCommand =
  | SubmitProposal
  | ReviseProposal
  | WithdrawProposal
  | ScreenProposal
  | DeclareConflictOfInterest
  | ScoreProposal
  | FileAppeal
  | DecideAppeal;
