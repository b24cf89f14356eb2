import type { CommandMetadata } from '@makers/event-store';
import type { AmendCall, AwardCall, CallCommand, CompleteEvaluation, DraftCall, ReviseDraft } from '@makers/calls';

/**
 * A call command as callers send it. The handler itself adds what other aggregates hold: the programme's partner
 * municipalities (terms are checked against them) and where every proposal of the call stands (evaluation, award).
 */
export type CallRequest =
  | Exclude<CallCommand, DraftCall | ReviseDraft | AmendCall | CompleteEvaluation | AwardCall>
  | { type: 'DraftCall'; data: Omit<DraftCall['data'], 'partnerIds'> }
  | { type: 'ReviseDraft'; data: Omit<ReviseDraft['data'], 'partnerIds'> }
  | { type: 'AmendCall'; data: Omit<AmendCall['data'], 'partnerIds'> }
  | { type: 'CompleteEvaluation'; data: Omit<CompleteEvaluation['data'], 'proposals'> }
  | { type: 'AwardCall'; data: Omit<AwardCall['data'], 'proposals'> };

/** One bus message for the call aggregate: every entry point (GraphQL, the CLI's seed) goes through the same handler. */
export class ExecuteCallCommand {
  constructor(
    readonly request: CallRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
