import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { getBallotOf, getPaperTally, getProposal, getTally, listVoters, type PaperTallyView } from '@makers/calls';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecuteBallotCommand } from './ballots.commands';
import { CastBallotInput, ProposalVotersArgs, RecordPaperBallotTallyInput } from './ballots.inputs';
import { Ballot, BallotConnection, PaperTally, ProposalTally } from './ballots.types';

const toPaperTally = ({ recordedBy: _recordedBy, ...tally }: PaperTallyView): PaperTally => tally;

@Resolver()
export class BallotsResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => ProposalTally, { description: 'A proposal’s votes, online and paper apart and added up; never who chose what under a secret ballot.' })
  async proposalTally(@Args('proposalId', { type: () => ID }) proposalId: string): Promise<ProposalTally> {
    if (!(await getProposal(this.readModels.db, proposalId))) throw notFound('ProposalNotFound', `No proposal ${proposalId}`);
    const tally = await getTally(this.readModels.db, proposalId);
    return { ...tally, paperTallies: tally.paperTallies.map(toPaperTally) } as ProposalTally;
  }

  @AllowedRoles('programme-manager', 'administrator', 'donor-auditor')
  @Query(() => BallotConnection, { description: 'Who voted online, in the order they voted; the choice only of open ballots.' })
  async proposalVoters(@Args() { proposalId, first, after }: ProposalVotersArgs): Promise<BallotConnection> {
    return toConnection(await listVoters(this.readModels.db, proposalId, { first, after })) as BallotConnection;
  }

  @Mutation(() => Ballot, { description: 'A platform member of the proposal’s municipality votes once, within the voting window.' })
  async castBallot(@Args('input') input: CastBallotInput, @Metadata() metadata: CommandMetadata): Promise<Ballot> {
    await this.commands.send(new ExecuteBallotCommand({ type: 'CastBallot', data: { proposalId: input.proposalId, choice: input.choice } }, metadata));
    const ballot = await getBallotOf(this.readModels.db, input.proposalId, metadata.identity.subject);
    if (!ballot) throw notFound('BallotNotFound', `No ballot of ${metadata.identity.subject} on ${input.proposalId}`);
    return ballot as Ballot;
  }

  @Mutation(() => PaperTally, { description: 'A moderator records the paper ballots counted at their platform, with evidence.' })
  async recordPaperBallotTally(@Args('input') input: RecordPaperBallotTallyInput, @Metadata() metadata: CommandMetadata): Promise<PaperTally> {
    const tallyId = input.id ?? uuidv7();
    const { id: _id, evidence, meetingId, ...counts } = input;
    await this.commands.send(
      new ExecuteBallotCommand(
        {
          type: 'RecordPaperBallotTally',
          data: { ...counts, tallyId, meetingId: meetingId ?? null, evidence: { reference: evidence.reference, documentUrl: evidence.documentUrl } },
        },
        metadata,
      ),
    );
    const tally = await getPaperTally(this.readModels.db, input.proposalId, tallyId);
    if (!tally) throw notFound('PaperTallyNotFound', `No paper tally ${tallyId}`);
    return toPaperTally(tally);
  }
}
