import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { callDecider, callStreamName, proposalDecider, proposalStreamName, type CallAwarded } from '@makers/calls';
import { initiativeDecider, initiativeIdForAward, initiativeStreamName, type StartInitiativeFromAward } from '@makers/cofinancing';
import { foldStream, type CommandMetadata, type EventStore, type RecordedEvent } from '@makers/event-store';
import { DomainError, identity } from '@makers/kernel';
import { ExecuteInitiativeCommand } from '../cofinancing/initiative.commands';
import type { ProcessManager } from '../infrastructure/process-managers';
import { EVENT_STORE } from '../infrastructure/tokens';

/** The award process acts as itself, with the administrator's role: the initiative policy lets it start initiatives. */
export const AWARD_PROCESS_IDENTITY = identity('system:award-process', ['administrator']);

/**
 * Award → co-financing: on `CallAwarded`, starts an initiative for each funded proposal, exactly once in effect. Fed by
 * the event store's checkpointed subscription (registered with the ProcessManagers), never the in-process bus. It sends
 * through the command bus itself, never CommandSender, which would wait for this manager's own checkpoint.
 *
 * Idempotent: the initiative's id comes from the award (`award-<callId>-<proposalId>`), so an award delivered again
 * (a crash before the checkpoint, a replay) meets `InitiativeAlreadyStarted`, which counts as done once the initiative
 * under that id is found to come from this very award; the command id is derived from the event's id and the proposal,
 * so a repeat is recognisably the same command.
 */
@Injectable()
export class AwardToInitiativesProcess implements ProcessManager {
  readonly name = 'calls-award-to-initiatives';
  readonly version = 1;
  readonly eventTypes = ['CallAwarded'] as const;

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async react(event: RecordedEvent): Promise<void> {
    if (event.type !== 'CallAwarded') return;
    const { callId, ranking } = event.data as CallAwarded['data'];
    const programmeId = await this.programmeOf(callId);
    for (const ranked of ranking.filter((candidate) => candidate.funded)) {
      const command: StartInitiativeFromAward = {
        type: 'StartInitiativeFromAward',
        data: {
          initiativeId: initiativeIdForAward(callId, ranked.proposalId),
          programmeId,
          callId,
          proposalId: ranked.proposalId,
          municipalityId: ranked.municipalityId,
          title: await this.titleOf(ranked.proposalId),
          amount: ranked.amount,
        },
      };
      const metadata: CommandMetadata = {
        commandId: uuidv5(`start-initiative:${ranked.proposalId}`, event.id),
        identity: AWARD_PROCESS_IDENTITY,
        // The initiative starts when the award was made, not when this process got to it (a replay, a late delivery).
        issuedAt: new Date(event.metadata.occurredAt),
        correlationId: event.metadata.correlationId,
      };
      try {
        await this.commandBus.execute(new ExecuteInitiativeCommand(command, metadata));
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONFLICT' && error.rule === 'InitiativeAlreadyStarted')) throw error;
        await this.refuseInitiativeOfAnotherOrigin(command.data);
      }
    }
  }

  /**
   * An initiative already under the award's id is this award's work done only if the award started it. Another start
   * (a priority's, recorded before such ids were kept for awards) holds the id by mistake: counting it as done would
   * leave the funded proposal without its initiative, so the process stops and says why.
   */
  private async refuseInitiativeOfAnotherOrigin({ initiativeId, callId, proposalId }: StartInitiativeFromAward['data']): Promise<void> {
    const initiative = await foldStream(this.store, initiativeStreamName(initiativeId), initiativeDecider);
    const origin = initiative.status === 'started' ? initiative.origin : null;
    if (origin?.kind === 'award' && origin.callId === callId && origin.proposalId === proposalId) return;
    const startedFrom =
      origin === null ? 'nothing the stream records' : origin.kind === 'award' ? `proposal ${origin.proposalId} of call ${origin.callId}` : `priority ${origin.priorityId} of platform ${origin.platformId}`;
    throw new Error(
      `Initiative ${initiativeId} was started from ${startedFrom}, not by the award of proposal ${proposalId} of call ${callId}: that proposal's initiative cannot start under its id`,
    );
  }

  /**
   * The call's programme, from the call's stream: its envelope holds the initiatives' UNDP shares. A call is drafted
   * before it is awarded; an award of a call the store never drafted is a broken ledger, and the process stops on it.
   */
  private async programmeOf(callId: string): Promise<string> {
    const call = await foldStream(this.store, callStreamName(callId), callDecider);
    if (call.status === 'undrafted') throw new Error(`Call ${callId} was awarded but never drafted: no programme to start its initiatives in`);
    return call.programmeId;
  }

  /**
   * The title of the proposal as it stands, from its stream (authoritative, unlike a read model that may lag). An
   * award ranks only proposals it folded, so there is one; the id stands in rather than stall the process forever.
   */
  private async titleOf(proposalId: string): Promise<string> {
    const proposal = await foldStream(this.store, proposalStreamName(proposalId), proposalDecider);
    return proposal.status === 'unsubmitted' ? proposalId : proposal.title;
  }
}
