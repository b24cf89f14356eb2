import type { Kysely } from 'kysely';
import { keyColumn } from './read-model-columns';

/**
 * The programme envelope as the envelope stream last stated it, and the budget ledger: one row per money movement per
 * party, from which execution by year (and the envelope's disbursed total) is summed.
 */
export const ENVELOPES = 'cofinancing_envelopes';
export const BUDGET_MOVEMENTS = 'cofinancing_budget_movements';

export interface EnvelopeRow {
  programme_id: string;
  /** The envelope the last reservation was checked against; null until a reservation carried it. */
  envelope_usd_minor: number | null;
  /** UNDP's commitments reserved in all, after the last reservation or release. */
  reserved_usd_minor: number;
  /** The global position of the event that last set these, so that an event applied again changes nothing. */
  position: number;
}

export const BUDGET_MOVEMENT_KINDS = ['committed', 'disbursed', 'refunded'] as const;
export type BudgetMovementKind = (typeof BUDGET_MOVEMENT_KINDS)[number];

export interface BudgetMovementRow {
  /** The recorded event's id; with the party, its kind and the currency, the row's key. */
  event_id: string;
  party_id: string;
  party_kind: string;
  currency: string;
  /** The initiative's programme; null for an initiative started without one (see the initiatives table): in no programme's execution. */
  programme_id: string | null;
  initiative_id: string;
  /** The initiative's municipality: where the money is spent. */
  municipality_id: string;
  /** Who the party is across initiatives (`partyKeyOf`): what execution by party groups by. */
  party_key: string;
  party_name: string;
  /** A municipality party's own municipality; null for the other kinds. */
  party_municipality_id: string | null;
  /** The calendar year it counts in: of the signing date, the amendment, or the value date. */
  year: number;
  movement: BudgetMovementKind;
  /** Committed lines may be negative (an amendment that lowers a share); disbursed and refunded lines are positive. */
  amount_minor: number;
  amount_usd_minor: number;
}

export interface BudgetReadModelTables {
  [ENVELOPES]: EnvelopeRow;
  [BUDGET_MOVEMENTS]: BudgetMovementRow;
}

export const createBudgetTables = async (db: Kysely<any>): Promise<void> => {
  const key = keyColumn(db);
  await db.schema
    .createTable(ENVELOPES)
    .ifNotExists()
    .addColumn('programme_id', key, (column) => column.primaryKey())
    .addColumn('envelope_usd_minor', 'bigint')
    .addColumn('reserved_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('position', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable(BUDGET_MOVEMENTS)
    .ifNotExists()
    .addColumn('event_id', key, (column) => column.notNull())
    .addColumn('party_id', key, (column) => column.notNull())
    .addColumn('party_kind', key, (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addColumn('programme_id', key)
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('party_key', key, (column) => column.notNull())
    .addColumn('party_name', 'text', (column) => column.notNull())
    .addColumn('party_municipality_id', key)
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('movement', key, (column) => column.notNull())
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('amount_usd_minor', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${BUDGET_MOVEMENTS}_pk`, ['event_id', 'party_id', 'party_kind', 'currency'])
    .execute();
  await db.schema.createIndex(`${BUDGET_MOVEMENTS}_by_programme_year`).ifNotExists().on(BUDGET_MOVEMENTS).columns(['programme_id', 'year']).execute();
};

export const dropBudgetTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [BUDGET_MOVEMENTS, ENVELOPES]) await db.schema.dropTable(table).ifExists().execute();
};
