import { fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { AgreementCommitment, CancelReservation, ReleaseCommitment, ReserveCommitment } from './envelope.commands';
import { envelopeDecider, reservedFor } from './envelope.decider';
import type { EnvelopeEvent } from './envelope.events';

/** USD 425,000: MAKERS' envelope for co-financing, in cents. */
const ENVELOPE = 42_500_000;
const programmeId = 'makers-bih';

type Hold = { version?: number; reservationId?: string };
const idOf = (initiativeId: string, { version = 1, reservationId }: Hold) => reservationId ?? `${initiativeId}-v${version}`;
const inForce = (agreementVersion: number, undpUsdMinor: number): AgreementCommitment => ({ agreementVersion, undpUsdMinor });

const reserve = (initiativeId: string, undpUsdMinor: number, agreementInForce: AgreementCommitment | null = null, hold: Hold = {}): ReserveCommitment => ({
  type: 'ReserveCommitment',
  data: {
    programmeId,
    initiativeId,
    reservationId: idOf(initiativeId, { version: (agreementInForce?.agreementVersion ?? 0) + 1, ...hold }),
    agreementVersion: hold.version ?? (agreementInForce?.agreementVersion ?? 0) + 1,
    undpUsdMinor,
    envelopeUsdMinor: ENVELOPE,
    agreementInForce,
  },
});
const reserved = (initiativeId: string, undpUsdMinor: number, changeUsdMinor: number, reservedUsdMinor: number, hold: Hold = {}): EnvelopeEvent => ({
  type: 'CommitmentReserved',
  data: {
    programmeId,
    initiativeId,
    agreementVersion: hold.version ?? 1,
    undpUsdMinor,
    changeUsdMinor,
    reservedUsdMinor,
    envelopeUsdMinor: ENVELOPE,
    reservationId: idOf(initiativeId, hold),
  },
});
const release = (initiativeId: string, undpUsdMinor: number, agreementVersion: number): ReleaseCommitment => ({
  type: 'ReleaseCommitment',
  data: { programmeId, initiativeId, agreementVersion, undpUsdMinor },
});
const released = (initiativeId: string, undpUsdMinor: number, agreementVersion: number, changeUsdMinor: number, reservedUsdMinor: number): EnvelopeEvent => ({
  type: 'CommitmentReleased',
  data: { programmeId, initiativeId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor },
});
const cancel = (initiativeId: string, reservationId: string, reason = 'InitiativeClosed'): CancelReservation => ({
  type: 'CancelReservation',
  data: { programmeId, initiativeId, reservationId, reason },
});
const cancelled = (initiativeId: string, reservationId: string, [agreementVersion, undpUsdMinor]: [number, number], changeUsdMinor: number, reservedUsdMinor: number, reason = 'InitiativeClosed'): EnvelopeEvent => ({
  type: 'ReservationCancelled',
  data: { programmeId, initiativeId, reservationId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor, reason },
});

// Eight initiatives of USD 50,000 each: USD 400,000 of the 425,000 committed.
const eightSigned = Array.from({ length: 8 }, (_, index) => reserved(`initiative-${index + 1}`, 5_000_000, 5_000_000, 5_000_000 * (index + 1)));

describe('reserving UNDP’s commitments against the programme envelope', () => {
  it('reserves UNDP’s share of a signed agreement', () =>
    given(envelopeDecider).when(reserve('gradacac-skatepark', 2_000_000)).then([reserved('gradacac-skatepark', 2_000_000, 2_000_000, 2_000_000)]));

  it('reserves up to exactly the USD 425,000 envelope', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-9', 2_500_000)).then([reserved('initiative-9', 2_500_000, 2_500_000, ENVELOPE)]));

  it('refuses a reservation that would take UNDP past the USD 425,000 envelope', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-9', 2_500_001)).thenThrows({ code: 'CONFLICT', rule: 'EnvelopeExceeded' }));

  it('reserves only the increase when an amendment raises UNDP’s share', () =>
    given(envelopeDecider, eightSigned)
      .when(reserve('initiative-1', 7_000_000, inForce(1, 5_000_000)))
      .then([reserved('initiative-1', 7_000_000, 2_000_000, 42_000_000, { version: 2 })]));

  it('refuses an amendment whose increase would take UNDP past the envelope', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 7_500_001, inForce(1, 5_000_000))).thenThrows('EnvelopeExceeded'));

  it('does nothing when the same reservation is made again (the agreement decided again after another change to the initiative)', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 5_000_000)).then([]));

  it('refuses to lower a reservation by reserving: a lowering amendment is released once it is in force', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 4_000_000, inForce(1, 5_000_000))).thenThrows('ReservationWouldLower'));

  it('refuses a reservation for a version that is not after the one in force', () =>
    given(envelopeDecider, eightSigned)
      .when(reserve('initiative-1', 6_000_000, inForce(1, 5_000_000), { version: 1, reservationId: 'late' }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'AgreementVersionInvalid' }));

  it('refuses an amount that is not whole cents', () =>
    given(envelopeDecider).when(reserve('gradacac-skatepark', 10.5)).thenThrows({ code: 'BAD_USER_INPUT', field: 'undpUsdMinor' }));

  it('holds a second amendment of the same version on its own, adding nothing when another already holds as much', () =>
    given(envelopeDecider, [reserved('a', 3_000_000, 3_000_000, 3_000_000), reserved('a', 4_000_000, 1_000_000, 4_000_000, { version: 2, reservationId: 'first' })])
      .when(reserve('a', 4_000_000, inForce(1, 3_000_000), { reservationId: 'second' }))
      .then([reserved('a', 4_000_000, 0, 4_000_000, { version: 2, reservationId: 'second' })]));

  it('keeps the larger hold when two amendments of the same version are pending: either may be appended', () =>
    given(envelopeDecider, [reserved('a', 3_000_000, 3_000_000, 3_000_000), reserved('a', 4_000_000, 1_000_000, 4_000_000, { version: 2, reservationId: 'first' })])
      .when(reserve('a', 3_500_000, inForce(1, 3_000_000), { reservationId: 'second' }))
      .then([reserved('a', 3_500_000, 0, 4_000_000, { version: 2, reservationId: 'second' })]));
});

describe('a reservation whose agreement was never appended (a crash between the two)', () => {
  const crashed = reserved('a', 2_000_000, 2_000_000, 2_000_000, { reservationId: 'crashed' });

  it('lets the signing be retried with a higher UNDP share, reserving the difference', () =>
    given(envelopeDecider, [crashed]).when(reserve('a', 2_500_000, null, { reservationId: 'retry' })).then([reserved('a', 2_500_000, 500_000, 2_500_000, { reservationId: 'retry' })]));

  it('lets the signing be retried with a lower UNDP share, holding the crashed one until the retry is appended', () =>
    given(envelopeDecider, [crashed]).when(reserve('a', 1_500_000, null, { reservationId: 'retry' })).then([reserved('a', 1_500_000, 0, 2_000_000, { reservationId: 'retry' })]));

  it('gives back what the crashed reservation held above the signing once it is appended', () =>
    given(envelopeDecider, [crashed, reserved('a', 1_500_000, 0, 2_000_000, { reservationId: 'retry' })])
      .when(release('a', 1_500_000, 1))
      .then([released('a', 1_500_000, 1, 500_000, 1_500_000)]));

  it('settles holds the agreement in force made moot before holding more, in the same decision', () =>
    given(envelopeDecider, [
      reserved('a', 3_000_000, 3_000_000, 3_000_000),
      reserved('a', 4_000_000, 1_000_000, 4_000_000, { version: 2, reservationId: 'crashed' }),
      reserved('a', 3_500_000, 0, 4_000_000, { version: 2, reservationId: 'appended' }),
    ])
      .when(reserve('a', 5_000_000, inForce(2, 3_500_000)))
      .then([released('a', 3_500_000, 2, 500_000, 3_500_000), reserved('a', 5_000_000, 1_500_000, 5_000_000, { version: 3 })]));
});

describe('releasing what a lowered amendment frees, once it is in force', () => {
  it('gives the difference back to the envelope', () =>
    given(envelopeDecider, eightSigned).when(release('initiative-1', 3_000_000, 2)).then([released('initiative-1', 3_000_000, 2, 2_000_000, 38_000_000)]));

  it('makes room for another initiative once released', () =>
    given(envelopeDecider, [...eightSigned, released('initiative-1', 3_000_000, 2, 2_000_000, 38_000_000)])
      .when(reserve('initiative-9', 4_500_000))
      .then([reserved('initiative-9', 4_500_000, 4_500_000, ENVELOPE)]));

  it('records nothing when a raise is appended whose own reservation already holds it', () =>
    given(envelopeDecider, [...eightSigned, reserved('initiative-1', 7_000_000, 2_000_000, 42_000_000, { version: 2 })]).when(release('initiative-1', 7_000_000, 2)).then([]));

  it('records a lowering that frees nothing yet, because a later raise is pending, so that cancelling that raise frees it', () => {
    const history = [
      reserved('a', 3_000_000, 3_000_000, 3_000_000),
      reserved('a', 4_500_000, 1_500_000, 4_500_000, { version: 3, reservationId: 'pending' }),
      released('a', 1_000_000, 2, 0, 4_500_000),
    ];
    given(envelopeDecider, history.slice(0, 2)).when(release('a', 1_000_000, 2)).then([history[2]]);
    given(envelopeDecider, history).when(cancel('a', 'pending')).then([cancelled('a', 'pending', [3, 4_500_000], 3_500_000, 1_000_000)]);
  });

  it('refuses a release that would raise what the envelope holds', () =>
    given(envelopeDecider, eightSigned).when(release('initiative-9', 1_000_000, 1)).thenThrows({ code: 'CONFLICT', rule: 'ReleaseWouldRaise' }));

  it('settles a reservation recorded before reservations were named as the agreement in force', () =>
    given(envelopeDecider, [{ type: 'CommitmentReserved', data: { programmeId, initiativeId: 'a', agreementVersion: 1, undpUsdMinor: 3_000_000, changeUsdMinor: 3_000_000, reservedUsdMinor: 3_000_000, envelopeUsdMinor: ENVELOPE } }])
      .when(release('a', 1_000_000, 2))
      .then([released('a', 1_000_000, 2, 2_000_000, 1_000_000)]));
});

describe('cancelling a reservation whose agreement was not appended', () => {
  const raised = reserved('initiative-1', 7_000_000, 2_000_000, 42_000_000, { version: 2, reservationId: 'amendment' });

  it('gives back what the reservation added', () =>
    given(envelopeDecider, [...eightSigned, raised]).when(cancel('initiative-1', 'amendment')).then([cancelled('initiative-1', 'amendment', [2, 7_000_000], 2_000_000, 40_000_000)]));

  it('gives back nothing when another pending reservation of the initiative holds as much', () =>
    given(envelopeDecider, [...eightSigned, raised, reserved('initiative-1', 7_000_000, 0, 42_000_000, { version: 2, reservationId: 'other' })])
      .when(cancel('initiative-1', 'amendment', 'AmendmentChangesNothing'))
      .then([cancelled('initiative-1', 'amendment', [2, 7_000_000], 0, 42_000_000, 'AmendmentChangesNothing')]));

  it('does nothing when a version at least as recent was settled meanwhile', () =>
    given(envelopeDecider, [...eightSigned, raised, released('initiative-1', 3_000_000, 2, 4_000_000, 38_000_000)]).when(cancel('initiative-1', 'amendment')).then([]));

  it('does nothing for a reservation never made', () => given(envelopeDecider, eightSigned).when(cancel('initiative-1', 'unknown')).then([]));

  it('refuses a cancellation without a reason', () =>
    given(envelopeDecider, [...eightSigned, raised]).when(cancel('initiative-1', 'amendment', '')).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' }));

  it('leaves the reserved total the sum of what the envelope holds for each initiative', () => {
    const history = [...eightSigned, raised, cancelled('initiative-1', 'amendment', [2, 7_000_000], 2_000_000, 40_000_000)];
    const envelope = fold(envelopeDecider, history);
    const perInitiative = Array.from({ length: 8 }, (_, index) => reservedFor(envelope, `initiative-${index + 1}`));
    expect(perInitiative.reduce((sum, held) => sum + held, 0)).toBe(envelope.reservedUsdMinor);
    expect(envelope.reservedUsdMinor).toBe(40_000_000);
  });
});
