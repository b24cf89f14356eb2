import type { Money } from '@makers/kernel';

/**
 * Sent by the award → co-financing process manager for each funded proposal of a `CallAwarded`, exactly once in
 * effect: the id is derived from the award (`award-<callId>-<proposalId>`), so a replayed or repeated award meets
 * `InitiativeAlreadyStarted`, which the process manager treats as done.
 */
export type StartInitiativeFromAward = {
  type: 'StartInitiativeFromAward';
  data: {
    initiativeId: string;
    callId: string;
    proposalId: string;
    municipalityId: string;
    /** The proposal's title, so the initiative reads on its own. */
    title: string;
    /** The amount the award funded. */
    amount: Money;
  };
};

export type InitiativeCommand = StartInitiativeFromAward;
