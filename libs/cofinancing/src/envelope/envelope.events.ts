/**
 * UNDP's commitment to an initiative held as of one agreement version, before that version is appended: `undpUsdMinor`
 * is the initiative's whole commitment under it, `changeUsdMinor` what the hold adds to the reserved total (zero when the
 * initiative already holds as much), `reservedUsdMinor` the programme's total after it. `reservationId` names the hold;
 * reservations recorded before holds were named have none, and stand for the agreement in force.
 */
export type CommitmentReserved = {
  type: 'CommitmentReserved';
  data: {
    programmeId: string;
    initiativeId: string;
    agreementVersion: number;
    undpUsdMinor: number;
    changeUsdMinor: number;
    reservedUsdMinor: number;
    envelopeUsdMinor: number;
    reservationId?: string;
  };
};

/**
 * The envelope settled on the agreement version in force (`undpUsdMinor` under `agreementVersion`): `changeUsdMinor` is
 * what it gives back (a positive number), what a lowering amendment frees or what holds whose agreement never landed held.
 */
export type CommitmentReleased = {
  type: 'CommitmentReleased';
  data: { programmeId: string; initiativeId: string; agreementVersion: number; undpUsdMinor: number; changeUsdMinor: number; reservedUsdMinor: number };
};

/**
 * A hold undone by the command that made it, whose agreement was not appended (`reason`: the refusal's rule, or
 * `ConcurrentModification` when the retries ran out): `agreementVersion` and `undpUsdMinor` are the hold's,
 * `changeUsdMinor` what the cancellation gives back (a positive number, or zero when another hold of the initiative
 * holds as much), `reservedUsdMinor` the programme's total after it.
 */
export type ReservationCancelled = {
  type: 'ReservationCancelled';
  data: {
    programmeId: string;
    initiativeId: string;
    reservationId: string;
    agreementVersion: number;
    undpUsdMinor: number;
    changeUsdMinor: number;
    reservedUsdMinor: number;
    reason: string;
  };
};

export type EnvelopeEvent = CommitmentReserved | CommitmentReleased | ReservationCancelled;

export const ENVELOPE_EVENT_TYPES: readonly EnvelopeEvent['type'][] = ['CommitmentReserved', 'CommitmentReleased', 'ReservationCancelled'];
