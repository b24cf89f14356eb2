/**
 * UNDP's commitment to an initiative, as of one agreement version: `undpUsdMinor` is the initiative's whole reservation
 * from now on, `changeUsdMinor` what it adds, `reservedUsdMinor` the programme's total after it.
 */
export type CommitmentReserved = {
  type: 'CommitmentReserved';
  data: { programmeId: string; initiativeId: string; agreementVersion: number; undpUsdMinor: number; changeUsdMinor: number; reservedUsdMinor: number; envelopeUsdMinor: number };
};

/** A lowered amendment gives money back to the envelope: `changeUsdMinor` is what it frees (a positive number). */
export type CommitmentReleased = {
  type: 'CommitmentReleased';
  data: { programmeId: string; initiativeId: string; agreementVersion: number; undpUsdMinor: number; changeUsdMinor: number; reservedUsdMinor: number };
};

export type EnvelopeEvent = CommitmentReserved | CommitmentReleased;

export const ENVELOPE_EVENT_TYPES: readonly EnvelopeEvent['type'][] = ['CommitmentReserved', 'CommitmentReleased'];
