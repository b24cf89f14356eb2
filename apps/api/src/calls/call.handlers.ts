import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ballotBoxDecider,
  ballotBoxStreamName,
  callDecider,
  callPolicy,
  callStreamName,
  evolveSecretTally,
  NO_VOTES,
  proposalDecider,
  proposalIdsOfCall,
  proposalStanding,
  proposalStreamName,
  secretTallyStreamName,
  tally,
  type CallCommand,
  type CallEvent,
  type ProposalStanding,
} from '@makers/calls';
import { foldStream, handleCommand, type EventStore, type HandledCommand } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { readProgrammePartners } from '../programme/programme-partners';
import { ExecuteCallCommand, type CallRequest } from './call.commands';

/** The secret ballots' choices of one proposal, folded from its tally stream: counted without voters. */
const secretTallyDecider = { initialState: NO_VOTES, evolve: evolveSecretTally };

@CommandHandler(ExecuteCallCommand)
export class CallCommandHandler implements ICommandHandler<ExecuteCallCommand, HandledCommand<CallEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  async execute({ request, metadata }: ExecuteCallCommand): Promise<HandledCommand<CallEvent>> {
    const command = await this.complete(request);
    const target = { streamName: callStreamName(command.data.callId), decider: callDecider, policy: callPolicy };
    return handleCommand(this.store, target, command, metadata);
  }

  /** Adds the snapshots the decider needs from other aggregates' streams; the decider decides what they mean. */
  private async complete(request: CallRequest): Promise<CallCommand> {
    switch (request.type) {
      case 'DraftCall':
        return { type: 'DraftCall', data: { ...request.data, partnerIds: await this.partnersOf(request.data.programmeId) } };
      case 'ReviseDraft':
      case 'AmendCall':
        return { ...request, data: { ...request.data, partnerIds: await this.partnersOf(await this.programmeOfCall(request.data.callId)) } } as CallCommand;
      case 'CompleteEvaluation':
      case 'AwardCall':
        return { type: request.type, data: { ...request.data, proposals: await this.standingsOf(request.data.callId) } };
      default:
        return request;
    }
  }

  /** The programme's current partners; none when no such programme is registered (the terms are then refused). */
  private async partnersOf(programmeId: string | null): Promise<string[]> {
    return (await readProgrammePartners(this.store, programmeId)) ?? [];
  }

  private async programmeOfCall(callId: string): Promise<string | null> {
    const call = await foldStream(this.store, callStreamName(callId), callDecider);
    return call.status === 'undrafted' ? null : call.programmeId;
  }

  /**
   * Where every proposal of the call stands. The proposals read model says which proposals the call has (submissions
   * closed before any evaluation, so it has them all); what each stands at comes from the store: its own stream, its
   * ballot box and the secret tally of its ballots.
   */
  private async standingsOf(callId: string): Promise<ProposalStanding[]> {
    const proposalIds = await proposalIdsOfCall(this.readModels.db, callId);
    const standings = await Promise.all(
      proposalIds.map(async (proposalId): Promise<ProposalStanding | null> => {
        const [proposal, ballotBox, secretVotes] = await Promise.all([
          foldStream(this.store, proposalStreamName(proposalId), proposalDecider),
          foldStream(this.store, ballotBoxStreamName(proposalId), ballotBoxDecider),
          foldStream(this.store, secretTallyStreamName(proposalId), secretTallyDecider),
        ]);
        return proposal.status === 'unsubmitted' || proposal.callId !== callId ? null : proposalStanding(proposal, tally(ballotBox, secretVotes));
      }),
    );
    return standings.filter((standing): standing is ProposalStanding => standing !== null);
  }
}
