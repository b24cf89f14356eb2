import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import type { Projection } from '@makers/projections';
import { CALL_EVENT_TYPES, type CallEvent } from '../../call/call.events';
import type { CallTerms } from '../../call/call.terms';
import { AWARD_RANKING, CALL_EVALUATORS, CALL_VERSIONS, CALLS, createCallTables, dropCallTables, type CallReadModelTables, type CallRow } from './call-read-model.tables';

const isCallEvent = (event: RecordedEvent): event is RecordedEvent & CallEvent => (CALL_EVENT_TYPES as readonly string[]).includes(event.type);

/** The columns the terms decide: the JSON itself, and the window in UTC for filters and order. */
const termsColumns = (terms: CallTerms): Pick<CallRow, 'terms_json' | 'opens_at_utc' | 'closes_at_utc'> => ({
  terms_json: JSON.stringify(terms),
  opens_at_utc: new Date(terms.opensAt).toISOString(),
  closes_at_utc: new Date(terms.closesAt).toISOString(),
});

const updateCall = (trx: Transaction<CallReadModelTables>, callId: string, values: Partial<CallRow>) =>
  trx.updateTable(CALLS).set(values).where('call_id', '=', callId).execute();

/**
 * Calls with their terms in force, every published version with its reason, their evaluators, and the award's
 * ranking. Every write is an upsert, an update to a value the event fixes, or a delete-and-insert of what the event
 * holds in full, so applying an event twice leaves the same rows as applying it once.
 */
export const callProjection: Projection<CallReadModelTables> = {
  name: 'calls-calls',
  version: 1,
  eventTypes: CALL_EVENT_TYPES,
  setup: (db: Kysely<any>) => createCallTables(db),
  teardown: (db: Kysely<any>) => dropCallTables(db),
  apply: async (trx: Transaction<CallReadModelTables>, recorded: RecordedEvent) => {
    if (!isCallEvent(recorded)) return;
    const event = recorded as CallEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'CallDrafted': {
        const { callId, programmeId, terms } = event.data;
        const row = { programme_id: programmeId, status: 'draft', version: 0, drafted_at: at, ...termsColumns(terms) };
        await trx
          .insertInto(CALLS)
          .values({ call_id: callId, ...row })
          .onConflict((conflict) => conflict.column('call_id').doUpdateSet(row))
          .execute();
        return;
      }
      case 'DraftRevised':
        await updateCall(trx, event.data.callId, termsColumns(event.data.terms));
        return;
      case 'CallPublished':
      case 'CallAmended': {
        const { callId, version, terms } = event.data;
        const reason = event.type === 'CallAmended' ? event.data.reason : null;
        const row = { terms_json: JSON.stringify(terms), reason, recorded_at: at, recorded_by: recorded.metadata.actor };
        await trx
          .insertInto(CALL_VERSIONS)
          .values({ call_id: callId, version, ...row })
          .onConflict((conflict) => conflict.columns(['call_id', 'version']).doUpdateSet(row))
          .execute();
        await updateCall(trx, callId, {
          status: 'published',
          version,
          ...termsColumns(terms),
          ...(event.type === 'CallPublished' ? { published_at: at } : {}),
        });
        return;
      }
      case 'EvaluatorAssigned': {
        const { callId, evaluatorId } = event.data;
        await trx
          .insertInto(CALL_EVALUATORS)
          .values({ call_id: callId, evaluator_id: evaluatorId, assigned_at: at })
          .onConflict((conflict) => conflict.columns(['call_id', 'evaluator_id']).doUpdateSet({ assigned_at: at }))
          .execute();
        return;
      }
      case 'CallClosed':
        await updateCall(trx, event.data.callId, { status: 'closed', closed_at: at });
        return;
      case 'EvaluationCompleted':
        await updateCall(trx, event.data.callId, { status: 'evaluated', evaluated_at: at });
        return;
      case 'CallAwarded': {
        const { callId, awardedAt, rule, budget, ranking, totalAwarded } = event.data;
        await updateCall(trx, callId, {
          status: 'awarded',
          awarded_at: awardedAt,
          award_rule_json: JSON.stringify(rule),
          award_budget_minor: budget.amountMinor,
          total_awarded_minor: totalAwarded.amountMinor,
          award_currency: budget.currency,
        });
        await trx.deleteFrom(AWARD_RANKING).where('call_id', '=', callId).execute();
        if (ranking.length > 0) {
          await trx
            .insertInto(AWARD_RANKING)
            .values(
              ranking.map((ranked) => ({
                call_id: callId,
                rank: ranked.rank,
                proposal_id: ranked.proposalId,
                municipality_id: ranked.municipalityId,
                score_points: ranked.scorePoints,
                vote_points: ranked.votePoints,
                combined: ranked.combined,
                votes_for: ranked.votes.for,
                votes_against: ranked.votes.against,
                votes_abstain: ranked.votes.abstain,
                requested_minor: ranked.requestedAmount.amountMinor,
                funded: ranked.funded ? 1 : 0,
                amount_minor: ranked.amount.amountMinor,
                currency: ranked.amount.currency,
              })),
            )
            .execute();
        }
        return;
      }
      case 'CallCancelled':
        await updateCall(trx, event.data.callId, { status: 'cancelled', cancelled_at: at, cancellation_reason: event.data.reason });
        return;
      default:
        assertNever(event);
    }
  },
};
