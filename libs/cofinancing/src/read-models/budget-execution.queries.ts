import { sql, type Kysely } from 'kysely';
import { invalidInput, type Currency } from '@makers/kernel';
import { PARTY_KINDS, type PartyKind } from '../initiative/agreement.terms';
import { BUDGET_MOVEMENTS } from './budget-read-model.tables';
import type { InitiativeReadModelTables } from './initiative-read-model.tables';
import { currencyOf } from './read-model-columns';

/** Money moved in one currency: in its minor units and in US cents at the rates recorded. Committed may be negative. */
export interface ExecutionAmounts {
  readonly currency: Currency;
  readonly committedMinor: number;
  readonly committedUsdMinor: number;
  readonly disbursedMinor: number;
  readonly disbursedUsdMinor: number;
  readonly refundedMinor: number;
  readonly refundedUsdMinor: number;
}

/**
 * One party's money across the programme's initiatives (`partyKeyOf`): UNDP (one row a currency), each municipality by
 * its own municipality, each other donor and in-kind contributor by name.
 */
export interface ExecutionByParty extends ExecutionAmounts {
  readonly partyKind: PartyKind;
  /** As the agreements name the party (where they name it differently, the first in alphabetical order). */
  readonly name: string;
  /** A municipality party's own municipality; null for the other kinds. */
  readonly municipalityId: string | null;
}

export interface ExecutionByPartyKind extends ExecutionAmounts {
  readonly partyKind: PartyKind;
}

export interface ExecutionByMunicipality extends ExecutionAmounts {
  /** The initiative's municipality, where the money is spent (not the paying party's). */
  readonly municipalityId: string;
}

/**
 * A programme's budget execution in one calendar year: commitments (signings in the year of the signing date, an
 * amendment's changes in the year of its date), payments and refunds (in the year of their value date).
 */
export interface BudgetExecutionView {
  readonly year: number;
  readonly programmeId: string;
  readonly totals: { readonly committedUsdMinor: number; readonly disbursedUsdMinor: number; readonly refundedUsdMinor: number };
  /** By party (UNDP, each municipality, each other donor, each in-kind contributor), then currency. */
  readonly byParty: ExecutionByParty[];
  /** By party kind (UNDP, municipality, other donor, in kind), then currency: byParty summed by kind. */
  readonly byPartyKind: ExecutionByPartyKind[];
  /** By the initiatives' municipality (where the money is spent, whichever party pays), then currency. */
  readonly byMunicipality: ExecutionByMunicipality[];
}

const sumOf = (movement: string, column: 'amount_minor' | 'amount_usd_minor') =>
  sql<number>`coalesce(sum(case when ${sql.ref('movement')} = ${movement} then ${sql.ref(column)} else 0 end), 0)`;

const SUMS = [
  sumOf('committed', 'amount_minor').as('committed_minor'),
  sumOf('committed', 'amount_usd_minor').as('committed_usd_minor'),
  sumOf('disbursed', 'amount_minor').as('disbursed_minor'),
  sumOf('disbursed', 'amount_usd_minor').as('disbursed_usd_minor'),
  sumOf('refunded', 'amount_minor').as('refunded_minor'),
  sumOf('refunded', 'amount_usd_minor').as('refunded_usd_minor'),
] as const;

type SumRow = {
  currency: string;
  committed_minor: number | string;
  committed_usd_minor: number | string;
  disbursed_minor: number | string;
  disbursed_usd_minor: number | string;
  refunded_minor: number | string;
  refunded_usd_minor: number | string;
};

const amountsOf = (row: SumRow): ExecutionAmounts => ({
  currency: currencyOf(row.currency, 'A budget movement'),
  committedMinor: Number(row.committed_minor),
  committedUsdMinor: Number(row.committed_usd_minor),
  disbursedMinor: Number(row.disbursed_minor),
  disbursedUsdMinor: Number(row.disbursed_usd_minor),
  refundedMinor: Number(row.refunded_minor),
  refundedUsdMinor: Number(row.refunded_usd_minor),
});

const validYear = (year: unknown): number => {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) throw invalidInput('YearInvalid', 'year must be a four-digit calendar year', 'year');
  return year;
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const kindOrder = (kind: PartyKind): number => PARTY_KINDS.indexOf(kind);
const partyKindOf = (value: string): PartyKind => {
  const kind = PARTY_KINDS.find((known) => known === value);
  if (kind === undefined) throw new Error(`A budget movement has a party kind this read model does not know: ${value}`);
  return kind;
};

export const getBudgetExecution = async (db: Kysely<any>, { programmeId, year }: { programmeId: string; year: number }): Promise<BudgetExecutionView> => {
  const inYear = (db as Kysely<InitiativeReadModelTables>).selectFrom(BUDGET_MOVEMENTS).where('programme_id', '=', programmeId).where('year', '=', validYear(year));
  const byParty = await inYear
    .select((eb) => [
      'party_key',
      'currency',
      eb.fn.min('party_kind').as('party_kind'),
      eb.fn.min('party_name').as('party_name'),
      eb.fn.min('party_municipality_id').as('party_municipality_id'),
      ...SUMS,
    ])
    .groupBy(['party_key', 'currency'])
    .execute();
  const byKind = await inYear.select(['party_kind', 'currency', ...SUMS]).groupBy(['party_kind', 'currency']).execute();
  const byMunicipality = await inYear
    .select(['municipality_id', 'currency', ...SUMS])
    .groupBy(['municipality_id', 'currency'])
    .orderBy('municipality_id')
    .orderBy('currency')
    .execute();
  const totals = await inYear.select([SUMS[1], SUMS[3], SUMS[5]]).executeTakeFirstOrThrow();
  // One name a party, whatever the currency (UNDP in USD under one agreement and in BAM under another is one party).
  const nameOf = new Map<string, string>();
  for (const row of byParty) {
    const known = nameOf.get(row.party_key);
    if (known === undefined || byText(row.party_name, known) < 0) nameOf.set(row.party_key, row.party_name);
  }
  return {
    year,
    programmeId,
    totals: {
      committedUsdMinor: Number(totals.committed_usd_minor),
      disbursedUsdMinor: Number(totals.disbursed_usd_minor),
      refundedUsdMinor: Number(totals.refunded_usd_minor),
    },
    byParty: byParty
      .map((row): ExecutionByParty => {
        const partyKind = partyKindOf(row.party_kind);
        const name = nameOf.get(row.party_key) ?? row.party_name;
        return { partyKind, name, municipalityId: partyKind === 'municipality' ? row.party_municipality_id : null, ...amountsOf(row) };
      })
      .sort(
        (a, b) =>
          kindOrder(a.partyKind) - kindOrder(b.partyKind) || byText(a.municipalityId ?? '', b.municipalityId ?? '') || byText(a.name, b.name) || byText(a.currency, b.currency),
      ),
    byPartyKind: byKind
      .map((row): ExecutionByPartyKind => ({ partyKind: partyKindOf(row.party_kind), ...amountsOf(row) }))
      .sort((a, b) => kindOrder(a.partyKind) - kindOrder(b.partyKind) || byText(a.currency, b.currency)),
    byMunicipality: byMunicipality.map((row) => ({ municipalityId: row.municipality_id, ...amountsOf(row) })),
  };
};

/** The years in which the programme's money moved, ascending. */
export const listBudgetExecutionYears = async (db: Kysely<any>, programmeId: string): Promise<number[]> => {
  const rows = await (db as Kysely<InitiativeReadModelTables>).selectFrom(BUDGET_MOVEMENTS).select('year').distinct().where('programme_id', '=', programmeId).orderBy('year').execute();
  return rows.map((row) => Number(row.year));
};
