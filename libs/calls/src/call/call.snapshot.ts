import type { CallTerms } from './call.terms';
import type { Call } from './call.decider';
import { instantOf } from './call.terms';

/** Where a call is in its life. A published call is *open* for submissions between its opening and closing times. */
export const CALL_STATUSES = ['draft', 'published', 'closed', 'evaluated', 'awarded', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * What other aggregates (proposal, ballot box) are told about a call: the handler folds the call's stream and passes
 * `callSnapshotOf(state)` with the command.
 */
export type CallSnapshot = {
  callId: string;
  programmeId: string;
  status: CallStatus;
  /** The terms in force: the draft's, or the latest published version's. */
  terms: CallTerms;
  /** 0 while a draft; 1 when published; one more with each amendment. */
  version: number;
  /** Identity subjects of the assigned evaluators. */
  evaluatorIds: string[];
  /** When the call was awarded (ISO 8601), null before. */
  awardedAt: string | null;
};

/** Open for submissions: published, and opensAt ≤ now < closesAt by the command's time (a second after closing is late). */
export const isOpenForSubmissions = (call: Pick<CallSnapshot, 'status' | 'terms'>, now: Date): boolean =>
  call.status === 'published' && instantOf(call.terms.opensAt) <= now.getTime() && now.getTime() < instantOf(call.terms.closesAt);

/** The snapshot of a folded call stream; null when the call was never drafted. */
export const callSnapshotOf = (call: Call): CallSnapshot | null =>
  call.status === 'undrafted'
    ? null
    : {
        callId: call.callId,
        programmeId: call.programmeId,
        status: call.status,
        terms: call.terms,
        version: call.version,
        evaluatorIds: [...call.evaluatorIds],
        awardedAt: call.status === 'awarded' ? call.awardedAt : null,
      };
