/** UNDP's commitment to an initiative under one agreement version, in US cents. */
export type AgreementCommitment = { agreementVersion: number; undpUsdMinor: number };

/**
 * Holds UNDP's raised commitment under an agreement version about to be appended (a signing, or an amendment that
 * raises it), with the programme's envelope. `reservationId` names this hold (the handler derives it from the agreement
 * command's id), so that only the command that made it can cancel it. `agreementInForce` is the version the handler read
 * on the initiative's stream (null before signing): holds under it or older are settled first.
 */
export type ReserveCommitment = {
  type: 'ReserveCommitment';
  data: {
    programmeId: string;
    initiativeId: string;
    reservationId: string;
    agreementVersion: number;
    undpUsdMinor: number;
    envelopeUsdMinor: number;
    agreementInForce: AgreementCommitment | null;
  };
};

/**
 * Settles the envelope on an agreement version once it is appended: UNDP's commitment under it is now in force, and
 * whatever the envelope held above that for the initiative (what a lowering amendment frees, holds whose agreement
 * never landed) is given back.
 */
export type ReleaseCommitment = {
  type: 'ReleaseCommitment';
  data: { programmeId: string; initiativeId: string; agreementVersion: number; undpUsdMinor: number };
};

/**
 * Undoes a hold whose agreement will not be appended (refused when decided again, or the retries ran out): sent only by
 * the handler that made it, with why (`reason`, the refusal's rule).
 */
export type CancelReservation = {
  type: 'CancelReservation';
  data: { programmeId: string; initiativeId: string; reservationId: string; reason: string };
};

export type EnvelopeCommand = ReserveCommitment | ReleaseCommitment | CancelReservation;
