import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { v7 as uuidv7 } from 'uuid';
import { hasRole, notFound, type Identity, type Role } from '@makers/kernel';
import type { CommandMetadata } from '@makers/event-store';
import type { ReadModelDatabase } from '@makers/projections';
import {
  getVolunteerEntry,
  listVolunteerHours,
  summariseVolunteerHours,
  type VolunteerEntryView,
  type VolunteerHoursSums as SumsView,
  type VolunteerHoursVisibility,
} from '@makers/platforms';
import type { ApiRequest } from '../auth/request-identity';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { CommandSender } from '../commands/command-sender';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Metadata } from '../request/command-metadata';
import { ExecuteVolunteeringCommand } from './capacity.commands';
import { LogVolunteerHoursInput, RejectVolunteerHoursInput, VerifyVolunteerHoursInput, VolunteerHoursArgs, VolunteerHoursSummaryArgs } from './capacity.inputs';
import {
  groupingCode,
  VolunteerHoursConnection,
  VolunteerHoursEntry,
  VolunteerHoursSummary,
  volunteerHoursStatusCode,
  type VolunteerHoursSums,
} from './capacity.types';

/**
 * Who reads volunteer hours entry by entry. Entries name persons (by id), so not every role: the programme (programme
 * managers, administrators) and donor auditors read them all; a platform moderator reads those of the platforms they
 * moderate, a municipal officer those of the platforms of their municipalities (hours that went only to an initiative
 * belong to no platform, so to neither). The sums name nobody: every authenticated role reads them.
 */
export const VOLUNTEER_HOURS_READERS: readonly Role[] = ['programme-manager', 'administrator', 'donor-auditor', 'platform-moderator', 'municipal-officer'];
const READS_EVERY_ENTRY: Role[] = ['programme-manager', 'administrator', 'donor-auditor'];

/** What of the entries a reader may see: everything (null), or the entries within their scopes. */
export const volunteerHoursVisibleTo = (who: Identity): VolunteerHoursVisibility | null =>
  hasRole(who, ...READS_EVERY_ENTRY)
    ? null
    : {
        platformIds: hasRole(who, 'platform-moderator') ? who.platformIds : [],
        municipalityIds: hasRole(who, 'municipal-officer') ? who.municipalityIds : [],
      };

const toEntry = (view: VolunteerEntryView): VolunteerHoursEntry => ({ ...view, status: volunteerHoursStatusCode(view.status) });
const toSums = (sums: SumsView): VolunteerHoursSums => ({ verified: sums.verified, pending: sums.pending, total: sums.total, entries: sums.entries });

@Resolver()
export class VolunteeringResolver {
  constructor(
    private readonly commands: CommandSender,
    @Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase,
  ) {}

  @AllowedRoles(...VOLUNTEER_HOURS_READERS)
  @Query(() => VolunteerHoursConnection, {
    description:
      'Volunteer hours entry by entry, oldest day first. Programme managers, administrators and donor auditors see every entry; platform moderators those of their platforms; municipal officers those of their municipalities’ platforms.',
  })
  async volunteerHours(@Args() args: VolunteerHoursArgs, @Context('req') request: ApiRequest): Promise<VolunteerHoursConnection> {
    const visibleTo = request.identity ? volunteerHoursVisibleTo(request.identity) : { platformIds: [], municipalityIds: [] };
    const page = await listVolunteerHours(this.readModels.db, { ...args, visibleTo });
    return toConnection({ ...page, nodes: page.nodes.map(toEntry) });
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => VolunteerHoursSummary, {
    description: 'Volunteer time summed by platform, municipality (through the platforms’ municipalities) or month, verified and pending apart, rejected left out.',
  })
  async volunteerHoursSummary(@Args() { groupBy, from, to, platformId, municipalityId }: VolunteerHoursSummaryArgs): Promise<VolunteerHoursSummary> {
    const summary = await summariseVolunteerHours(this.readModels.db, { groupBy, from, to, platformId, municipalityId });
    return {
      groupBy: groupingCode(summary.groupBy),
      groups: summary.groups.map((group) => ({ key: group.key, label: group.label, ...toSums(group) })),
      totals: toSums(summary.totals),
    };
  }

  /** The entry a mutation changed: its caller logged or reviewed it, so they see it whatever their scope. */
  private async entry(personId: string, entryId: string): Promise<VolunteerHoursEntry> {
    const entry = await getVolunteerEntry(this.readModels.db, personId, entryId);
    if (!entry) throw notFound('VolunteerEntryNotFound', `No volunteer hours ${entryId} are logged for ${personId}`);
    return toEntry(entry);
  }

  @Mutation(() => VolunteerHoursEntry, { description: 'Logs whole minutes a person volunteered on a day, for a platform, an initiative or both; at most 24 hours a day per person.' })
  async logVolunteerHours(@Args('input') input: LogVolunteerHoursInput, @Metadata() metadata: CommandMetadata): Promise<VolunteerHoursEntry> {
    const entryId = input.entryId ?? uuidv7();
    const { entryId: _entryId, platformId, initiativeId, ...rest } = input;
    await this.commands.send(
      new ExecuteVolunteeringCommand({ type: 'LogVolunteerHours', data: { ...rest, entryId, platformId: platformId ?? null, initiativeId: initiativeId ?? null } }, metadata),
    );
    return this.entry(input.personId, entryId);
  }

  @Mutation(() => VolunteerHoursEntry, { description: 'A moderator of the platform (not the one who logged them) or an administrator vouches for logged hours.' })
  async verifyVolunteerHours(@Args('input') input: VerifyVolunteerHoursInput, @Metadata() metadata: CommandMetadata): Promise<VolunteerHoursEntry> {
    await this.commands.send(new ExecuteVolunteeringCommand({ type: 'VerifyVolunteerHours', data: { ...input } }, metadata));
    return this.entry(input.personId, input.entryId);
  }

  @Mutation(() => VolunteerHoursEntry, { description: 'A moderator of the platform or an administrator rejects logged hours, with a reason kept in the history.' })
  async rejectVolunteerHours(@Args('input') input: RejectVolunteerHoursInput, @Metadata() metadata: CommandMetadata): Promise<VolunteerHoursEntry> {
    await this.commands.send(new ExecuteVolunteeringCommand({ type: 'RejectVolunteerHours', data: { ...input } }, metadata));
    return this.entry(input.personId, input.entryId);
  }
}
