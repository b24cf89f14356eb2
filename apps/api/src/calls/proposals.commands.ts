import type { CommandMetadata } from '@makers/event-store';
import type { ProposalCommand } from '@makers/calls';

/** Drops the snapshots the handler adds: the folded call, and whether the named priority stands. */
type WithoutSnapshots<Command> = Command extends { type: infer Type; data: infer Data } ? { type: Type; data: Omit<Data, 'call' | 'priorityStanding'> } : never;

/** A proposal command as callers send it: the handler folds the call's stream and the priority's register for it. */
export type ProposalRequest = WithoutSnapshots<ProposalCommand>;

/** One bus message for the proposal aggregate, from GraphQL and from the demo seed alike. */
export class ExecuteProposalCommand {
  constructor(
    readonly request: ProposalRequest,
    readonly metadata: CommandMetadata,
  ) {}
}
