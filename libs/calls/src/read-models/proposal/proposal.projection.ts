import type { Kysely, Transaction } from 'kysely';
import { assertNever } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import type { Projection } from '@makers/projections';
import type { CallAwarded } from '../../call/call.events';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent, type ProposalVersion } from '../../proposal/proposal.events';
import { meanScore } from '../../proposal/proposal-score';
import {
  createProposalTables,
  dropProposalTables,
  PROPOSAL_APPEALS,
  PROPOSAL_EVALUATIONS,
  PROPOSAL_VERSIONS,
  PROPOSALS,
  type ProposalContentColumns,
  type ProposalReadModelTables,
} from './proposal-read-model.tables';

type ProposalReadModelEvent = ProposalEvent | CallAwarded;

const EVENT_TYPES: readonly string[] = [...PROPOSAL_EVENT_TYPES, 'CallAwarded'];

const isProposalReadModelEvent = (event: RecordedEvent): boolean => EVENT_TYPES.includes(event.type);

/** The global position, zero-padded: the order events were recorded in. */
export const positionKey = (position: number): string => String(position).padStart(16, '0');

const contentColumns = (version: ProposalVersion): ProposalContentColumns => ({
  applicant_name: version.applicant.name,
  applicant_type: version.applicant.type,
  municipality_id: version.municipalityId,
  title: version.title,
  summary: version.summary,
  budget_lines: JSON.stringify(version.budgetLines.map((line) => ({ description: line.description, amountMinor: line.amount.amountMinor }))),
  currency: version.requestedAmount.currency,
  requested_amount: version.requestedAmount.amountMinor,
  co_financing_amount: version.coFinancingOffered.amountMinor,
  priority_platform_id: version.priority?.platformId ?? null,
  priority_id: version.priority?.priorityId ?? null,
  call_version: version.callVersion,
});

const recordVersion = async (trx: Transaction<ProposalReadModelTables>, proposalId: string, version: number, content: ProposalContentColumns, at: string) => {
  await trx
    .insertInto(PROPOSAL_VERSIONS)
    .values({ proposal_id: proposalId, version, recorded_at: at, ...content })
    .onConflict((conflict) => conflict.columns(['proposal_id', 'version']).doUpdateSet({ recorded_at: at, ...content }))
    .execute();
};

/** The proposal's score again from its evaluators' latest weighted scores. */
const rescore = async (trx: Transaction<ProposalReadModelTables>, proposalId: string) => {
  const rows = await trx.selectFrom(PROPOSAL_EVALUATIONS).select('weighted').where('proposal_id', '=', proposalId).where('weighted', 'is not', null).execute();
  await trx
    .updateTable(PROPOSALS)
    .set({ score: meanScore(rows.map((row) => Number(row.weighted))) })
    .where('proposal_id', '=', proposalId)
    .execute();
};

/**
 * Proposals as they stand, every version, evaluations and appeals. A proposal is public once submitted (DESIGN: fair,
 * visible rules); who submitted it is kept for access checks. The award's ranking is copied onto its proposals so a
 * proposal shows its rank without reading the calls' tables. Upserts throughout: applying an event twice leaves the
 * same rows.
 */
export const proposalProjection: Projection<ProposalReadModelTables> = {
  name: 'calls-proposals',
  version: 1,
  eventTypes: EVENT_TYPES,
  setup: (db: Kysely<any>) => createProposalTables(db),
  teardown: (db: Kysely<any>) => dropProposalTables(db),
  apply: async (trx: Transaction<ProposalReadModelTables>, recorded: RecordedEvent) => {
    if (!isProposalReadModelEvent(recorded)) return;
    const event = recorded as unknown as ProposalReadModelEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'ProposalSubmitted': {
        const { proposalId, callId, submittedBy, submittedAt, version } = event.data;
        const content = contentColumns(event.data);
        const row = { call_id: callId, submitted_by: submittedBy, submitted_at: submittedAt, version, sort_key: positionKey(recorded.position), updated_at: at, ...content };
        await trx
          .insertInto(PROPOSALS)
          .values({
            proposal_id: proposalId,
            state: 'submitted',
            screening_reason: null,
            withdrawal_reason: null,
            score: null,
            award_rank: null,
            award_funded: null,
            award_amount: null,
            ...row,
          })
          .onConflict((conflict) => conflict.column('proposal_id').doNothing())
          .execute();
        await recordVersion(trx, proposalId, version, content, at);
        return;
      }
      case 'ProposalRevised': {
        const { proposalId, version } = event.data;
        const content = contentColumns(event.data);
        // A revision asks for a new screening: the proposal is submitted again, not yet screened.
        await trx
          .updateTable(PROPOSALS)
          .set({ ...content, version, state: 'submitted', screening_reason: null, updated_at: at })
          .where('proposal_id', '=', proposalId)
          .where('version', '<=', version)
          .execute();
        await recordVersion(trx, proposalId, version, content, at);
        return;
      }
      case 'ProposalWithdrawn':
        await trx
          .updateTable(PROPOSALS)
          .set({ state: 'withdrawn', withdrawal_reason: event.data.reason, updated_at: at })
          .where('proposal_id', '=', event.data.proposalId)
          .execute();
        return;
      case 'ProposalScreened': {
        const { proposalId, version, eligible, reason } = event.data;
        await trx
          .updateTable(PROPOSALS)
          .set({ state: eligible ? 'eligible' : 'ineligible', screening_reason: reason, updated_at: at })
          .where('proposal_id', '=', proposalId)
          .where('version', '=', version)
          .where('state', '<>', 'withdrawn')
          .execute();
        return;
      }
      case 'ConflictOfInterestDeclared': {
        const { proposalId, evaluatorId, hasConflict, note } = event.data;
        const declaration = { has_conflict: hasConflict ? 1 : 0, conflict_note: note, declared_at: at };
        await trx
          .insertInto(PROPOSAL_EVALUATIONS)
          .values({ proposal_id: proposalId, evaluator_id: evaluatorId, scores: null, weighted: null, scored_at: null, rescored: 0, ...declaration })
          .onConflict((conflict) => conflict.columns(['proposal_id', 'evaluator_id']).doUpdateSet(declaration))
          .execute();
        return;
      }
      case 'ProposalScored':
      case 'ProposalRescored': {
        const { proposalId, evaluatorId, scores, weighted } = event.data;
        const scoring = { scores: JSON.stringify(scores), weighted, scored_at: at, rescored: event.type === 'ProposalRescored' ? 1 : 0 };
        await trx
          .insertInto(PROPOSAL_EVALUATIONS)
          .values({ proposal_id: proposalId, evaluator_id: evaluatorId, has_conflict: 0, conflict_note: null, declared_at: null, ...scoring })
          .onConflict((conflict) => conflict.columns(['proposal_id', 'evaluator_id']).doUpdateSet(scoring))
          .execute();
        await rescore(trx, proposalId);
        return;
      }
      case 'AppealFiled': {
        const { proposalId, appealId, grounds } = event.data;
        await trx
          .insertInto(PROPOSAL_APPEALS)
          .values({
            proposal_id: proposalId,
            appeal_id: appealId,
            grounds,
            filed_by: recorded.metadata.actor,
            filed_at: at,
            upheld: null,
            decision_reason: null,
            decided_by: null,
            decided_at: null,
            sort_key: positionKey(recorded.position),
          })
          .onConflict((conflict) => conflict.columns(['proposal_id', 'appeal_id']).doNothing())
          .execute();
        return;
      }
      case 'AppealDecided': {
        const { proposalId, appealId, upheld, reason } = event.data;
        await trx
          .updateTable(PROPOSAL_APPEALS)
          .set({ upheld: upheld ? 1 : 0, decision_reason: reason, decided_by: recorded.metadata.actor, decided_at: at })
          .where('proposal_id', '=', proposalId)
          .where('appeal_id', '=', appealId)
          .execute();
        return;
      }
      case 'CallAwarded':
        for (const ranked of event.data.ranking) {
          await trx
            .updateTable(PROPOSALS)
            .set({ award_rank: ranked.rank, award_funded: ranked.funded ? 1 : 0, award_amount: ranked.amount.amountMinor })
            .where('proposal_id', '=', ranked.proposalId)
            .where('call_id', '=', event.data.callId)
            .execute();
        }
        return;
      default:
        assertNever(event);
    }
  },
};
