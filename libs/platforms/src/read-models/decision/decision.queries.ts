import type { Kysely } from 'kysely';
import { invalidInput } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import { DECISION_KINDS, type DecisionKind, type Votes } from '../../decision-register/decision-register.events';
import {
  DECISIONS,
  PRIORITIES,
  REGISTER_MUNICIPALITIES,
  type DecisionReadModelTables,
  type DecisionRow,
  type PriorityRow,
} from './decision-read-model.tables';

export type DecisionStatus = DecisionRow['status'];

export interface DecisionView {
  readonly id: string;
  readonly platformId: string;
  readonly meetingId: string;
  /** When the meeting that took it was held (ISO 8601 with offset, as written). */
  readonly heldAt: string;
  readonly kind: DecisionKind;
  readonly title: string;
  readonly text: string;
  readonly votes: Votes;
  /** `standing` until a later decision supersedes or rescinds it; it stays listed either way. */
  readonly status: DecisionStatus;
  readonly supersededBy: string | null;
  readonly rescindedBy: string | null;
  /** The earlier decisions this one replaced or revoked. */
  readonly supersedes: string | null;
  readonly rescinds: string | null;
  /** The local priority it identified (kind local-priority only). */
  readonly priorityId: string | null;
  readonly recordedAt: string;
}

export interface PriorityView {
  /** Unique within its platform's register: calls for proposals and initiatives reference (platformId, id). */
  readonly id: string;
  readonly platformId: string;
  /** The platform's municipalities. */
  readonly municipalityIds: string[];
  readonly title: string;
  readonly description: string;
  /** The decision that identified it, and the meeting that took that decision. */
  readonly decisionId: string;
  readonly meetingId: string;
  /** Whether the identifying decision still stands (not superseded or rescinded). */
  readonly standing: boolean;
  readonly identifiedAt: string;
}

export interface ListDecisionsOptions extends PageRequest {
  readonly platformId: string;
  readonly kind?: DecisionKind | null;
  /** true: only standing decisions; false: only those superseded or rescinded; absent: all. */
  readonly standing?: boolean | null;
}

export interface ListPrioritiesOptions extends PageRequest {
  readonly platformId?: string | null;
  /** Priorities of the platforms this municipality belongs to. */
  readonly municipalityId?: string | null;
}

type DecisionRowWithPriority = DecisionRow & { priority_id: string | null };

const toDecisionView = (row: DecisionRowWithPriority): DecisionView => ({
  id: row.decision_id,
  platformId: row.platform_id,
  meetingId: row.meeting_id,
  heldAt: row.held_at,
  kind: row.kind as DecisionKind,
  title: row.title,
  text: row.text,
  votes: { for: Number(row.votes_for), against: Number(row.votes_against), abstaining: Number(row.votes_abstaining) },
  status: row.status,
  supersededBy: row.status === 'superseded' ? row.replaced_by : null,
  rescindedBy: row.status === 'rescinded' ? row.replaced_by : null,
  supersedes: row.supersedes,
  rescinds: row.rescinds,
  priorityId: row.priority_id,
  recordedAt: row.recorded_at,
});

const decisionsWithPriority = (db: Kysely<DecisionReadModelTables>) =>
  db
    .selectFrom(DECISIONS)
    .leftJoin(PRIORITIES, (join) =>
      join.onRef(`${PRIORITIES}.platform_id`, '=', `${DECISIONS}.platform_id`).onRef(`${PRIORITIES}.decision_id`, '=', `${DECISIONS}.decision_id`),
    )
    .selectAll(DECISIONS)
    .select(`${PRIORITIES}.priority_id`);

export const getDecision = async (db: Kysely<any>, platformId: string, decisionId: string): Promise<DecisionView | null> => {
  const row = await decisionsWithPriority(db)
    .where(`${DECISIONS}.platform_id`, '=', platformId)
    .where(`${DECISIONS}.decision_id`, '=', decisionId)
    .executeTakeFirst();
  return row ? toDecisionView(row) : null;
};

const isDecisionKind = (value: unknown): value is DecisionKind => (DECISION_KINDS as readonly unknown[]).includes(value);

/** A platform's decisions in the order they were taken (meeting time, then recording), keyset-paginated. */
export const listDecisions = async (db: Kysely<any>, options: ListDecisionsOptions): Promise<Page<DecisionView>> => {
  const size = pageSize(options.first);
  const { platformId, kind, standing, after } = options;
  if (kind != null && !isDecisionKind(kind)) throw invalidInput('DecisionKindUnknown', `kind must be one of ${DECISION_KINDS.join(', ')}`, 'kind');
  const decisions = db as Kysely<DecisionReadModelTables>;

  let filtered = decisionsWithPriority(decisions).where(`${DECISIONS}.platform_id`, '=', platformId);
  if (kind != null) filtered = filtered.where(`${DECISIONS}.kind`, '=', kind);
  if (standing != null) filtered = filtered.where(`${DECISIONS}.status`, standing ? '=' : '<>', 'standing');
  const page = after ? filtered.where(`${DECISIONS}.sort_key`, '>', decodeCursor('decisions', after, 1)[0]) : filtered;

  const [rows, total] = await Promise.all([
    page.orderBy(`${DECISIONS}.sort_key`).limit(size + 1).execute(),
    filtered.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toDecisionView, (row) => encodeCursor('decisions', [row.sort_key]));
};

type PriorityRowWithStatus = PriorityRow & { decision_status: string | null };

const prioritiesWithStatus = (db: Kysely<DecisionReadModelTables>) =>
  db
    .selectFrom(PRIORITIES)
    .leftJoin(DECISIONS, (join) =>
      join.onRef(`${DECISIONS}.platform_id`, '=', `${PRIORITIES}.platform_id`).onRef(`${DECISIONS}.decision_id`, '=', `${PRIORITIES}.decision_id`),
    )
    .selectAll(PRIORITIES)
    .select(`${DECISIONS}.status as decision_status`);

/** Each platform's municipalities, for the priorities of a page. */
const municipalitiesOf = async (db: Kysely<DecisionReadModelTables>, platformIds: string[]): Promise<Map<string, string[]>> => {
  const byPlatform = new Map<string, string[]>(platformIds.map((id) => [id, []]));
  if (platformIds.length === 0) return byPlatform;
  const rows = await db
    .selectFrom(REGISTER_MUNICIPALITIES)
    .selectAll()
    .where('platform_id', 'in', [...new Set(platformIds)])
    .orderBy('municipality_id')
    .execute();
  for (const row of rows) byPlatform.get(row.platform_id)?.push(row.municipality_id);
  return byPlatform;
};

const toPriorityView = (row: PriorityRowWithStatus, municipalityIds: string[]): PriorityView => ({
  id: row.priority_id,
  platformId: row.platform_id,
  municipalityIds,
  title: row.title,
  description: row.description,
  decisionId: row.decision_id,
  meetingId: row.meeting_id,
  standing: row.decision_status === 'standing',
  identifiedAt: row.identified_at,
});

export const getPriority = async (db: Kysely<any>, platformId: string, priorityId: string): Promise<PriorityView | null> => {
  const priorities = db as Kysely<DecisionReadModelTables>;
  const row = await prioritiesWithStatus(priorities)
    .where(`${PRIORITIES}.platform_id`, '=', platformId)
    .where(`${PRIORITIES}.priority_id`, '=', priorityId)
    .executeTakeFirst();
  if (!row) return null;
  return toPriorityView(row, (await municipalitiesOf(priorities, [platformId])).get(platformId) ?? []);
};

/** Priorities in the order they were identified, of one platform, of a municipality's platforms, or all; keyset-paginated. */
export const listPriorities = async (db: Kysely<any>, options: ListPrioritiesOptions): Promise<Page<PriorityView>> => {
  const size = pageSize(options.first);
  const { platformId, municipalityId, after } = options;
  const priorities = db as Kysely<DecisionReadModelTables>;

  let filtered = prioritiesWithStatus(priorities);
  if (platformId != null) filtered = filtered.where(`${PRIORITIES}.platform_id`, '=', platformId);
  if (municipalityId != null) {
    filtered = filtered.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(REGISTER_MUNICIPALITIES)
          .select(`${REGISTER_MUNICIPALITIES}.platform_id`)
          .whereRef(`${REGISTER_MUNICIPALITIES}.platform_id`, '=', `${PRIORITIES}.platform_id`)
          .where(`${REGISTER_MUNICIPALITIES}.municipality_id`, '=', municipalityId),
      ),
    );
  }
  const page = after ? filtered.where(`${PRIORITIES}.sort_key`, '>', decodeCursor('priorities', after, 1)[0]) : filtered;

  const [rows, total] = await Promise.all([
    page.orderBy(`${PRIORITIES}.sort_key`).limit(size + 1).execute(),
    filtered.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const municipalities = await municipalitiesOf(priorities, rows.slice(0, size).map((row) => row.platform_id));
  return toPage(rows, size, Number(total.count), (row) => toPriorityView(row, municipalities.get(row.platform_id) ?? []), (row) => encodeCursor('priorities', [row.sort_key]));
};
