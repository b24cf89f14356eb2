import type { Kysely } from 'kysely';
import { isCurrency, type Money } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { InitiativeOrigin } from '../initiative/initiative.events';
import { INITIATIVES, type InitiativeReadModelTables, type InitiativeRow } from './initiative-read-model.tables';

export interface InitiativeView {
  readonly id: string;
  readonly origin: InitiativeOrigin;
  readonly municipalityId: string;
  readonly title: string;
  /** What the award funded. */
  readonly amount: Money;
  /** When it was started (ISO 8601). */
  readonly startedAt: string;
}

const toInitiativeView = (row: InitiativeRow): InitiativeView => {
  if (!isCurrency(row.currency)) throw new Error(`Initiative ${row.initiative_id} has an unknown currency ${row.currency}`);
  if (row.origin_kind !== 'award' || row.origin_call_id === null || row.origin_proposal_id === null) {
    throw new Error(`Initiative ${row.initiative_id} has an origin this read model does not know: ${row.origin_kind}`);
  }
  return {
    id: row.initiative_id,
    origin: { kind: 'award', callId: row.origin_call_id, proposalId: row.origin_proposal_id },
    municipalityId: row.municipality_id,
    title: row.title,
    amount: { amountMinor: Number(row.amount_minor), currency: row.currency },
    startedAt: row.started_at,
  };
};

export const getInitiative = async (db: Kysely<any>, initiativeId: string): Promise<InitiativeView | null> => {
  const row = await (db as Kysely<InitiativeReadModelTables>).selectFrom(INITIATIVES).selectAll().where('initiative_id', '=', initiativeId).executeTakeFirst();
  return row ? toInitiativeView(row) : null;
};

/** Initiatives in the order they started (then by id); keyset-paginated. */
export const listInitiatives = async (db: Kysely<any>, { first, after }: PageRequest): Promise<Page<InitiativeView>> => {
  const size = pageSize(first);
  const initiatives = db as Kysely<InitiativeReadModelTables>;
  let page = initiatives.selectFrom(INITIATIVES).selectAll();
  if (after) {
    const [startedAt, initiativeId] = decodeCursor('initiatives', after, 2);
    page = page.where((eb) => eb.or([eb('started_at', '>', startedAt), eb.and([eb('started_at', '=', startedAt), eb('initiative_id', '>', initiativeId)])]));
  }
  const [rows, total] = await Promise.all([
    page.orderBy('started_at').orderBy('initiative_id').limit(size + 1).execute(),
    initiatives.selectFrom(INITIATIVES).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, size, Number(total.count), toInitiativeView, (row) => encodeCursor('initiatives', [row.started_at, row.initiative_id]));
};
