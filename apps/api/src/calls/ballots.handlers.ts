import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { v7 as uuidv7 } from 'uuid';
import { authorize, notFound, type Identity } from '@makers/kernel';
import {
  foldStream,
  loadState,
  toAppend,
  WrongExpectedVersionError,
  type AppendResult,
  type CommandMetadata,
  type EventStore,
  type HandledCommand,
} from '@makers/event-store';
import {
  ballotBoxDecider,
  ballotBoxPolicy,
  ballotBoxStreamName,
  callDecider,
  callSnapshotOf,
  callStreamName,
  proposalDecider,
  proposalStreamName,
  splitByStream,
  type BallotBoxCommand,
  type BallotBoxEvent,
  type CallSnapshot,
} from '@makers/calls';
import { MAX_PAGE_SIZE, type ReadModelDatabase } from '@makers/projections';
import { listPlatforms } from '@makers/platforms';
import { EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { ExecuteBallotCommand, type BallotRequest } from './ballots.commands';

/**
 * Who appends a secret ballot's counted choice: not the voter. The counted vote carries a fresh correlation and
 * causation id too, so nothing in its metadata points back to the member's BallotCast (only the order of appends
 * does, which a raw store reader could see: documented, not hidden).
 */
export const SECRET_TALLY_ACTOR = 'system:secret-ballot-box';

/** Many members may vote on one proposal at once: each lost race is decided again on the fresh ballot box. */
const MAX_ATTEMPTS = 20;

@CommandHandler(ExecuteBallotCommand)
export class BallotCommandHandler implements ICommandHandler<ExecuteBallotCommand, HandledCommand<BallotBoxEvent>> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  async execute({ request, metadata }: ExecuteBallotCommand): Promise<HandledCommand<BallotBoxEvent>> {
    const command = await this.complete(request, metadata.identity);
    const proposalId = command.data.proposalId;
    const streamName = ballotBoxStreamName(proposalId);
    for (let attempt = 1; ; attempt++) {
      const { state, expectedRevision } = await loadState(this.store, streamName, ballotBoxDecider);
      authorize(ballotBoxPolicy, command, state, metadata.identity);
      const events = ballotBoxDecider.decide(command, state, { now: metadata.issuedAt, actor: metadata.identity.subject });
      if (events.length === 0) return { events };
      const { ballots, tally } = splitByStream(proposalId, events);
      let appended: AppendResult;
      try {
        // With the revision folded: of two ballots of one member at once, one is appended, the other decided again (AlreadyVoted).
        appended = await this.store.appendToStream(ballots.streamName, ballots.events.map((event) => toAppend(event, metadata)), { expectedRevision });
      } catch (error) {
        if (error instanceof WrongExpectedVersionError && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      if (tally.events.length > 0) {
        appended = await this.store.appendToStream(tally.streamName, tally.events.map((event) => toAppend(event, secretTallyMetadata(metadata))), { expectedRevision: 'any' });
      }
      return { events, appended };
    }
  }

  private async complete(request: BallotRequest, who: Identity): Promise<BallotBoxCommand> {
    const { call, municipalityId } = await this.proposal(request.data.proposalId);
    const platformsOfMunicipality = await this.platformsOf(municipalityId);
    switch (request.type) {
      case 'CastBallot': {
        const { voting } = call.terms;
        const voter = {
          voterId: who.subject,
          platformIds: [...who.platformIds],
          platformsOfMunicipality,
          secret: voting.secret,
          votingOpensAt: voting.opensAt,
          votingClosesAt: voting.closesAt,
        };
        return { type: 'CastBallot', data: { ...request.data, voter } };
      }
      case 'RecordPaperBallotTally':
        return { type: 'RecordPaperBallotTally', data: { ...request.data, platformsOfMunicipality } };
      default: {
        const unknown: never = request;
        return unknown;
      }
    }
  }

  /** The proposal's municipality and its call, as their streams hold them. */
  private async proposal(proposalId: string): Promise<{ call: CallSnapshot; municipalityId: string }> {
    const proposal = typeof proposalId === 'string' ? await foldStream(this.store, proposalStreamName(proposalId), proposalDecider) : null;
    if (!proposal || proposal.status === 'unsubmitted') throw notFound('ProposalNotFound', `Proposal ${proposalId} has not been submitted`);
    const call = callSnapshotOf(await foldStream(this.store, callStreamName(proposal.callId), callDecider));
    if (!call) throw notFound('CallNotFound', `No call ${proposal.callId}`);
    return { call, municipalityId: proposal.municipalityId };
  }

  /** Every platform covering the municipality (an inter-municipal one counts for each of its municipalities). */
  private async platformsOf(municipalityId: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listPlatforms(this.readModels.db, { municipalityId, first: MAX_PAGE_SIZE, after });
      ids.push(...page.nodes.map((platform) => platform.id));
      if (!page.hasNextPage) return ids;
      after = page.endCursor;
    }
  }
}

const secretTallyMetadata = (metadata: CommandMetadata): CommandMetadata => ({
  commandId: uuidv7(),
  correlationId: uuidv7(),
  issuedAt: metadata.issuedAt,
  identity: { subject: SECRET_TALLY_ACTOR, roles: [], municipalityIds: [], platformIds: [] },
});
