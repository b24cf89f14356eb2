import { authorize, identity, ROLES } from '@makers/kernel';
import type { EnvelopeCommand } from './envelope.commands';
import { envelopeDecider } from './envelope.decider';
import { envelopePolicy } from './envelope.policy';

describe('who may reserve, release and cancel against the envelope', () => {
  const commands: EnvelopeCommand[] = [
    {
      type: 'ReserveCommitment',
      data: { programmeId: 'makers-bih', initiativeId: 'i', reservationId: 'r', agreementVersion: 1, undpUsdMinor: 1, envelopeUsdMinor: 42_500_000, agreementInForce: null },
    },
    { type: 'ReleaseCommitment', data: { programmeId: 'makers-bih', initiativeId: 'i', agreementVersion: 2, undpUsdMinor: 0 } },
    { type: 'CancelReservation', data: { programmeId: 'makers-bih', initiativeId: 'i', reservationId: 'r', reason: 'InitiativeClosed' } },
  ];

  it.each(commands.map((command) => [command.type, command] as const))('lets only programme managers and administrators %s', (_, command) => {
    const allowed = ROLES.filter((role) => {
      try {
        authorize(envelopePolicy, command, envelopeDecider.initialState, identity(`user:${role}`, [role]));
        return true;
      } catch {
        return false;
      }
    });
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });
});
