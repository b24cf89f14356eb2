import { anyOf, type Policy } from '@makers/kernel';
import type { EnvelopeCommand } from './envelope.commands';
import type { Envelope } from './envelope.decider';

const undp = anyOf('programme-manager', 'administrator');

/**
 * The envelope is UNDP's money: whoever may sign or amend an agreement reserves, releases or cancels its commitment (the
 * agreement's handler sends all three on that person's behalf).
 */
export const envelopePolicy: Policy<EnvelopeCommand, Envelope> = {
  ReserveCommitment: undp,
  ReleaseCommitment: undp,
  CancelReservation: undp,
};
