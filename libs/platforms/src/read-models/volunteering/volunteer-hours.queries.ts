import type { ExpressionBuilder, Kysely } from 'kysely';
import { invalidInput, isoDate } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import { volunteerTime, type VolunteerTime } from './volunteer-time';
import {
  VOLUNTEER_ENTRIES,
  VOLUNTEER_ENTRY_STATUSES,
  VOLUNTEERING_PLATFORM_MUNICIPALITIES,
  VOLUNTEERING_PLATFORMS,
  type VolunteerEntryRow,
  type VolunteerEntryStatus,
  type VolunteeringReadModelTables,
} from './volunteering-read-model.tables';

export interface VolunteerEntryView {
  readonly personId: string;
  readonly entryId: string;
  /** The day the work was done, YYYY-MM-DD. */
  readonly on: string;
  readonly time: VolunteerTime;
  readonly platformId: string | null;
  /** The platform's name as it was formed; null when the hours went only to an initiative. */
  readonly platformName: string | null;
  readonly initiativeId: string | null;
  readonly activity: string;
  readonly status: VolunteerEntryStatus;
  readonly loggedBy: string;
  readonly loggedAt: string;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly rejectionReason: string | null;
}

/**
 * Which entries a reader may see, when not all: those on the platforms they moderate, and those on platforms of the
 * municipalities they act for. Entries that went only to an initiative belong to no platform, so to neither.
 */
export interface VolunteerHoursVisibility {
  readonly platformIds: readonly string[];
  readonly municipalityIds: readonly string[];
}

/** Filters both the list and the summary share. Dates are inclusive. */
export interface VolunteerHoursFilter {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly platformId?: string | null;
  /** Entries on platforms of this municipality. */
  readonly municipalityId?: string | null;
}

export interface ListVolunteerHoursOptions extends PageRequest, VolunteerHoursFilter {
  readonly personId?: string | null;
  readonly status?: VolunteerEntryStatus | null;
  /** Null or absent: every entry. */
  readonly visibleTo?: VolunteerHoursVisibility | null;
}

type Tables = VolunteeringReadModelTables;
type EntriesExpression = ExpressionBuilder<Tables, typeof VOLUNTEER_ENTRIES>;

const onPlatformOf = (eb: EntriesExpression, municipalityIds: readonly string[]) =>
  eb.exists(
    eb
      .selectFrom(VOLUNTEERING_PLATFORM_MUNICIPALITIES)
      .select(`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.platform_id`)
      .whereRef(`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.platform_id`, '=', `${VOLUNTEER_ENTRIES}.platform_id`)
      .where(`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.municipality_id`, 'in', [...municipalityIds]),
  );

/** The entries that match a filter, as the base of the list and of the sums. */
export const filteredEntries = (db: Kysely<any>, filter: VolunteerHoursFilter) => {
  const from = filter.from == null ? null : isoDate(filter.from, 'from');
  const to = filter.to == null ? null : isoDate(filter.to, 'to');
  let query = (db as Kysely<Tables>).selectFrom(VOLUNTEER_ENTRIES);
  if (from !== null) query = query.where(`${VOLUNTEER_ENTRIES}.worked_on`, '>=', from);
  if (to !== null) query = query.where(`${VOLUNTEER_ENTRIES}.worked_on`, '<=', to);
  if (filter.platformId != null) query = query.where(`${VOLUNTEER_ENTRIES}.platform_id`, '=', filter.platformId);
  const municipalityId = filter.municipalityId;
  if (municipalityId != null) query = query.where((eb) => onPlatformOf(eb, [municipalityId]));
  return query;
};

const toEntryView = (row: VolunteerEntryRow & { platform_name: string | null }): VolunteerEntryView => ({
  personId: row.person_id,
  entryId: row.entry_id,
  on: row.worked_on,
  time: volunteerTime(Number(row.minutes)),
  platformId: row.platform_id,
  platformName: row.platform_name,
  initiativeId: row.initiative_id,
  activity: row.activity,
  status: row.status,
  loggedBy: row.logged_by,
  loggedAt: row.logged_at,
  reviewedBy: row.reviewed_by,
  reviewedAt: row.reviewed_at,
  rejectionReason: row.rejection_reason,
});

const EMPTY_PAGE: Page<never> = { nodes: [], endCursor: null, hasNextPage: false, totalCount: 0 };

/** Volunteer hours entry by entry, oldest day first, keyset-paginated; only what `visibleTo` lets the reader see. */
export const listVolunteerHours = async (db: Kysely<any>, options: ListVolunteerHoursOptions): Promise<Page<VolunteerEntryView>> => {
  const size = pageSize(options.first);
  const { personId, status, visibleTo, after } = options;
  if (status != null && !VOLUNTEER_ENTRY_STATUSES.includes(status)) {
    throw invalidInput('VolunteerEntryStatusUnknown', `status must be one of ${VOLUNTEER_ENTRY_STATUSES.join(', ')}`, 'status');
  }
  const cursor = after ? decodeCursor('volunteer-hours', after, 1)[0] : null;
  if (visibleTo && visibleTo.platformIds.length === 0 && visibleTo.municipalityIds.length === 0) return EMPTY_PAGE;

  let filtered = filteredEntries(db, options);
  if (personId != null) filtered = filtered.where(`${VOLUNTEER_ENTRIES}.person_id`, '=', personId);
  if (status != null) filtered = filtered.where(`${VOLUNTEER_ENTRIES}.status`, '=', status);
  if (visibleTo) {
    filtered = filtered.where((eb) => {
      const visible = [];
      if (visibleTo.platformIds.length > 0) visible.push(eb(`${VOLUNTEER_ENTRIES}.platform_id`, 'in', [...visibleTo.platformIds]));
      if (visibleTo.municipalityIds.length > 0) visible.push(onPlatformOf(eb, visibleTo.municipalityIds));
      return eb.or(visible);
    });
  }
  let page = filtered
    .leftJoin(VOLUNTEERING_PLATFORMS, `${VOLUNTEERING_PLATFORMS}.platform_id`, `${VOLUNTEER_ENTRIES}.platform_id`)
    .selectAll(VOLUNTEER_ENTRIES)
    .select(`${VOLUNTEERING_PLATFORMS}.name as platform_name`);
  if (cursor !== null) page = page.where(`${VOLUNTEER_ENTRIES}.sort_key`, '>', cursor);

  const [rows, total] = await Promise.all([
    page.orderBy(`${VOLUNTEER_ENTRIES}.sort_key`).limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toEntryView, (row) => encodeCursor('volunteer-hours', [row.sort_key]));
};

/** One entry, or null; the caller decides whether the reader may see it. */
export const getVolunteerEntry = async (db: Kysely<any>, personId: string, entryId: string): Promise<VolunteerEntryView | null> => {
  const row = await (db as Kysely<Tables>)
    .selectFrom(VOLUNTEER_ENTRIES)
    .leftJoin(VOLUNTEERING_PLATFORMS, `${VOLUNTEERING_PLATFORMS}.platform_id`, `${VOLUNTEER_ENTRIES}.platform_id`)
    .selectAll(VOLUNTEER_ENTRIES)
    .select(`${VOLUNTEERING_PLATFORMS}.name as platform_name`)
    .where(`${VOLUNTEER_ENTRIES}.person_id`, '=', personId)
    .where(`${VOLUNTEER_ENTRIES}.entry_id`, '=', entryId)
    .executeTakeFirst();
  return row ? toEntryView(row) : null;
};

/** The municipalities of a platform, as it was formed; empty when it is unknown. */
export const municipalityIdsOfPlatform = async (db: Kysely<any>, platformId: string): Promise<string[]> => {
  const rows = await (db as Kysely<Tables>)
    .selectFrom(VOLUNTEERING_PLATFORM_MUNICIPALITIES)
    .select('municipality_id')
    .where('platform_id', '=', platformId)
    .orderBy('municipality_id')
    .execute();
  return rows.map((row) => row.municipality_id);
};
