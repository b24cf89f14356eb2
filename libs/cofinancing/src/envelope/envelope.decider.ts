import { assertNever, conflict, identifier, invalidInput, positiveWholeNumber, requiredName, type CommandContext, type Decider } from '@makers/kernel';
import type { AgreementCommitment, CancelReservation, EnvelopeCommand, ReleaseCommitment, ReserveCommitment } from './envelope.commands';
import type { EnvelopeEvent } from './envelope.events';

/** UNDP's commitment to one initiative under one agreement version, in US cents. */
export type Reservation = AgreementCommitment;

/** A reservation made before its agreement version was appended, named by the command that made it. */
export type Hold = Reservation & { reservationId: string };

/**
 * What the envelope knows of one initiative: the agreement version last settled as in force, and the holds made since,
 * some of whose agreements have landed (a raise is not settled again when it changes nothing), some may still land, and
 * some never will (their command was refused, or died, before cancelling them).
 */
export type InitiativeReservations = { inForce: Reservation | null; holds: readonly Hold[] };

/**
 * The folded envelope stream: each initiative's reservations and the reserved total, in US cents. The envelope holds for
 * an initiative the most any of them could commit (`reservedFor`): a hold counts until it is cancelled or settled, so an
 * agreement appended under any of them is always covered, and money a lowering amendment frees counts as free only once
 * that amendment is in force.
 */
export type Envelope = { reservations: Readonly<Record<string, InitiativeReservations>>; reservedUsdMinor: number };

export const initialState: Envelope = { reservations: {}, reservedUsdMinor: 0 };

const NOTHING: InitiativeReservations = { inForce: null, holds: [] };

const heldBy = ({ inForce, holds }: InitiativeReservations): number => Math.max(inForce?.undpUsdMinor ?? 0, ...holds.map((hold) => hold.undpUsdMinor));

/** What the envelope holds for an initiative: the largest of its agreement in force and its holds. */
export const reservedFor = (envelope: Envelope, initiativeId: string): number => heldBy(envelope.reservations[initiativeId] ?? NOTHING);

/** A version settled after (or as) the one last settled; an older one was overtaken while it was being settled. */
const isNewer = (settled: Reservation, inForce: Reservation | null): boolean => inForce === null || settled.agreementVersion >= inForce.agreementVersion;

/** Once `settled` is in force, holds under it or an older version can no longer land. */
const settleOn = ({ inForce, holds }: InitiativeReservations, settled: Reservation): InitiativeReservations => ({
  inForce: isNewer(settled, inForce) ? settled : inForce,
  holds: holds.filter((hold) => hold.agreementVersion > settled.agreementVersion),
});

export const evolve = (state: Envelope, event: EnvelopeEvent): Envelope => {
  const { initiativeId, reservedUsdMinor } = event.data;
  const current = state.reservations[initiativeId] ?? NOTHING;
  const next = (reservations: InitiativeReservations): Envelope => ({ reservations: { ...state.reservations, [initiativeId]: reservations }, reservedUsdMinor });
  switch (event.type) {
    case 'CommitmentReserved': {
      const { reservationId, agreementVersion, undpUsdMinor } = event.data;
      // Recorded before holds were named, a reservation stood for the agreement in force.
      if (reservationId === undefined) return next({ inForce: { agreementVersion, undpUsdMinor }, holds: [] });
      return next({ ...current, holds: [...current.holds.filter((hold) => hold.reservationId !== reservationId), { reservationId, agreementVersion, undpUsdMinor }] });
    }
    case 'CommitmentReleased': {
      const { agreementVersion, undpUsdMinor } = event.data;
      return next(settleOn(current, { agreementVersion, undpUsdMinor }));
    }
    case 'ReservationCancelled':
      return next({ ...current, holds: current.holds.filter((hold) => hold.reservationId !== event.data.reservationId) });
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
    case 'CancelReservation':
      return cancel(command.data, state);
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

const commitmentOf = (value: { agreementVersion: unknown; undpUsdMinor: unknown }, field: string): Reservation => ({
  agreementVersion: positiveWholeNumber(value.agreementVersion, `${field}.agreementVersion`, 'AgreementVersionInvalid'),
  undpUsdMinor: wholeCents(value.undpUsdMinor, `${field}.undpUsdMinor`),
});

/**
 * The envelope settled on the agreement in force: what it held for the initiative above that is given back. Nothing is
 * recorded when that changes nothing: neither what the envelope holds nor what it would hold, once the holds still
 * pending are cancelled (a raise whose own hold already holds its amount is not recorded again).
 */
const settle = (programmeId: string, initiativeId: string, settled: Reservation, state: Envelope): EnvelopeEvent[] => {
  const current = state.reservations[initiativeId] ?? NOTHING;
  const next = settleOn(current, settled);
  const before = heldBy(current);
  const after = heldBy(next);
  // What the envelope takes to be in force as of that version (the last settled, or a hold since that landed) must be it.
  const heldUnderIt = isNewer(settled, current.inForce)
    ? heldBy({ inForce: current.inForce, holds: current.holds.filter((hold) => hold.agreementVersion <= settled.agreementVersion) })
    : settled.undpUsdMinor;
  if (after === before && heldUnderIt === settled.undpUsdMinor) return [];
  // A hold precedes every raise, so the envelope never holds less than the agreement in force.
  if (after > before) {
    throw conflict('ReleaseWouldRaise', `The envelope holds ${before} US cents for initiative ${initiativeId}, less than the ${settled.undpUsdMinor} in force: only a reservation raises it`);
  }
  const changeUsdMinor = before - after;
  return [{ type: 'CommitmentReleased', data: { programmeId, initiativeId, ...settled, changeUsdMinor, reservedUsdMinor: state.reservedUsdMinor - changeUsdMinor } }];
};

const reserve = (data: ReserveCommitment['data'], state: Envelope): EnvelopeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  const reservationId = identifier(data.reservationId, 'reservationId');
  const agreementVersion = positiveWholeNumber(data.agreementVersion, 'agreementVersion', 'AgreementVersionInvalid');
  const undpUsdMinor = positiveWholeNumber(data.undpUsdMinor, 'undpUsdMinor', 'AmountNotPositiveMinorUnits');
  const envelopeUsdMinor = positiveWholeNumber(data.envelopeUsdMinor, 'envelopeUsdMinor', 'AmountNotPositiveMinorUnits');
  const inForce = data.agreementInForce === null ? null : commitmentOf(data.agreementInForce, 'agreementInForce');
  if (agreementVersion <= (inForce?.agreementVersion ?? 0)) {
    throw invalidInput('AgreementVersionInvalid', `A reservation is for a version after the one in force (${inForce?.agreementVersion})`, 'agreementVersion');
  }
  if (undpUsdMinor < (inForce?.undpUsdMinor ?? 0)) {
    throw conflict('ReservationWouldLower', `Initiative ${initiativeId} has ${inForce?.undpUsdMinor} US cents in force: a lowering amendment is released once appended`);
  }
  // Holds the agreement in force has made moot are settled first, in the same append: what they free may make room.
  const settling = inForce ? settle(programmeId, initiativeId, inForce, state) : [];
  const settled = settling.reduce(evolve, state);
  const own = settled.reservations[initiativeId]?.holds.find((hold) => hold.reservationId === reservationId);
  if (own && own.agreementVersion === agreementVersion && own.undpUsdMinor === undpUsdMinor) {
    // The handler decides its agreement again after another writer changed the initiative: its hold already stands.
    return settling;
  }
  if (own) throw conflict('ReservationAlreadyMade', `Reservation ${reservationId} already holds version ${own.agreementVersion} of initiative ${initiativeId}'s agreement`);
  const before = reservedFor(settled, initiativeId);
  const changeUsdMinor = Math.max(before, undpUsdMinor) - before;
  const reservedUsdMinor = settled.reservedUsdMinor + changeUsdMinor;
  if (changeUsdMinor > 0 && reservedUsdMinor > envelopeUsdMinor) {
    throw conflict(
      'EnvelopeExceeded',
      `Reserving ${changeUsdMinor} more US cents for initiative ${initiativeId} would commit ${reservedUsdMinor} of the programme's ${envelopeUsdMinor}`,
    );
  }
  return [
    ...settling,
    { type: 'CommitmentReserved', data: { programmeId, initiativeId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor, envelopeUsdMinor, reservationId } },
  ];
};

const release = (data: ReleaseCommitment['data'], state: Envelope): EnvelopeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  return settle(programmeId, initiativeId, commitmentOf(data, 'data'), state);
};

const cancel = (data: CancelReservation['data'], state: Envelope): EnvelopeEvent[] => {
  const programmeId = identifier(data.programmeId, 'programmeId');
  const initiativeId = identifier(data.initiativeId, 'initiativeId');
  const reservationId = identifier(data.reservationId, 'reservationId');
  const reason = requiredName(data.reason, 'reason');
  const current = state.reservations[initiativeId] ?? NOTHING;
  const hold = current.holds.find((candidate) => candidate.reservationId === reservationId);
  // Settled already (a version at least as recent is in force) or never made: nothing left to undo.
  if (!hold) return [];
  const changeUsdMinor = heldBy(current) - heldBy({ ...current, holds: current.holds.filter((candidate) => candidate !== hold) });
  const { agreementVersion, undpUsdMinor } = hold;
  return [
    {
      type: 'ReservationCancelled',
      data: { programmeId, initiativeId, reservationId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor: state.reservedUsdMinor - changeUsdMinor, reason },
    },
  ];
};

export const envelopeDecider: Decider<EnvelopeCommand, EnvelopeEvent, Envelope> = { initialState, evolve, decide };
