import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { hasRole, notFound, type Identity, type Role } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import { getAward, getCall, listAwards, listCallEvaluators, listCallVersions, listCalls, type CallTerms, type CallView, type RankedProposalView } from '@makers/calls';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { PageArgs, toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Reader } from '../people/personal-data-readers';
import { Metadata } from '../request/command-metadata';
import { ExecuteCallCommand, type CallRequest } from './call.commands';
import { AmendCallInput, AssignEvaluatorInput, CallIdInput, CallsArgs, CancelCallInput, DraftCallInput, ReviseDraftInput, type CallTermsInput } from './call.inputs';
import { Award, AwardConnection, Call, CallConnection, CallEvaluator, CallVersion, RankedProposal } from './call.types';

/** Who sees drafts: those who run calls. Everyone else meets a draft as a call that does not exist. */
export const CALL_DRAFT_READERS: readonly Role[] = ['programme-manager', 'administrator'];

const mayReadDrafts = (reader: Identity) => hasRole(reader, ...CALL_DRAFT_READERS);

/** The input's terms as the domain takes them: amounts become Money in the call's currency. */
export const callTermsOf = ({ budget, criteria, voting, awardRule, eligibleApplicantTypes, eligibleMunicipalityIds, ...rest }: CallTermsInput): CallTerms => ({
  ...rest,
  budget: {
    total: { amountMinor: budget.totalMinor, currency: rest.currency },
    perProposalCeiling: { amountMinor: budget.perProposalCeilingMinor, currency: rest.currency },
  },
  eligibleApplicantTypes: [...eligibleApplicantTypes],
  eligibleMunicipalityIds: [...eligibleMunicipalityIds],
  criteria: criteria.map(({ criterionId, name, weight, maxScore }) => ({ criterionId, name, weight, maxScore })),
  voting: { opensAt: voting.opensAt, closesAt: voting.closesAt, secret: voting.secret },
  awardRule: { scoreWeight: awardRule.scoreWeight, votesWeight: awardRule.votesWeight },
});

@Resolver(() => Call)
export class CallResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  /** The call as `reader` may see it: a draft only by programme staff, NOT_FOUND for anyone else. */
  private async visibleCall(callId: string, reader: Identity): Promise<CallView> {
    const call = await getCall(this.readModels.db, callId, new Date());
    if (!call || (!call.everPublished && !mayReadDrafts(reader))) throw notFound('CallNotFound', `No call ${callId}`);
    return call;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Call, { description: 'A call with its terms in force, every published version (with why it changed) and its evaluators.' })
  async call(@Args('id', { type: () => ID }) id: string, @Reader() reader: Identity): Promise<Call> {
    return (await this.visibleCall(id, reader)) as unknown as Call;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => CallConnection, { description: 'Calls in the order they open; filter by state now (OPEN: taking submissions now). Drafts only for programme staff.' })
  async calls(@Args() { state, first, after }: CallsArgs, @Reader() reader: Identity): Promise<CallConnection> {
    const page = await listCalls(this.readModels.db, { state, first, after, includeDrafts: mayReadDrafts(reader), now: new Date() });
    return toConnection(page) as unknown as CallConnection;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => [RankedProposal], { description: 'The ranking an awarded call was decided by: every candidate, best first. NOT_FOUND before the award.' })
  async ranking(@Args('callId', { type: () => ID }) callId: string, @Reader() reader: Identity): Promise<RankedProposal[]> {
    await this.visibleCall(callId, reader);
    const award = await getAward(this.readModels.db, callId);
    if (!award) throw notFound('CallNotAwarded', `Call ${callId} has not been awarded`);
    return award.ranking.map(rankedProposal);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => AwardConnection, { description: 'Award decisions in the order they were made, each with its ranking and total.' })
  async awards(@Args() { first, after }: PageArgs): Promise<AwardConnection> {
    const page = await listAwards(this.readModels.db, { first, after });
    return toConnection({ ...page, nodes: page.nodes.map((award) => ({ ...award, ranking: award.ranking.map(rankedProposal) })) }) as unknown as AwardConnection;
  }

  @ResolveField(() => [CallVersion], { description: 'Every published version, oldest first; empty while a draft.' })
  async versions(@Parent() call: Call): Promise<CallVersion[]> {
    return (await listCallVersions(this.readModels.db, call.id)) as unknown as CallVersion[];
  }

  @ResolveField(() => [CallEvaluator])
  async evaluators(@Parent() call: Call): Promise<CallEvaluator[]> {
    return listCallEvaluators(this.readModels.db, call.id);
  }

  @ResolveField(() => Award, { nullable: true, description: 'The award decision with its ranking; null before the award.' })
  async award(@Parent() call: Call): Promise<Award | null> {
    const award = await getAward(this.readModels.db, call.id);
    return award ? ({ ...award, ranking: award.ranking.map(rankedProposal) } as unknown as Award) : null;
  }

  /** Sends through the bus, waits for the read models, answers from them. */
  private async execute(request: CallRequest, metadata: CommandMetadata): Promise<Call> {
    await this.commands.send(new ExecuteCallCommand(request, metadata));
    return this.call(request.data.callId, metadata.identity);
  }

  @Mutation(() => Call, { description: 'Drafts a call: its terms are checked (weights summing to 100, partner municipalities, windows) but nobody else sees it yet.' })
  draftCall(@Args('input') { id, programmeId, terms }: DraftCallInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'DraftCall', data: { callId: id ?? uuidv7(), programmeId, terms: callTermsOf(terms) } }, metadata);
  }

  @Mutation(() => Call, { description: 'Replaces a draft’s terms; published terms change only by amendCall.' })
  reviseDraft(@Args('input') { callId, terms }: ReviseDraftInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'ReviseDraft', data: { callId, terms: callTermsOf(terms) } }, metadata);
  }

  @Mutation(() => Call, { description: 'Publishes a draft as version 1 of its terms; it must not open in the past.' })
  publishCall(@Args('input') { callId }: CallIdInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'PublishCall', data: { callId } }, metadata);
  }

  @Mutation(() => Call, { description: 'Amends published terms as a new version with its reason, before submissions close; every version is kept.' })
  amendCall(@Args('input') { callId, terms, reason }: AmendCallInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'AmendCall', data: { callId, terms: callTermsOf(terms), reason } }, metadata);
  }

  @Mutation(() => Call, { description: 'Assigns an evaluator (by identity subject) to score the call’s proposals.' })
  assignEvaluator(@Args('input') { callId, evaluatorId }: AssignEvaluatorInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'AssignEvaluator', data: { callId, evaluatorId } }, metadata);
  }

  @Mutation(() => Call, { description: 'Closes a published call for submissions, at or after its closing time.' })
  closeCall(@Args('input') { callId }: CallIdInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'CloseCall', data: { callId } }, metadata);
  }

  @Mutation(() => Call, { description: 'Completes the evaluation of a closed call: every eligible, not withdrawn proposal must be scored.' })
  completeEvaluation(@Args('input') { callId }: CallIdInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'CompleteEvaluation', data: { callId } }, metadata);
  }

  @Mutation(() => Call, { description: 'Awards an evaluated call once voting has closed: ranks by the call’s rule and funds in rank order within its budget.' })
  awardCall(@Args('input') { callId }: CallIdInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'AwardCall', data: { callId } }, metadata);
  }

  @Mutation(() => Call, { description: 'Cancels a call that has not been awarded, with a reason.' })
  cancelCall(@Args('input') { callId, reason }: CancelCallInput, @Metadata() metadata: CommandMetadata): Promise<Call> {
    return this.execute({ type: 'CancelCall', data: { callId, reason } }, metadata);
  }
}

/** The votes the award counted, flat: online and paper together. */
const rankedProposal = ({ votes, ...ranked }: RankedProposalView): RankedProposal =>
  ({ ...ranked, votesFor: votes.for, votesAgainst: votes.against, votesAbstain: votes.abstain }) as unknown as RankedProposal;
