import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { hasRole, notFound, type Identity } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { getAppeal, getProposal, listAppeals, listEvaluations, listProposalVersions, listProposals, type AppealView, type ProposalContent, type ProposalView } from '@makers/calls';
import type { ApiRequest } from '../auth/request-identity';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecuteProposalCommand, type ProposalRequest } from './proposals.commands';
import {
  AppealsArgs,
  DeclareConflictOfInterestInput,
  DecideAppealInput,
  FileAppealInput,
  ProposalContentInput,
  ProposalsArgs,
  ReviseProposalInput,
  ScoreProposalInput,
  ScreenProposalInput,
  SubmitProposalInput,
  WithdrawProposalInput,
} from './proposals.inputs';
import { Appeal, AppealConnection, Proposal, ProposalConnection, ProposalEvaluation, ProposalVersion } from './proposals.types';

/** A proposal as queries answer it, with who submitted it kept for `submittedByYou` and never shown. */
type ProposalAnswer = Proposal & { readonly submittedBy: string };

const toProposal = (view: ProposalView): ProposalAnswer => view as unknown as ProposalAnswer;

const toAppeal = ({ filedBy: _filedBy, decision, ...appeal }: AppealView): Appeal => ({
  ...appeal,
  decision: decision && { upheld: decision.upheld, reason: decision.reason, decidedAt: decision.decidedAt },
});

/** The content of a submission or revision, as the domain takes it: amounts as Money in the proposal's currency. */
const contentOf = (input: ProposalContentInput): Omit<ProposalContent, 'priorityStanding'> => ({
  applicant: { name: input.applicant.name, type: input.applicant.type },
  municipalityId: input.municipalityId,
  title: input.title,
  summary: input.summary,
  budgetLines: input.budgetLines.map((line) => ({ description: line.description, amount: { amountMinor: line.amountMinor, currency: input.currency } })),
  requestedAmount: { amountMinor: input.requestedAmountMinor, currency: input.currency },
  coFinancingOffered: { amountMinor: input.coFinancingOfferedMinor, currency: input.currency },
  priority: input.priority ? { platformId: input.priority.platformId, priorityId: input.priority.priorityId } : null,
});

/** Every evaluator's scores for the programme; an evaluator their own; others only the weighted score. */
const evaluationsShownTo = (who: Identity | undefined) => (evaluatorId: string) =>
  who !== undefined && (hasRole(who, 'programme-manager', 'administrator') || (hasRole(who, 'evaluator') && who.subject === evaluatorId));

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Proposal, { description: 'A proposal as it stands, with every version.' })
  async proposal(@Args('id', { type: () => ID }) id: string): Promise<Proposal> {
    const proposal = await getProposal(this.readModels.db, id);
    if (!proposal) throw notFound('ProposalNotFound', `No proposal ${id}`);
    return toProposal(proposal);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => ProposalConnection, { description: 'Proposals in submission order; filter by call, state, municipality, or your own.' })
  async proposals(@Args() { callId, state, municipalityId, mine, first, after }: ProposalsArgs, @Context('req') request: ApiRequest): Promise<ProposalConnection> {
    const submittedBy = mine ? request.identity?.subject : undefined;
    const page = await listProposals(this.readModels.db, { callId, state, municipalityId, submittedBy, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toProposal) }) as ProposalConnection;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => ProposalEvaluation, { description: 'A proposal’s weighted score, and the evaluations this reader may see.' })
  async proposalEvaluation(@Args('proposalId', { type: () => ID }) proposalId: string, @Context('req') request: ApiRequest): Promise<ProposalEvaluation> {
    const proposal = await getProposal(this.readModels.db, proposalId);
    if (!proposal) throw notFound('ProposalNotFound', `No proposal ${proposalId}`);
    const evaluations = await listEvaluations(this.readModels.db, proposalId);
    const shown = evaluationsShownTo(request.identity);
    return {
      proposalId,
      score: proposal.score,
      scoredBy: evaluations.filter((evaluation) => evaluation.weighted !== null).length,
      evaluations: evaluations.filter((evaluation) => shown(evaluation.evaluatorId)),
    };
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => AppealConnection, { description: 'Appeals in the order they were filed, with their outcome; filter by call, proposal, or decided.' })
  async appeals(@Args() { callId, proposalId, decided, first, after }: AppealsArgs): Promise<AppealConnection> {
    const page = await listAppeals(this.readModels.db, { callId, proposalId, decided, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toAppeal) }) as AppealConnection;
  }

  @ResolveField(() => [ProposalVersion], { description: 'Every version, the first first.' })
  versions(@Parent() proposal: Proposal): Promise<ProposalVersion[]> {
    return listProposalVersions(this.readModels.db, proposal.id) as Promise<ProposalVersion[]>;
  }

  @ResolveField(() => Boolean, { description: 'Whether the reader submitted it: only its submitter revises, withdraws or appeals it.' })
  submittedByYou(@Parent() proposal: ProposalAnswer, @Context('req') request: ApiRequest): boolean {
    return request.identity !== undefined && proposal.submittedBy === request.identity.subject;
  }

  @Mutation(() => Proposal, { description: 'Submits a proposal to an open call; refused, naming the rule, when late or ineligible.' })
  async submitProposal(@Args('input') input: SubmitProposalInput, @Metadata() metadata: CommandMetadata): Promise<Proposal> {
    const proposalId = input.id ?? uuidv7();
    await this.send({ type: 'SubmitProposal', data: { proposalId, callId: input.callId, ...contentOf(input) } }, metadata);
    return this.proposal(proposalId);
  }

  @Mutation(() => Proposal, { description: 'A new version, before the deadline, by its submitter.' })
  async reviseProposal(@Args('input') input: ReviseProposalInput, @Metadata() metadata: CommandMetadata): Promise<Proposal> {
    await this.send({ type: 'ReviseProposal', data: { proposalId: input.proposalId, ...contentOf(input) } }, metadata);
    return this.proposal(input.proposalId);
  }

  @Mutation(() => Proposal, { description: 'Withdraws a proposal before the award, by its submitter, with a reason.' })
  async withdrawProposal(@Args('input') input: WithdrawProposalInput, @Metadata() metadata: CommandMetadata): Promise<Proposal> {
    await this.send({ type: 'WithdrawProposal', data: { ...input } }, metadata);
    return this.proposal(input.proposalId);
  }

  @Mutation(() => Proposal, { description: 'The screener’s decision on the current version, with a reason.' })
  async screenProposal(@Args('input') input: ScreenProposalInput, @Metadata() metadata: CommandMetadata): Promise<Proposal> {
    await this.send({ type: 'ScreenProposal', data: { ...input } }, metadata);
    return this.proposal(input.proposalId);
  }

  @Mutation(() => ProposalEvaluation, { description: 'An assigned evaluator declares, once per proposal, whether they have a conflict of interest.' })
  async declareConflictOfInterest(
    @Args('input') input: DeclareConflictOfInterestInput,
    @Metadata() metadata: CommandMetadata,
    @Context('req') request: ApiRequest,
  ): Promise<ProposalEvaluation> {
    await this.send({ type: 'DeclareConflictOfInterest', data: { proposalId: input.proposalId, hasConflict: input.hasConflict, note: input.note ?? null } }, metadata);
    return this.proposalEvaluation(input.proposalId, request);
  }

  @Mutation(() => ProposalEvaluation, { description: 'An assigned evaluator without a conflict scores every criterion; scoring again replaces the earlier scores.' })
  async scoreProposal(@Args('input') input: ScoreProposalInput, @Metadata() metadata: CommandMetadata, @Context('req') request: ApiRequest): Promise<ProposalEvaluation> {
    const scores = input.scores.map(({ criterionId, score }) => ({ criterionId, score }));
    await this.send({ type: 'ScoreProposal', data: { proposalId: input.proposalId, scores } }, metadata);
    return this.proposalEvaluation(input.proposalId, request);
  }

  @Mutation(() => Appeal, { description: 'The submitter appeals the award, within the call’s appeal period.' })
  async fileAppeal(@Args('input') input: FileAppealInput, @Metadata() metadata: CommandMetadata): Promise<Appeal> {
    const appealId = input.id ?? uuidv7();
    await this.send({ type: 'FileAppeal', data: { proposalId: input.proposalId, appealId, grounds: input.grounds } }, metadata);
    return this.appeal(input.proposalId, appealId);
  }

  @Mutation(() => Appeal, { description: 'The programme’s decision on an appeal, with a reason.' })
  async decideAppeal(@Args('input') input: DecideAppealInput, @Metadata() metadata: CommandMetadata): Promise<Appeal> {
    await this.send({ type: 'DecideAppeal', data: { ...input } }, metadata);
    return this.appeal(input.proposalId, input.appealId);
  }

  private async send(request: ProposalRequest, metadata: CommandMetadata): Promise<void> {
    await this.commands.send(new ExecuteProposalCommand(request, metadata));
  }

  private async appeal(proposalId: string, appealId: string): Promise<Appeal> {
    const appeal = await getAppeal(this.readModels.db, proposalId, appealId);
    if (!appeal) throw notFound('AppealNotFound', `Proposal ${proposalId} has no appeal ${appealId}`);
    return toAppeal(appeal);
  }
}
