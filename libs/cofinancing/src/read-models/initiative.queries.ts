import type { Kysely } from 'kysely';
import { invalidInput, type Money } from '@makers/kernel';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageRequest } from '@makers/projections';
import type { InitiativeOrigin } from '../initiative/initiative.events';
import { INITIATIVE_STATES, INITIATIVES, type InitiativeReadModelTables, type InitiativeRow, type InitiativeState } from './initiative-read-model.tables';
import { flag, moneyOf } from './read-model-columns';

export interface InitiativeView {
  readonly id: string;
  /** The programme whose envelope holds UNDP's share; null for an initiative recorded before InitiativeStarted named one. */
  readonly programmeId: string | null;
  /** A funded proposal of a call, or a platform's standing priority. */
  readonly origin: InitiativeOrigin;
  readonly municipalityId: string;
  readonly title: string;
  /** What the award funded; null for an initiative from a priority, whose money is what its agreement commits. */
  readonly amount: Money | null;
  readonly state: InitiativeState;
  /** The agreement in force has a municipal share above zero. */
  readonly coFinanced: boolean;
  /** Null until the agreement is signed. */
  readonly agreementReference: string | null;
  /** The agreement version in force; null until signed. */
  readonly agreementVersion: number | null;
  /** The agreement in force's commitments in US cents at its rates; 0 until signed. */
  readonly undpUsdMinor: number;
  readonly municipalUsdMinor: number;
  readonly totalUsdMinor: number;
  /** Paid minus refunded, every party, in US cents at the rates used on each payment and refund. */
  readonly disbursedUsdMinor: number;
  /** When it was started (ISO 8601). */
  readonly startedAt: string;
  readonly closedAt: string | null;
}

export interface ListInitiativesOptions extends PageRequest {
  readonly municipalityId?: string | null;
  readonly state?: InitiativeState | null;
  readonly programmeId?: string | null;
  readonly coFinanced?: boolean | null;
}

const originOf = (row: InitiativeRow): InitiativeOrigin => {
  if (row.origin_kind === 'award' && row.origin_call_id !== null && row.origin_proposal_id !== null) {
    return { kind: 'award', callId: row.origin_call_id, proposalId: row.origin_proposal_id };
  }
  if (row.origin_kind === 'priority' && row.origin_platform_id !== null && row.origin_priority_id !== null) {
    return { kind: 'priority', platformId: row.origin_platform_id, priorityId: row.origin_priority_id };
  }
  throw new Error(`Initiative ${row.initiative_id} has an origin this read model does not know: ${row.origin_kind}`);
};

const toInitiativeView = (row: InitiativeRow): InitiativeView => ({
  id: row.initiative_id,
  programmeId: row.programme_id,
  origin: originOf(row),
  municipalityId: row.municipality_id,
  title: row.title,
  amount: row.amount_minor === null || row.currency === null ? null : moneyOf(row.amount_minor, row.currency, `Initiative ${row.initiative_id}`),
  state: row.state,
  coFinanced: Number(row.co_financed) === 1,
  agreementReference: row.agreement_reference,
  agreementVersion: row.agreement_version === null ? null : Number(row.agreement_version),
  undpUsdMinor: Number(row.undp_usd_minor),
  municipalUsdMinor: Number(row.municipal_usd_minor),
  totalUsdMinor: Number(row.total_usd_minor),
  disbursedUsdMinor: Number(row.disbursed_usd_minor),
  startedAt: row.started_at,
  closedAt: row.closed_at,
});

export const getInitiative = async (db: Kysely<any>, initiativeId: string): Promise<InitiativeView | null> => {
  const row = await (db as Kysely<InitiativeReadModelTables>).selectFrom(INITIATIVES).selectAll().where('initiative_id', '=', initiativeId).executeTakeFirst();
  return row ? toInitiativeView(row) : null;
};

/** Initiatives in the order they started (then by id), filtered by municipality, state, programme and co-financing; keyset-paginated. */
export const listInitiatives = async (db: Kysely<any>, options: ListInitiativesOptions): Promise<Page<InitiativeView>> => {
  const size = pageSize(options.first);
  const { municipalityId, state, programmeId, coFinanced, after } = options;
  if (state != null && !INITIATIVE_STATES.includes(state)) {
    throw invalidInput('InitiativeStateUnknown', `state must be one of ${INITIATIVE_STATES.join(', ')}`, 'state');
  }
  const cursor = after ? decodeCursor('initiatives', after, 2) : null;
  let filtered = (db as Kysely<InitiativeReadModelTables>).selectFrom(INITIATIVES);
  if (municipalityId != null) filtered = filtered.where('municipality_id', '=', municipalityId);
  if (state != null) filtered = filtered.where('state', '=', state);
  if (programmeId != null) filtered = filtered.where('programme_id', '=', programmeId);
  if (coFinanced != null) filtered = filtered.where('co_financed', '=', flag(coFinanced));

  let page = filtered.selectAll();
  if (cursor) {
    const [startedAt, initiativeId] = cursor;
    page = page.where((eb) => eb.or([eb('started_at', '>', startedAt), eb.and([eb('started_at', '=', startedAt), eb('initiative_id', '>', initiativeId)])]));
  }
  const rows = await page.orderBy('started_at').orderBy('initiative_id').limit(size + 1).execute();
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return toPage(rows, size, Number(total.count), toInitiativeView, (row) => encodeCursor('initiatives', [row.started_at, row.initiative_id]));
};
