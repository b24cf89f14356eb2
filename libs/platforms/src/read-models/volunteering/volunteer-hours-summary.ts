import { sql, type Kysely } from 'kysely';
import { invalidInput } from '@makers/kernel';
import { filteredEntries, type VolunteerHoursFilter } from './volunteer-hours.queries';
import { volunteerTime, type VolunteerTime } from './volunteer-time';
import { VOLUNTEER_ENTRIES, VOLUNTEERING_PLATFORM_MUNICIPALITIES, VOLUNTEERING_PLATFORMS } from './volunteering-read-model.tables';

export const VOLUNTEER_HOURS_GROUPINGS = ['platform', 'municipality', 'month'] as const;
export type VolunteerHoursGrouping = (typeof VOLUNTEER_HOURS_GROUPINGS)[number];

/** Verified and pending (logged, awaiting review) time apart; rejected entries count nowhere. */
export interface VolunteerHoursSums {
  readonly verified: VolunteerTime;
  readonly pending: VolunteerTime;
  /** Verified and pending together. */
  readonly total: VolunteerTime;
  /** Entries counted (verified and pending). */
  readonly entries: number;
}

export interface VolunteerHoursGroupView extends VolunteerHoursSums {
  /**
   * The platform id, the municipality id or the month (YYYY-MM). Null for hours that went only to an initiative, which
   * have no platform and so no municipality.
   */
  readonly key: string | null;
  /** The platform's or municipality's name as the platform was formed; the month again; null with a null key. */
  readonly label: string | null;
}

export interface VolunteerHoursSummaryView {
  readonly groupBy: VolunteerHoursGrouping;
  /** Ordered by key (months chronologically), the null key last. */
  readonly groups: VolunteerHoursGroupView[];
  /**
   * Every matching entry counted once. By platform and by month the groups add up to it; by municipality an entry on
   * an inter-municipal platform counts in full for each of the platform's municipalities, so they may add up to more.
   */
  readonly totals: VolunteerHoursSums;
}

type SumRow = { verified_minutes: number | string | null; pending_minutes: number | string | null; entries: number | string | null };

const verifiedMinutes = sql<number>`coalesce(sum(case when ${sql.ref(`${VOLUNTEER_ENTRIES}.status`)} = 'verified' then ${sql.ref(`${VOLUNTEER_ENTRIES}.minutes`)} else 0 end), 0)`;
const pendingMinutes = sql<number>`coalesce(sum(case when ${sql.ref(`${VOLUNTEER_ENTRIES}.status`)} = 'logged' then ${sql.ref(`${VOLUNTEER_ENTRIES}.minutes`)} else 0 end), 0)`;
const entryCount = sql<number>`count(*)`;
const SUMS = [verifiedMinutes.as('verified_minutes'), pendingMinutes.as('pending_minutes'), entryCount.as('entries')] as const;

const toSums = (row: SumRow | undefined): VolunteerHoursSums => {
  const verified = Number(row?.verified_minutes ?? 0);
  const pending = Number(row?.pending_minutes ?? 0);
  return { verified: volunteerTime(verified), pending: volunteerTime(pending), total: volunteerTime(verified + pending), entries: Number(row?.entries ?? 0) };
};

const byKey = (a: VolunteerHoursGroupView, b: VolunteerHoursGroupView) => {
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
};

export interface SummariseVolunteerHoursOptions extends VolunteerHoursFilter {
  readonly groupBy: VolunteerHoursGrouping;
}

/** Volunteer time summed by platform, municipality or month, in integer minutes on both databases. */
export const summariseVolunteerHours = async (db: Kysely<any>, options: SummariseVolunteerHoursOptions): Promise<VolunteerHoursSummaryView> => {
  const { groupBy } = options;
  if (!VOLUNTEER_HOURS_GROUPINGS.includes(groupBy)) throw invalidInput('VolunteerHoursGroupingUnknown', `groupBy must be one of ${VOLUNTEER_HOURS_GROUPINGS.join(', ')}`, 'groupBy');
  const counted = filteredEntries(db, options).where(`${VOLUNTEER_ENTRIES}.status`, '!=', 'rejected');

  const grouped = async (): Promise<Array<SumRow & { key: string | null; label: string | null }>> => {
    switch (groupBy) {
      case 'platform':
        return counted
          .leftJoin(VOLUNTEERING_PLATFORMS, `${VOLUNTEERING_PLATFORMS}.platform_id`, `${VOLUNTEER_ENTRIES}.platform_id`)
          .select([`${VOLUNTEER_ENTRIES}.platform_id as key`, `${VOLUNTEERING_PLATFORMS}.name as label`, ...SUMS])
          .groupBy([`${VOLUNTEER_ENTRIES}.platform_id`, `${VOLUNTEERING_PLATFORMS}.name`])
          .execute();
      case 'municipality': {
        let joined = counted.leftJoin(VOLUNTEERING_PLATFORM_MUNICIPALITIES, `${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.platform_id`, `${VOLUNTEER_ENTRIES}.platform_id`);
        // Asked about one municipality, an inter-municipal platform's other municipalities are not part of the answer.
        if (options.municipalityId != null) joined = joined.where(`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.municipality_id`, '=', options.municipalityId);
        return joined
          .select([`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.municipality_id as key`, `${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.municipality_name as label`, ...SUMS])
          .groupBy([`${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.municipality_id`, `${VOLUNTEERING_PLATFORM_MUNICIPALITIES}.municipality_name`])
          .execute();
      }
      case 'month':
        return counted
          .select([`${VOLUNTEER_ENTRIES}.month as key`, `${VOLUNTEER_ENTRIES}.month as label`, ...SUMS])
          .groupBy(`${VOLUNTEER_ENTRIES}.month`)
          .execute();
      default: {
        const unknown: never = groupBy;
        return unknown;
      }
    }
  };

  const [rows, totals] = await Promise.all([grouped(), counted.select([...SUMS]).executeTakeFirst()]);
  const groups = rows.map((row) => ({ key: row.key, label: row.label, ...toSums(row) })).sort(byKey);
  return { groupBy, groups, totals: toSums(totals) };
};
