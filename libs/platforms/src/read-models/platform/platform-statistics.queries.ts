import type { Kysely } from 'kysely';
import { SEXES, type Sex } from '@makers/people';
import { MEMBER_ROLES, type MemberRole } from '../../platform/platform.events';
import { PLATFORM_STATES, platformsMatching, type PlatformFilter, type PlatformState } from './platform-filter';
import { PLATFORM_MEMBERSHIPS, PLATFORMS, type PlatformReadModelTables } from './platform-read-model.tables';

/**
 * Current members (no `leftOn` yet) counted by role and by sex, every role and sex listed, zeros included, so a
 * dashboard's columns do not come and go. Figures only: no person ids, no names.
 */
export interface MemberCounts {
  readonly total: number;
  readonly byRole: readonly { readonly role: MemberRole; readonly count: number }[];
  readonly bySex: readonly { readonly sex: Sex; readonly count: number }[];
  readonly byRoleAndSex: readonly { readonly role: MemberRole; readonly sex: Sex; readonly count: number }[];
}

export interface PlatformStatistics {
  readonly platforms: number;
  readonly byState: readonly { readonly state: PlatformState; readonly count: number }[];
  readonly interMunicipal: number;
  readonly interEntity: number;
  readonly members: MemberCounts;
}

const tables = (db: Kysely<any>) => db as Kysely<PlatformReadModelTables>;

/** Current members of the platforms the filter selects, by role and sex. */
export const countCurrentMembers = async (db: Kysely<any>, filter: PlatformFilter = {}): Promise<MemberCounts> => {
  const selected = platformsMatching(db, filter).select(`${PLATFORMS}.platform_id`);
  const rows = await tables(db)
    .selectFrom(PLATFORM_MEMBERSHIPS)
    .select(['role', 'sex', (eb) => eb.fn.countAll<number>().as('count')])
    .where('left_on', 'is', null)
    .where('platform_id', 'in', selected)
    .groupBy(['role', 'sex'])
    .execute();
  const count = (role: MemberRole | null, sex: Sex | null) =>
    rows.filter((row) => (role === null || row.role === role) && (sex === null || row.sex === sex)).reduce((sum, row) => sum + Number(row.count), 0);
  return {
    total: count(null, null),
    byRole: MEMBER_ROLES.map((role) => ({ role, count: count(role, null) })),
    bySex: SEXES.map((sex) => ({ sex, count: count(null, sex) })),
    byRoleAndSex: MEMBER_ROLES.flatMap((role) => SEXES.map((sex) => ({ role, sex, count: count(role, sex) }))),
  };
};

/** How many platforms the filter selects, by state, how many span municipalities or entities, and their current members. */
export const platformStatistics = async (db: Kysely<any>, filter: PlatformFilter = {}): Promise<PlatformStatistics> => {
  const [rows, members] = await Promise.all([
    platformsMatching(db, filter)
      .select([`${PLATFORMS}.status`, `${PLATFORMS}.inter_municipal`, `${PLATFORMS}.inter_entity`, (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy([`${PLATFORMS}.status`, `${PLATFORMS}.inter_municipal`, `${PLATFORMS}.inter_entity`])
      .execute(),
    countCurrentMembers(db, filter),
  ]);
  const sum = (keep: (row: (typeof rows)[number]) => boolean) => rows.filter(keep).reduce((total, row) => total + Number(row.count), 0);
  return {
    platforms: sum(() => true),
    byState: PLATFORM_STATES.map((state) => ({ state, count: sum((row) => row.status === state) })),
    interMunicipal: sum((row) => Number(row.inter_municipal) === 1),
    interEntity: sum((row) => Number(row.inter_entity) === 1),
    members,
  };
};
