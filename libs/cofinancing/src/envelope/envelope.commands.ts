/**
 * Reserves UNDP's commitment under one version of an initiative's agreement, in US cents: the handler sends it before
 * appending `AgreementSigned` (or an amendment that raises the commitment), with the programme's envelope.
 */
export type ReserveCommitment = {
  type: 'ReserveCommitment';
  data: { programmeId: string; initiativeId: string; agreementVersion: number; undpUsdMinor: number; envelopeUsdMinor: number };
};

/** Gives back part of a reservation when an amendment lowers UNDP's commitment. */
export type ReleaseCommitment = {
  type: 'ReleaseCommitment';
  data: { programmeId: string; initiativeId: string; agreementVersion: number; undpUsdMinor: number };
};

export type EnvelopeCommand = ReserveCommitment | ReleaseCommitment;
