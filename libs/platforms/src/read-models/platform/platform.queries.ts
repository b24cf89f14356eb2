import type { Kysely } from 'kysely';
import { isCurrency, type Money } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { Entity } from '@makers/programme';
import type { Sex } from '@makers/people';
import type { CoChairSeat, MemberRole, MilestoneKind } from '../../platform/platform.events';
import type { QuorumRule } from '../../platform/quorum';
import { platformsMatching, type PlatformFilter, type PlatformState } from './platform-filter';
import {
  PLATFORM_MEMBERSHIPS,
  PLATFORM_MILESTONES,
  PLATFORM_MUNICIPALITIES,
  PLATFORMS,
  type PlatformMembershipRow,
  type PlatformMilestoneRow,
  type PlatformReadModelTables,
  type PlatformRow,
} from './platform-read-model.tables';

export interface PlatformMunicipalityView {
  readonly id: string;
  readonly name: string;
  readonly entity: Entity;
}

/** Who sits in a co-chair seat now, and since when; null when the seat was never filled or its co-chair left. */
export interface CoChairView {
  readonly personId: string;
  readonly since: string;
}

export interface PlatformView {
  readonly id: string;
  readonly name: string;
  /** In the order the platform was formed with. */
  readonly municipalities: PlatformMunicipalityView[];
  /** Derived: more than one municipality. */
  readonly interMunicipal: boolean;
  /** Derived: municipalities in more than one entity. */
  readonly interEntity: boolean;
  readonly state: PlatformState;
  /** Why it went dormant or was closed; null otherwise. */
  readonly stateReason: string | null;
  readonly quorum: QuorumRule;
  readonly coChairs: Readonly<Record<CoChairSeat, CoChairView | null>>;
  /** The day it was recognised as an advisory mechanism; null until then. */
  readonly institutionalisedOn: string | null;
  /** ISO 8601, from the event's metadata. */
  readonly formedAt: string;
}

export interface MembershipView {
  readonly platformId: string;
  readonly personId: string;
  readonly role: MemberRole;
  readonly sex: Sex;
  readonly joinedOn: string;
  /** The membership's last day; null while it lasts. */
  readonly leftOn: string | null;
  readonly current: boolean;
}

export interface MilestoneView {
  readonly platformId: string;
  readonly milestoneId: string;
  readonly kind: MilestoneKind;
  /** Whose council or call. */
  readonly municipalityId: string;
  readonly achievedOn: string;
  readonly referenceNumber: string;
  /** https link to the evidence. */
  readonly documentUrl: string;
  /** The municipality's public funding call that took up the platform's priorities; null for the other kinds. */
  readonly call: { readonly reference: string; readonly amount: Money } | null;
}

export interface ListPlatformsOptions extends Omit<PlatformFilter, 'platformId'>, PageRequest {}

const tables = (db: Kysely<any>) => db as Kysely<PlatformReadModelTables>;

const toPlatformView = (row: PlatformRow, municipalities: PlatformMunicipalityView[]): PlatformView => {
  const seat = (personId: string | null, since: string | null): CoChairView | null => (personId !== null && since !== null ? { personId, since } : null);
  return {
    id: row.platform_id,
    name: row.name,
    municipalities,
    interMunicipal: Number(row.inter_municipal) === 1,
    interEntity: Number(row.inter_entity) === 1,
    state: row.status as PlatformState,
    stateReason: row.status_reason,
    quorum: quorumOf(row),
    coChairs: {
      'young-activist': seat(row.young_activist_co_chair_id, row.young_activist_co_chair_since),
      'municipal-staff': seat(row.municipal_staff_co_chair_id, row.municipal_staff_co_chair_since),
    },
    institutionalisedOn: row.institutionalised_on,
    formedAt: row.formed_at,
  };
};

const quorumOf = (row: PlatformRow): QuorumRule => {
  switch (row.quorum_kind) {
    case 'minimum':
      return { kind: 'minimum', members: Number(row.quorum_members) };
    case 'share':
      return { kind: 'share', percent: Number(row.quorum_percent) };
    default:
      return { kind: 'majority' };
  }
};

/** Each platform's municipalities, in the order it was formed with, for a page of platforms at once. */
const municipalitiesOf = async (db: Kysely<any>, platformIds: readonly string[]): Promise<Map<string, PlatformMunicipalityView[]>> => {
  const byPlatform = new Map<string, PlatformMunicipalityView[]>(platformIds.map((id) => [id, []]));
  if (platformIds.length === 0) return byPlatform;
  const rows = await tables(db)
    .selectFrom(PLATFORM_MUNICIPALITIES)
    .selectAll()
    .where('platform_id', 'in', [...platformIds])
    .orderBy('platform_id')
    .orderBy('position')
    .execute();
  for (const row of rows) byPlatform.get(row.platform_id)?.push({ id: row.municipality_id, name: row.name, entity: row.entity as Entity });
  return byPlatform;
};

export const getPlatform = async (db: Kysely<any>, platformId: string): Promise<PlatformView | null> => {
  const row = await tables(db).selectFrom(PLATFORMS).selectAll().where('platform_id', '=', platformId).executeTakeFirst();
  if (!row) return null;
  return toPlatformView(row, (await municipalitiesOf(db, [platformId])).get(platformId) ?? []);
};

/** Platforms in alphabetical order of their names (diacritics folded), filtered, keyset-paginated. */
export const listPlatforms = async (db: Kysely<any>, options: ListPlatformsOptions): Promise<Page<PlatformView>> => {
  const size = pageSize(options.first);
  const filtered = platformsMatching(db, options);
  let page = filtered.selectAll(PLATFORMS);
  if (options.after) page = page.where(`${PLATFORMS}.sort_key`, '>', decodeCursor('platforms', options.after, 1)[0]);
  const [rows, total] = await Promise.all([
    page.orderBy(`${PLATFORMS}.sort_key`).limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const municipalities = await municipalitiesOf(db, rows.slice(0, size).map((row) => row.platform_id));
  return toPage(
    rows,
    size,
    Number(total.count),
    (row) => toPlatformView(row, municipalities.get(row.platform_id) ?? []),
    (row) => encodeCursor('platforms', [row.sort_key]),
  );
};

const toMembershipView = (row: PlatformMembershipRow): MembershipView => ({
  platformId: row.platform_id,
  personId: row.person_id,
  role: row.role as MemberRole,
  sex: row.sex as Sex,
  joinedOn: row.joined_on,
  leftOn: row.left_on,
  current: row.left_on === null,
});

/** A platform's memberships in the order people joined; `current` true: only those that last, false: only past ones. */
export const listMemberships = async (db: Kysely<any>, platformId: string, { current }: { current?: boolean | null } = {}): Promise<MembershipView[]> => {
  let query = tables(db).selectFrom(PLATFORM_MEMBERSHIPS).selectAll().where('platform_id', '=', platformId);
  if (current === true) query = query.where('left_on', 'is', null);
  if (current === false) query = query.where('left_on', 'is not', null);
  const rows = await query.orderBy('joined_on').orderBy('person_id').execute();
  return rows.map(toMembershipView);
};

const toMilestoneView = (row: PlatformMilestoneRow): MilestoneView => {
  let call: MilestoneView['call'] = null;
  if (row.call_reference !== null && row.call_amount_minor !== null && row.call_currency !== null) {
    if (!isCurrency(row.call_currency)) throw new Error(`Milestone ${row.milestone_id} has an unknown currency ${row.call_currency}`);
    // PostgreSQL's bigint may arrive as text; minor units stay far below 2^53.
    call = { reference: row.call_reference, amount: { amountMinor: Number(row.call_amount_minor), currency: row.call_currency } };
  }
  return {
    platformId: row.platform_id,
    milestoneId: row.milestone_id,
    kind: row.kind as MilestoneKind,
    municipalityId: row.municipality_id,
    achievedOn: row.achieved_on,
    referenceNumber: row.reference_number,
    documentUrl: row.document_url,
    call,
  };
};

/** A platform's institutionalisation milestones, earliest first. */
export const listMilestones = async (db: Kysely<any>, platformId: string): Promise<MilestoneView[]> => {
  const rows = await tables(db)
    .selectFrom(PLATFORM_MILESTONES)
    .selectAll()
    .where('platform_id', '=', platformId)
    .orderBy('achieved_on')
    .orderBy('milestone_id')
    .execute();
  return rows.map(toMilestoneView);
};
