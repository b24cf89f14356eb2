import { given } from '@makers/kernel/testing';
import type { ReleaseCommitment, ReserveCommitment } from './envelope.commands';
import { envelopeDecider } from './envelope.decider';
import type { EnvelopeEvent } from './envelope.events';

/** USD 425,000: MAKERS' envelope for co-financing, in cents. */
const ENVELOPE = 42_500_000;

const reserve = (initiativeId: string, undpUsdMinor: number, agreementVersion = 1): ReserveCommitment => ({
  type: 'ReserveCommitment',
  data: { programmeId: 'makers-bih', initiativeId, agreementVersion, undpUsdMinor, envelopeUsdMinor: ENVELOPE },
});
const release = (initiativeId: string, undpUsdMinor: number, agreementVersion: number): ReleaseCommitment => ({
  type: 'ReleaseCommitment',
  data: { programmeId: 'makers-bih', initiativeId, agreementVersion, undpUsdMinor },
});
const reserved = (initiativeId: string, undpUsdMinor: number, changeUsdMinor: number, reservedUsdMinor: number, agreementVersion = 1): EnvelopeEvent => ({
  type: 'CommitmentReserved',
  data: { programmeId: 'makers-bih', initiativeId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor, envelopeUsdMinor: ENVELOPE },
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
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 7_000_000, 2)).then([reserved('initiative-1', 7_000_000, 2_000_000, 42_000_000, 2)]));

  it('refuses an amendment whose increase would take UNDP past the envelope', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 7_500_001, 2)).thenThrows('EnvelopeExceeded'));

  it('does nothing when the same agreement version is reserved again (a retried signing)', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 5_000_000)).then([]));

  it('refuses a second reservation for a version already reserved with another amount', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 6_000_000, 1)).thenThrows('AgreementVersionAlreadyReserved'));

  it('refuses to lower a reservation by reserving: that is a release', () =>
    given(envelopeDecider, eightSigned).when(reserve('initiative-1', 4_000_000, 2)).thenThrows('ReservationWouldLower'));

  it('refuses an amount that is not whole cents', () =>
    given(envelopeDecider).when(reserve('gradacac-skatepark', 10.5)).thenThrows({ code: 'BAD_USER_INPUT', field: 'undpUsdMinor' }));
});

describe('releasing what a lowered amendment frees', () => {
  it('gives the difference back to the envelope', () =>
    given(envelopeDecider, eightSigned)
      .when(release('initiative-1', 3_000_000, 2))
      .then([
        {
          type: 'CommitmentReleased',
          data: { programmeId: 'makers-bih', initiativeId: 'initiative-1', agreementVersion: 2, undpUsdMinor: 3_000_000, changeUsdMinor: 2_000_000, reservedUsdMinor: 38_000_000 },
        },
      ]));

  it('makes room for another initiative once released', () =>
    given(envelopeDecider, [
      ...eightSigned,
      {
        type: 'CommitmentReleased',
        data: { programmeId: 'makers-bih', initiativeId: 'initiative-1', agreementVersion: 2, undpUsdMinor: 3_000_000, changeUsdMinor: 2_000_000, reservedUsdMinor: 38_000_000 },
      },
    ])
      .when(reserve('initiative-9', 4_500_000))
      .then([reserved('initiative-9', 4_500_000, 4_500_000, ENVELOPE)]));

  it('refuses a release for an initiative with nothing reserved', () =>
    given(envelopeDecider, eightSigned).when(release('initiative-9', 1, 2)).thenThrows({ code: 'NOT_FOUND', rule: 'NothingReserved' }));

  it('refuses a release that would raise the reservation', () =>
    given(envelopeDecider, eightSigned).when(release('initiative-1', 6_000_000, 2)).thenThrows('ReleaseWouldRaise'));

  it('refuses a release for an agreement version already reserved', () =>
    given(envelopeDecider, eightSigned).when(release('initiative-1', 3_000_000, 1)).thenThrows('AgreementVersionAlreadyReserved'));
});
