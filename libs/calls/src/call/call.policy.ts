import { anyOf, type Policy } from '@makers/kernel';
import type { CallCommand } from './call.commands';
import type { Call } from './call.decider';

/** Running a call is UNDP's: programme managers and administrators. */
const programmeStaff = anyOf('programme-manager', 'administrator');

export const callPolicy: Policy<CallCommand, Call> = {
  DraftCall: programmeStaff,
  ReviseDraft: programmeStaff,
  PublishCall: programmeStaff,
  AmendCall: programmeStaff,
  AssignEvaluator: programmeStaff,
  CloseCall: programmeStaff,
  CompleteEvaluation: programmeStaff,
  AwardCall: programmeStaff,
  CancelCall: programmeStaff,
};
