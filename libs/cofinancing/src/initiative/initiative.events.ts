import type { Money } from '@makers/kernel';

/** Where an initiative comes from. Issue 6 adds initiatives from a platform priority. */
export type InitiativeOrigin = { kind: 'award'; callId: string; proposalId: string };

export type InitiativeStarted = {
  type: 'InitiativeStarted';
  data: {
    initiativeId: string;
    origin: InitiativeOrigin;
    municipalityId: string;
    title: string;
    /** What the award funded, in minor units; the co-financing agreement (issue 6) splits it into shares. */
    amount: Money;
  };
};

export type InitiativeEvent = InitiativeStarted;

export const INITIATIVE_EVENT_TYPES: readonly InitiativeEvent['type'][] = ['InitiativeStarted'];
