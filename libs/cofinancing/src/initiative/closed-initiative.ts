import { conflict } from '@makers/kernel';
import type { Initiative } from './initiative.decider';

type Started = Extract<Initiative, { status: 'started' }>;

/**
 * After close-out the agreement, tranches, disbursements and reports are settled: only refunds are recorded. Commands
 * that repeat work already done check that first, so one repeated after close-out (a retry, a replayed seed) still reads
 * as done (`DisbursementAlreadyPaid`, `ReportAlreadyAccepted`) rather than as refused for the closing.
 */
export const refuseClosed = (initiative: Started): void => {
  if (initiative.closed !== null) {
    throw conflict('InitiativeClosed', `Initiative ${initiative.initiativeId} was closed on ${initiative.closed.closedAt}: only refunds are recorded now`);
  }
};
