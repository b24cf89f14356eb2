import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import type { TrancheScheduleDefined } from '../initiative/initiative.events';
import { DISBURSEMENTS, TRANCHES } from './disbursement-read-model.tables';
import { initiativeOf } from './initiative.applier';
import { INITIATIVES, type InitiativeReadModelTables } from './initiative-read-model.tables';

type Writer = Transaction<InitiativeReadModelTables>;

/**
 * A schedule replaces the one before. Tranches money was requested against (and not rejected) stay: the domain keeps
 * them in every later schedule, and keeping them here too means such a disbursement never loses its tranche. An older schedule applied again after
 * a newer one is ignored, by the global position of the schedule in force.
 */
export const applyTrancheSchedule = async (trx: Writer, event: TrancheScheduleDefined, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, agreementVersion, tranches } = event.data;
  const initiative = await initiativeOf(trx, initiativeId);
  if (initiative.schedule_position !== null && Number(initiative.schedule_position) >= recorded.position) return;

  const kept = tranches.map((tranche) => tranche.trancheId);
  let replaced = trx
    .deleteFrom(TRANCHES)
    .where('initiative_id', '=', initiativeId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom(DISBURSEMENTS)
            .select(`${DISBURSEMENTS}.disbursement_id`)
            .whereRef(`${DISBURSEMENTS}.initiative_id`, '=', `${TRANCHES}.initiative_id`)
            .whereRef(`${DISBURSEMENTS}.tranche_id`, '=', `${TRANCHES}.tranche_id`)
            .where(`${DISBURSEMENTS}.status`, '<>', 'rejected'),
        ),
      ),
    );
  if (kept.length > 0) replaced = replaced.where('tranche_id', 'not in', kept);
  await replaced.execute();

  for (const [ordinal, tranche] of tranches.entries()) {
    const row = {
      ordinal,
      party_id: tranche.partyId,
      amount_minor: tranche.amount.amountMinor,
      currency: tranche.amount.currency,
      percent: tranche.percent,
      due_on: tranche.dueOn,
      condition: tranche.condition,
      agreement_version: agreementVersion,
      defined_by: recorded.metadata.actor,
      defined_at: recorded.metadata.occurredAt,
    };
    await trx
      .insertInto(TRANCHES)
      .values({ initiative_id: initiativeId, tranche_id: tranche.trancheId, ...row })
      .onConflict((conflict) => conflict.columns(['initiative_id', 'tranche_id']).doUpdateSet(row))
      .execute();
  }
  await trx.updateTable(INITIATIVES).set({ schedule_position: recorded.position }).where('initiative_id', '=', initiativeId).execute();
};
