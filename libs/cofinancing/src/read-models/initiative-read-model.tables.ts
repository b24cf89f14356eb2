import type { Kysely } from 'kysely';
import { createAgreementTables, dropAgreementTables, type AgreementReadModelTables } from './agreement-read-model.tables';
import { createBudgetTables, dropBudgetTables, type BudgetReadModelTables } from './budget-read-model.tables';
import { createDisbursementTables, dropDisbursementTables, type DisbursementReadModelTables } from './disbursement-read-model.tables';
import { keyColumn } from './read-model-columns';
import { createReportTables, dropReportTables, type ReportReadModelTables } from './report-read-model.tables';

/**
 * The co-financing context's read-model tables, all kept by the one `cofinancing-initiatives` projection. Portable column
 * types; instants are ISO text in UTC (from the events), so they sort byte-wise; keys are `collate "C"` on PostgreSQL.
 */
export const INITIATIVES = 'cofinancing_initiatives';

/** started: no agreement yet; agreed: signed; completed: its final report accepted; closed. */
export const INITIATIVE_STATES = ['started', 'agreed', 'completed', 'closed'] as const;
export type InitiativeState = (typeof INITIATIVE_STATES)[number];

export interface InitiativeRow {
  initiative_id: string;
  /**
   * The programme whose envelope holds UNDP's share; null for an initiative whose InitiativeStarted was recorded before
   * the event named its programme (award initiatives of an earlier version): it is in no programme's lists or totals.
   */
  programme_id: string | null;
  origin_kind: 'award' | 'priority';
  origin_call_id: string | null;
  origin_proposal_id: string | null;
  origin_platform_id: string | null;
  origin_priority_id: string | null;
  municipality_id: string;
  title: string;
  /** What the award funded; null for an initiative from a priority. */
  amount_minor: number | null;
  currency: string | null;
  state: InitiativeState;
  /** 1 when the agreement in force has a municipal share above zero. */
  co_financed: number;
  agreement_reference: string | null;
  signed_on: string | null;
  /** The agreement version in force; null before signing. */
  agreement_version: number | null;
  /** The agreement in force's totals in US cents; 0 before signing. */
  undp_usd_minor: number;
  municipal_usd_minor: number;
  total_usd_minor: number;
  /** Paid minus refunded, every party, in US cents at the rates used. */
  disbursed_usd_minor: number;
  /** The global position of the tranche schedule in force, so that an older schedule applied again does not replace it. */
  schedule_position: number | null;
  started_at: string;
  closed_at: string | null;
}

export interface InitiativeReadModelTables extends AgreementReadModelTables, DisbursementReadModelTables, ReportReadModelTables, BudgetReadModelTables {
  [INITIATIVES]: InitiativeRow;
}

const createInitiativesTable = async (db: Kysely<any>): Promise<void> => {
  const key = keyColumn(db);
  await db.schema
    .createTable(INITIATIVES)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.primaryKey())
    .addColumn('programme_id', key)
    .addColumn('origin_kind', key, (column) => column.notNull())
    .addColumn('origin_call_id', key)
    .addColumn('origin_proposal_id', key)
    .addColumn('origin_platform_id', key)
    .addColumn('origin_priority_id', key)
    .addColumn('municipality_id', key, (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('amount_minor', 'bigint')
    .addColumn('currency', key)
    .addColumn('state', key, (column) => column.notNull())
    .addColumn('co_financed', 'integer', (column) => column.notNull())
    .addColumn('agreement_reference', 'text')
    .addColumn('signed_on', 'text')
    .addColumn('agreement_version', 'integer')
    .addColumn('undp_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('municipal_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('total_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('disbursed_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('schedule_position', 'bigint')
    .addColumn('started_at', key, (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex(`${INITIATIVES}_by_start`).ifNotExists().on(INITIATIVES).columns(['started_at', 'initiative_id']).execute();
  await db.schema.createIndex(`${INITIATIVES}_by_programme`).ifNotExists().on(INITIATIVES).columns(['programme_id', 'started_at']).execute();
};

export const createInitiativeTables = async (db: Kysely<any>): Promise<void> => {
  await createInitiativesTable(db);
  await createAgreementTables(db);
  await createDisbursementTables(db);
  await createReportTables(db);
  await createBudgetTables(db);
};

export const dropInitiativeTables = async (db: Kysely<any>): Promise<void> => {
  await dropBudgetTables(db);
  await dropReportTables(db);
  await dropDisbursementTables(db);
  await dropAgreementTables(db);
  await db.schema.dropTable(INITIATIVES).ifExists().execute();
};

