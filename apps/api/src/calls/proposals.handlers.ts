import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@makers/kernel';
import { foldStream, handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import {
  callDecider,
  callSnapshotOf,
  callStreamName,
  proposalDecider,
  proposalPolicy,
  proposalStreamName,
  type CallSnapshot,
  type PriorityReference,
  type ProposalCommand,
  type ProposalEvent,
} from '@makers/calls';
import { EVENT_STORE } from '../infrastructure/tokens';
import { readPriorityStanding } from '../platforms/priority-standing';
import { ExecuteProposalCommand, type ProposalRequest } from './proposals.commands';

@CommandHandler(ExecuteProposalCommand)
export class ProposalCommandHandler implements ICommandHandler<ExecuteProposalCommand, HandledCommand<ProposalEvent>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, metadata }: ExecuteProposalCommand): Promise<HandledCommand<ProposalEvent>> {
    const command = await this.complete(request);
    const target = { streamName: proposalStreamName(command.data.proposalId), decider: proposalDecider, policy: proposalPolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** Adds the snapshots the decider needs: the call as its stream holds it, and whether a named priority stands. */
  private async complete(request: ProposalRequest): Promise<ProposalCommand> {
    switch (request.type) {
      case 'SubmitProposal': {
        const [call, priorityStanding] = await Promise.all([this.call(request.data.callId), this.priorityStanding(request.data.priority)]);
        return { type: request.type, data: { ...request.data, call, priorityStanding } };
      }
      case 'ReviseProposal': {
        const [call, priorityStanding] = await Promise.all([this.callOfProposal(request.data.proposalId), this.priorityStanding(request.data.priority)]);
        return { type: request.type, data: { ...request.data, call, priorityStanding } };
      }
      case 'WithdrawProposal':
      case 'DeclareConflictOfInterest':
      case 'ScoreProposal':
      case 'FileAppeal':
        return { ...request, data: { ...request.data, call: await this.callOfProposal(request.data.proposalId) } } as ProposalCommand;
      case 'ScreenProposal':
      case 'DecideAppeal':
        return request;
      default: {
        const unknown: never = request;
        return unknown;
      }
    }
  }

  private async call(callId: string): Promise<CallSnapshot> {
    const call = typeof callId === 'string' ? callSnapshotOf(await foldStream(this.store, callStreamName(callId), callDecider)) : null;
    if (!call) throw notFound('CallNotFound', `No call ${callId}`);
    return call;
  }

  /** The call a submitted proposal answers; a proposal never submitted is not found. */
  private async callOfProposal(proposalId: string): Promise<CallSnapshot> {
    const proposal = typeof proposalId === 'string' ? await foldStream(this.store, proposalStreamName(proposalId), proposalDecider) : null;
    if (!proposal || proposal.status === 'unsubmitted') throw notFound('ProposalNotFound', `Proposal ${proposalId} has not been submitted`);
    return this.call(proposal.callId);
  }

  /** Whether the named priority stands in its platform's decision register; null when none is named. */
  private async priorityStanding(priority: PriorityReference | null | undefined): Promise<boolean | null> {
    return priority ? readPriorityStanding(this.store, priority.platformId, priority.priorityId) : null;
  }
}
