import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { notFound } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import {
  CO_CHAIR_SEATS,
  countCurrentMembers,
  getPlatform,
  listMemberships,
  listMilestones,
  listPlatforms,
  platformStatistics,
  type PlatformView,
  type QuorumRule as DomainQuorumRule,
} from '@makers/platforms';
import type { ApiRequest } from '../auth/request-identity';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecutePlatformCommand, type PlatformRequest } from './platforms.commands';
import {
  ActivatePlatformInput,
  AdmitMemberInput,
  ClosePlatformInput,
  FormPlatformInput,
  MarkPlatformDormantInput,
  NameCoChairsInput,
  PlatformFilterArgs,
  PlatformsArgs,
  QuorumRuleInput,
  RecordInstitutionalisationMilestoneInput,
  RecordMemberLeftInput,
  RevivePlatformInput,
  SetQuorumRuleInput,
} from './platforms.inputs';
import { maySeeMembersOf } from './platform-readers';
import { PlatformPeople } from './platform-people';
import { CoChair, MemberCounts, Milestone, Platform, PlatformConnection, PlatformMember, PlatformStatistics } from './platforms.types';

/** A platform as queries answer it, with the read model's view kept for the fields resolved on demand. */
type PlatformAnswer = Platform & { readonly view: PlatformView };

const toPlatform = (view: PlatformView): PlatformAnswer => ({
  id: view.id,
  name: view.name,
  municipalities: view.municipalities as Platform['municipalities'],
  interMunicipal: view.interMunicipal,
  interEntity: view.interEntity,
  state: view.state as Platform['state'],
  stateReason: view.stateReason,
  quorumRule: {
    kind: view.quorum.kind as Platform['quorumRule']['kind'],
    members: view.quorum.kind === 'minimum' ? view.quorum.members : null,
    percent: view.quorum.kind === 'share' ? view.quorum.percent : null,
  },
  institutionalisedOn: view.institutionalisedOn,
  formedAt: view.formedAt,
  view,
});

const toQuorumRule = (input: QuorumRuleInput): DomainQuorumRule => {
  switch (input.kind) {
    case 'minimum':
      return { kind: 'minimum', members: input.members as number };
    case 'share':
      return { kind: 'share', percent: input.percent as number };
    default:
      return { kind: 'majority' };
  }
};

/** A milestone's municipality is one of its platform's: the decider allows no other. */
const municipalityOf = (platform: Platform, municipalityId: string): Platform['municipalities'][number] => {
  const municipality = platform.municipalities.find((candidate) => candidate.id === municipalityId);
  if (!municipality) throw new Error(`Platform ${platform.id} has a milestone of ${municipalityId}, which is not one of its municipalities`);
  return municipality;
};

@Resolver(() => Platform)
export class PlatformsResolver {
  constructor(
    private readonly commands: CommandSender,
    private readonly people: PlatformPeople,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  // ---- queries ---------------------------------------------------------------------------------------------------

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Platform, { description: 'A platform with its municipalities, state, quorum rule, co-chairs, members and milestones.' })
  async platform(@Args('id', { type: () => ID }) id: string): Promise<Platform> {
    const view = await getPlatform(this.readModels.db, id);
    if (!view) throw notFound('PlatformNotFound', `No platform ${id}`);
    return toPlatform(view);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => PlatformConnection, { description: 'Platforms in alphabetical order; filter by municipality, entity or state.' })
  async platforms(@Args() { municipalityId, entity, state, first, after }: PlatformsArgs): Promise<PlatformConnection> {
    const page = await listPlatforms(this.readModels.db, { municipalityId, entity, state, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(toPlatform) }) as PlatformConnection;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => PlatformStatistics, { description: 'Platforms by state and reach, and their current members by role and sex, over what the filter selects.' })
  async platformStatistics(@Args() { municipalityId, entity, state }: PlatformFilterArgs): Promise<PlatformStatistics> {
    return (await platformStatistics(this.readModels.db, { municipalityId, entity, state })) as PlatformStatistics;
  }

  // ---- fields resolved on demand ---------------------------------------------------------------------------------

  @ResolveField(() => Boolean, { description: 'Whether this reader is shown who the members and co-chairs are (see PlatformPerson).' })
  membersShown(@Parent() platform: PlatformAnswer, @Context('req') request: ApiRequest): boolean {
    return maySeeMembersOf(request.identity, platform.view);
  }

  @ResolveField(() => [CoChair], { description: 'Both co-chair seats; who sits in them only to readers shown the members.' })
  async coChairs(@Parent() platform: PlatformAnswer, @Context('req') request: ApiRequest): Promise<CoChair[]> {
    const shown = maySeeMembersOf(request.identity, platform.view);
    const seats = CO_CHAIR_SEATS.map((seat) => ({ seat, holder: platform.view.coChairs[seat] }));
    const people = shown ? await this.people.find(seats.flatMap(({ holder }) => (holder ? [holder.personId] : []))) : new Map();
    return seats.map(({ seat, holder }) => ({
      seat: seat as CoChair['seat'],
      filled: holder !== null,
      since: holder?.since ?? null,
      person: shown && holder ? this.people.shown(holder.personId, people) : null,
    }));
  }

  @ResolveField(() => [PlatformMember], {
    nullable: true,
    description: "Memberships in the order people joined (current: true for those that last, false for past ones). Null to readers not shown the members: programme managers, administrators, municipal officers of one of its municipalities and its moderators are; the figures are in memberCounts.",
  })
  async members(
    @Parent() platform: PlatformAnswer,
    @Context('req') request: ApiRequest,
    @Args('current', { type: () => Boolean, nullable: true }) current?: boolean,
  ): Promise<PlatformMember[] | null> {
    if (!maySeeMembersOf(request.identity, platform.view)) return null;
    const memberships = await listMemberships(this.readModels.db, platform.id, { current });
    const people = await this.people.find(memberships.map((membership) => membership.personId));
    return memberships.map((membership) => ({
      person: this.people.shown(membership.personId, people),
      role: membership.role as PlatformMember['role'],
      sex: membership.sex as PlatformMember['sex'],
      joinedOn: membership.joinedOn,
      leftOn: membership.leftOn,
      current: membership.current,
    }));
  }

  @ResolveField(() => MemberCounts, { description: 'Current members by role and by sex: figures every reader sees.' })
  async memberCounts(@Parent() platform: PlatformAnswer): Promise<MemberCounts> {
    return (await countCurrentMembers(this.readModels.db, { platformId: platform.id })) as MemberCounts;
  }

  @ResolveField(() => [Milestone], { description: 'Institutionalisation milestones with their evidence, earliest first.' })
  async milestones(@Parent() platform: PlatformAnswer): Promise<Milestone[]> {
    const milestones = await listMilestones(this.readModels.db, platform.id);
    return milestones.map((milestone) => ({
      id: milestone.milestoneId,
      kind: milestone.kind as Milestone['kind'],
      municipality: municipalityOf(platform, milestone.municipalityId),
      achievedOn: milestone.achievedOn,
      referenceNumber: milestone.referenceNumber,
      documentUrl: milestone.documentUrl,
      call: milestone.call as Milestone['call'],
    }));
  }

  // ---- mutations -------------------------------------------------------------------------------------------------

  private async send(request: PlatformRequest, metadata: CommandMetadata): Promise<Platform> {
    await this.commands.send(new ExecutePlatformCommand(request, metadata));
    return this.platform(request.data.platformId);
  }

  @Mutation(() => Platform, {
    description: "Forms a platform of one or more partner municipalities of the programme; whether it is inter-municipal and inter-entity is derived.",
  })
  formPlatform(@Args('input') input: FormPlatformInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    const { id, quorum, ...rest } = input;
    const data = { ...rest, platformId: id ?? uuidv7(), quorum: quorum ? toQuorumRule(quorum) : null };
    return this.send({ type: 'FormPlatform', data }, metadata);
  }

  @Mutation(() => Platform, { description: 'Admits a registered person as a member with a role; a person is at most once an active member.' })
  admitMember(@Args('input') input: AdmitMemberInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'AdmitMember', data: { ...input } }, metadata);
  }

  @Mutation(() => Platform, { description: 'Records that a member left; a co-chair who leaves leaves the seat empty.' })
  recordMemberLeft(@Args('input') input: RecordMemberLeftInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'RecordMemberLeft', data: { ...input, reason: input.reason ?? null } }, metadata);
  }

  @Mutation(() => Platform, { description: 'Names both co-chairs: a young activist and a member of municipal staff, both current members.' })
  nameCoChairs(@Args('input') input: NameCoChairsInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'NameCoChairs', data: { ...input } }, metadata);
  }

  @Mutation(() => Platform, { description: "Sets the platform's quorum rule." })
  setQuorumRule(@Args('input') input: SetQuorumRuleInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'SetQuorumRule', data: { platformId: input.platformId, quorum: toQuorumRule(input.quorum) } }, metadata);
  }

  @Mutation(() => Platform, { description: 'From forming to active, once both co-chairs are named.' })
  activatePlatform(@Args('input') input: ActivatePlatformInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'ActivatePlatform', data: { ...input } }, metadata);
  }

  @Mutation(() => Platform, {
    description: 'Records an institutionalisation milestone with its evidence; the first recognition as an advisory mechanism institutionalises the platform.',
  })
  recordInstitutionalisationMilestone(@Args('input') input: RecordInstitutionalisationMilestoneInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    const { milestoneId, call, municipalityId, ...rest } = input;
    const data = {
      ...rest,
      milestoneId: milestoneId ?? uuidv7(),
      municipalityId: municipalityId ?? null,
      call: call ? { reference: call.reference, amount: { amountMinor: call.amountMinor, currency: call.currency } } : null,
    };
    return this.send({ type: 'RecordInstitutionalisationMilestone', data }, metadata);
  }

  @Mutation(() => Platform, { description: 'An active or institutionalised platform goes dormant, with a reason.' })
  markPlatformDormant(@Args('input') input: MarkPlatformDormantInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'MarkPlatformDormant', data: { ...input } }, metadata);
  }

  @Mutation(() => Platform, { description: 'A dormant platform comes back: active, or institutionalised if it had been recognised.' })
  revivePlatform(@Args('input') input: RevivePlatformInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'RevivePlatform', data: { ...input } }, metadata);
  }

  @Mutation(() => Platform, { description: 'Closes a platform, with a reason. Final: a closed platform takes no further command.' })
  closePlatform(@Args('input') input: ClosePlatformInput, @Metadata() metadata: CommandMetadata): Promise<Platform> {
    return this.send({ type: 'ClosePlatform', data: { ...input } }, metadata);
  }
}
