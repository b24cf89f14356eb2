import { sql, type Kysely } from 'kysely';
import { assertNever, type Money } from '@makers/kernel';
import { TRANCHE_CONDITIONS, type TrancheCondition } from '../initiative/tranche-schedule';
import { AGREEMENT_PARTIES } from './agreement-read-model.tables';
import { DISBURSEMENTS, TRANCHES } from './disbursement-read-model.tables';
import { INITIATIVES, type InitiativeReadModelTables } from './initiative-read-model.tables';
import { moneyOf } from './read-model-columns';
import { REPORTS } from './report-read-model.tables';

export interface TrancheView {
  readonly trancheId: string;
  readonly partyId: string;
  /** The party's name in the agreement in force. */
  readonly partyName: string;
  /** Always an amount in the party's currency, a percent resolved cent-exact. */
  readonly amount: Money;
  /** The whole percent of the party's commitment it was given as; null when given as an amount. */
  readonly percent: number | null;
  readonly dueOn: string;
  readonly condition: TrancheCondition | null;
  /** Whether the condition holds now: an accepted report for an interim one, the accepted final report for a final one; true without a condition. */
  readonly conditionMet: boolean;
  /** Every disbursement asked for against it and not rejected (requested, approved or paid), in the tranche's currency. */
  readonly requested: Money;
  /** What of that was paid. */
  readonly paid: Money;
  /** Who defined the schedule in force that sets this tranche, and when it was recorded. */
  readonly definedBy: string;
  readonly definedAt: string;
}

/** A stored condition as the domain names it; one this read model does not know is a broken row, not a met condition. */
const conditionOf = (value: string | null, where: string): TrancheCondition | null => {
  if (value === null) return null;
  const condition = TRANCHE_CONDITIONS.find((known) => known === value);
  if (condition === undefined) throw new Error(`${where} has a condition this read model does not know: ${value}`);
  return condition;
};

/** Whether a condition holds, given the kinds of the initiative's accepted reports; true without a condition. */
const conditionHolds = (condition: TrancheCondition | null, acceptedKinds: readonly string[]): boolean => {
  if (condition === null) return true;
  switch (condition) {
    case 'interim-report-accepted':
      return acceptedKinds.length > 0;
    case 'final-report-accepted':
      return acceptedKinds.includes('final');
    default:
      return assertNever(condition);
  }
};

/** The tranche schedule in force, in the order it was defined. */
export const listTranches = async (db: Kysely<any>, initiativeId: string): Promise<TrancheView[]> => {
  const reader = db as Kysely<InitiativeReadModelTables>;
  const rows = await reader
    .selectFrom(TRANCHES)
    .leftJoin(INITIATIVES, `${INITIATIVES}.initiative_id`, `${TRANCHES}.initiative_id`)
    .leftJoin(AGREEMENT_PARTIES, (join) =>
      join
        .onRef(`${AGREEMENT_PARTIES}.initiative_id`, '=', `${TRANCHES}.initiative_id`)
        .onRef(`${AGREEMENT_PARTIES}.version`, '=', `${INITIATIVES}.agreement_version`)
        .onRef(`${AGREEMENT_PARTIES}.party_id`, '=', `${TRANCHES}.party_id`),
    )
    .selectAll(TRANCHES)
    .select(`${AGREEMENT_PARTIES}.name as party_name`)
    .select((eb) => [
      eb
        .selectFrom(DISBURSEMENTS)
        .select(sql<number>`coalesce(sum(${sql.ref(`${DISBURSEMENTS}.amount_minor`)}), 0)`.as('sum'))
        .whereRef(`${DISBURSEMENTS}.initiative_id`, '=', `${TRANCHES}.initiative_id`)
        .whereRef(`${DISBURSEMENTS}.tranche_id`, '=', `${TRANCHES}.tranche_id`)
        .where(`${DISBURSEMENTS}.status`, '<>', 'rejected')
        .as('requested_minor'),
      eb
        .selectFrom(DISBURSEMENTS)
        .select(sql<number>`coalesce(sum(${sql.ref(`${DISBURSEMENTS}.amount_minor`)}), 0)`.as('sum'))
        .whereRef(`${DISBURSEMENTS}.initiative_id`, '=', `${TRANCHES}.initiative_id`)
        .whereRef(`${DISBURSEMENTS}.tranche_id`, '=', `${TRANCHES}.tranche_id`)
        .where(`${DISBURSEMENTS}.status`, '=', 'paid')
        .as('paid_minor'),
    ])
    .where(`${TRANCHES}.initiative_id`, '=', initiativeId)
    .orderBy(`${TRANCHES}.ordinal`)
    .orderBy(`${TRANCHES}.tranche_id`)
    .execute();
  if (rows.length === 0) return [];

  const accepted = await reader.selectFrom(REPORTS).select('kind').where('initiative_id', '=', initiativeId).where('status', '=', 'accepted').execute();
  const acceptedKinds = accepted.map((report) => report.kind);
  return rows.map((row) => {
    const where = `Tranche ${row.tranche_id} of ${initiativeId}`;
    const condition = conditionOf(row.condition, where);
    return {
      trancheId: row.tranche_id,
      partyId: row.party_id,
      partyName: row.party_name ?? row.party_id,
      amount: moneyOf(row.amount_minor, row.currency, where),
      percent: row.percent === null ? null : Number(row.percent),
      dueOn: row.due_on,
      condition,
      conditionMet: conditionHolds(condition, acceptedKinds),
      requested: moneyOf(row.requested_minor ?? 0, row.currency, where),
      paid: moneyOf(row.paid_minor ?? 0, row.currency, where),
      definedBy: row.defined_by,
      definedAt: row.defined_at,
    };
  });
};
