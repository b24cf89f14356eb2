import { assertNever, conflict, identifier, invalidInput, notFound, positiveWholeNumber, type CommandContext, type Decider } from '@makers/kernel';
import type { EnvelopeCommand, ReleaseCommitment, ReserveCommitment } from './envelope.commands';
import type { EnvelopeEvent } from './envelope.events';

/** What is reserved for one initiative, and under which agreement version. */
export type Reservation = { agreementVersion: number; undpUsdMinor: number };

/** The folded envelope stream: each initiative's current reservation and their sum, in US cents. */
export type Envelope = { reservations: Readonly<Record<string, Reservation>>; reservedUsdMinor: number };

export const initialState: Envelope = { reservations: {}, reservedUsdMinor: 0 };

export const evolve = (state: Envelope, event: EnvelopeEvent): Envelope => {
  switch (event.type) {
    case 'CommitmentReserved':
    case 'CommitmentReleased': {
      const { initiativeId, agreementVersion, undpUsdMinor, reservedUsdMinor } = event.data;
      return { reservations: { ...state.reservations, [initiativeId]: { agreementVersion, undpUsdMinor } }, reservedUsdMinor };
    }
    default:
      return assertNever(event);
  }
};

export const decide = (command: EnvelopeCommand, state: Envelope, _context: CommandContext): EnvelopeEvent[] => {
  switch (command.type) {
    case 'ReserveCommitment':
      return reserve(command.data, state);
    case 'ReleaseCommitment':
      return release(command.data, state);
    default:
      return assertNever(command);
  }
};

const wholeCents = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidInput('AmountNotWholeCents', `${field} must be a whole, non-negative number of US cents`, field);
  }
  return value;
};

const reserve = (data: ReserveCommitment['data'], state: Envelope): EnvelopeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  const agreementVersion = positiveWholeNumber(data.agreementVersion, 'agreementVersion', 'AgreementVersionInvalid');
  const undpUsdMinor = positiveWholeNumber(data.undpUsdMinor, 'undpUsdMinor', 'AmountNotPositiveMinorUnits');
  const envelopeUsdMinor = positiveWholeNumber(data.envelopeUsdMinor, 'envelopeUsdMinor', 'AmountNotPositiveMinorUnits');
  const current = state.reservations[initiativeId];
  if (current && current.agreementVersion === agreementVersion && current.undpUsdMinor === undpUsdMinor) {
    // The handler re-runs a reservation whose agreement event failed to append: already done, nothing to add.
    return [];
  }
  if (current && agreementVersion <= current.agreementVersion) {
    throw conflict('AgreementVersionAlreadyReserved', `Version ${current.agreementVersion} of initiative ${initiativeId}'s agreement is already reserved`);
  }
  const currentUsdMinor = current?.undpUsdMinor ?? 0;
  if (undpUsdMinor < currentUsdMinor) {
    throw conflict('ReservationWouldLower', `Initiative ${initiativeId} has ${currentUsdMinor} US cents reserved: release what a lowered amendment frees instead`);
  }
  const changeUsdMinor = undpUsdMinor - currentUsdMinor;
  const reservedUsdMinor = state.reservedUsdMinor + changeUsdMinor;
  if (reservedUsdMinor > envelopeUsdMinor) {
    throw conflict(
      'EnvelopeExceeded',
      `Reserving ${changeUsdMinor} more US cents for initiative ${initiativeId} would commit ${reservedUsdMinor} of the programme's ${envelopeUsdMinor}`,
    );
  }
  return [{ type: 'CommitmentReserved', data: { programmeId, initiativeId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor, envelopeUsdMinor } }];
};

const release = (data: ReleaseCommitment['data'], state: Envelope): EnvelopeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  const agreementVersion = positiveWholeNumber(data.agreementVersion, 'agreementVersion', 'AgreementVersionInvalid');
  const undpUsdMinor = wholeCents(data.undpUsdMinor, 'undpUsdMinor');
  const current = state.reservations[initiativeId];
  if (!current) throw notFound('NothingReserved', `Nothing is reserved for initiative ${initiativeId}`);
  if (current.agreementVersion === agreementVersion && current.undpUsdMinor === undpUsdMinor) return [];
  if (agreementVersion <= current.agreementVersion) {
    throw conflict('AgreementVersionAlreadyReserved', `Version ${current.agreementVersion} of initiative ${initiativeId}'s agreement is already reserved`);
  }
  if (undpUsdMinor >= current.undpUsdMinor) {
    throw conflict('ReleaseWouldRaise', `Initiative ${initiativeId} has ${current.undpUsdMinor} US cents reserved: a release must lower it`);
  }
  const changeUsdMinor = current.undpUsdMinor - undpUsdMinor;
  return [
    { type: 'CommitmentReleased', data: { programmeId, initiativeId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor: state.reservedUsdMinor - changeUsdMinor } },
  ];
};

export const envelopeDecider: Decider<EnvelopeCommand, EnvelopeEvent, Envelope> = { initialState, evolve, decide };
