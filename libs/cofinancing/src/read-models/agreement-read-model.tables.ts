import type { Kysely } from 'kysely';
import type { AgreementParty, PartyKind } from '../initiative/agreement.terms';
import { keyColumn, moneyOf } from './read-model-columns';

/** Every version of an initiative's co-financing agreement, and each version's parties in their own rows. */
export const AGREEMENT_VERSIONS = 'cofinancing_agreement_versions';
export const AGREEMENT_PARTIES = 'cofinancing_agreement_parties';

export interface AgreementVersionRow {
  initiative_id: string;
  version: number;
  /** Why it was amended; null for the signed version 1. */
  reason: string | null;
  /** The amendment's own reference (an annex's); null for version 1 and for amendments recorded before they had one. */
  amendment_reference: string | null;
  /**
   * The business date (YYYY-MM-DD) it was agreed on: the signing date of version 1, an amendment's amendedOn; null for
   * an amendment recorded before it carried one (it counts from recorded_at).
   */
  agreed_on: string | null;
  /** Who signed or amended it in the system: the recorded event's actor. */
  recorded_by: string;
  recorded_at: string;
  /** JSON: `{ currency, usdPerUnit: { numerator, denominator } }[]`, as the version recorded them. */
  exchange_rates_json: string;
  undp_usd_minor: number;
  municipal_usd_minor: number;
  other_donor_usd_minor: number;
  in_kind_usd_minor: number;
  total_usd_minor: number;
  undp_commitment_usd_minor: number;
}

export interface AgreementPartyRow {
  initiative_id: string;
  version: number;
  party_id: string;
  /** The party's place in the version's list. */
  ordinal: number;
  kind: string;
  name: string;
  municipality_id: string | null;
  amount_minor: number;
  currency: string;
  amount_usd_minor: number;
}

/** A party row as the domain names it. */
export const toAgreementParty = (row: AgreementPartyRow): AgreementParty => ({
  partyId: row.party_id,
  kind: row.kind as PartyKind,
  name: row.name,
  municipalityId: row.municipality_id,
  amount: moneyOf(row.amount_minor, row.currency, `Party ${row.party_id} of ${row.initiative_id}`),
  amountUsdMinor: Number(row.amount_usd_minor),
});

export interface AgreementReadModelTables {
  [AGREEMENT_VERSIONS]: AgreementVersionRow;
  [AGREEMENT_PARTIES]: AgreementPartyRow;
}

export const createAgreementTables = async (db: Kysely<any>): Promise<void> => {
  const key = keyColumn(db);
  await db.schema
    .createTable(AGREEMENT_VERSIONS)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('amendment_reference', 'text')
    .addColumn('agreed_on', 'text')
    .addColumn('recorded_by', key, (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('exchange_rates_json', 'text', (column) => column.notNull())
    .addColumn('undp_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('municipal_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('other_donor_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('in_kind_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('total_usd_minor', 'bigint', (column) => column.notNull())
    .addColumn('undp_commitment_usd_minor', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${AGREEMENT_VERSIONS}_pk`, ['initiative_id', 'version'])
    .execute();
  await db.schema
    .createTable(AGREEMENT_PARTIES)
    .ifNotExists()
    .addColumn('initiative_id', key, (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('party_id', key, (column) => column.notNull())
    .addColumn('ordinal', 'integer', (column) => column.notNull())
    .addColumn('kind', key, (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('municipality_id', key)
    .addColumn('amount_minor', 'bigint', (column) => column.notNull())
    .addColumn('currency', key, (column) => column.notNull())
    .addColumn('amount_usd_minor', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${AGREEMENT_PARTIES}_pk`, ['initiative_id', 'version', 'party_id'])
    .execute();
};

export const dropAgreementTables = async (db: Kysely<any>): Promise<void> => {
  for (const table of [AGREEMENT_PARTIES, AGREEMENT_VERSIONS]) await db.schema.dropTable(table).ifExists().execute();
};
