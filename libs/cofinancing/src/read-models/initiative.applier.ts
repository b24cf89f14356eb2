import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@makers/event-store';
import type { InitiativeClosed, InitiativeStarted } from '../initiative/initiative.events';
import { DISBURSEMENTS, REFUNDS } from './disbursement-read-model.tables';
import { INITIATIVE_STATES, INITIATIVES, type InitiativeReadModelTables, type InitiativeRow, type InitiativeState } from './initiative-read-model.tables';

type Writer = Transaction<InitiativeReadModelTables>;

/**
 * The programme the event names. An earlier version recorded award initiatives without one, and the store keeps those
 * events as they were: such an initiative is listed with no programme (and counts in no programme's envelope or
 * execution) rather than stopping the projection.
 */
const programmeOf = (event: InitiativeStarted): string | null => {
  const { programmeId } = event.data as { programmeId?: unknown };
  return typeof programmeId === 'string' ? programmeId : null;
};

export const applyInitiativeStarted = async (trx: Writer, event: InitiativeStarted, recorded: RecordedEvent): Promise<void> => {
  const { initiativeId, origin, municipalityId, title, amount } = event.data;
  await trx
    .insertInto(INITIATIVES)
    .values({
      initiative_id: initiativeId,
      programme_id: programmeOf(event),
      origin_kind: origin.kind,
      origin_call_id: origin.kind === 'award' ? origin.callId : null,
      origin_proposal_id: origin.kind === 'award' ? origin.proposalId : null,
      origin_platform_id: origin.kind === 'priority' ? origin.platformId : null,
      origin_priority_id: origin.kind === 'priority' ? origin.priorityId : null,
      municipality_id: municipalityId,
      title,
      amount_minor: amount?.amountMinor ?? null,
      currency: amount?.currency ?? null,
      state: 'started',
      co_financed: 0,
      agreement_reference: null,
      signed_on: null,
      agreement_version: null,
      undp_usd_minor: 0,
      municipal_usd_minor: 0,
      total_usd_minor: 0,
      disbursed_usd_minor: 0,
      schedule_position: null,
      started_at: recorded.metadata.occurredAt,
      closed_at: null,
    })
    .onConflict((conflict) => conflict.column('initiative_id').doNothing())
    .execute();
};

export const applyInitiativeClosed = async (trx: Writer, event: InitiativeClosed): Promise<void> => {
  await trx.updateTable(INITIATIVES).set({ closed_at: event.data.closedAt }).where('initiative_id', '=', event.data.initiativeId).execute();
  await advanceState(trx, event.data.initiativeId, 'closed');
};

/** Moves an initiative forward to `state`, never back: an earlier event applied again leaves a later state as it is. */
export const advanceState = async (trx: Writer, initiativeId: string, state: InitiativeState): Promise<void> => {
  const earlier = INITIATIVE_STATES.slice(0, INITIATIVE_STATES.indexOf(state));
  if (earlier.length === 0) return;
  await trx.updateTable(INITIATIVES).set({ state }).where('initiative_id', '=', initiativeId).where('state', 'in', earlier).execute();
};

/** The initiative's row; its InitiativeStarted always comes first in the stream, so a missing one is a broken history. */
export const initiativeOf = async (trx: Writer, initiativeId: string): Promise<InitiativeRow> => {
  const row = await trx.selectFrom(INITIATIVES).selectAll().where('initiative_id', '=', initiativeId).executeTakeFirst();
  if (!row) throw new Error(`Initiative ${initiativeId} has events but was never started`);
  return row;
};

/** What was disbursed to the initiative in all, summed again from its payments and refunds (so it is the same however often it runs). */
export const refreshDisbursed = async (trx: Writer, initiativeId: string): Promise<void> => {
  const paid = await trx
    .selectFrom(DISBURSEMENTS)
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_usd_minor'), eb.lit(0)).as('usd'))
    .where('initiative_id', '=', initiativeId)
    .where('status', '=', 'paid')
    .executeTakeFirstOrThrow();
  const refunded = await trx
    .selectFrom(REFUNDS)
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_usd_minor'), eb.lit(0)).as('usd'))
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirstOrThrow();
  await trx
    .updateTable(INITIATIVES)
    .set({ disbursed_usd_minor: Number(paid.usd) - Number(refunded.usd) })
    .where('initiative_id', '=', initiativeId)
    .execute();
};
