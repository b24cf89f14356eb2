import { authorize, identity, ROLES } from '@makers/kernel';
import type { EnvelopeCommand } from './envelope.commands';
import { envelopeDecider } from './envelope.decider';
import { envelopePolicy } from './envelope.policy';

describe('who may reserve and release against the envelope', () => {
  const commands: EnvelopeCommand[] = [
    { type: 'ReserveCommitment', data: { programmeId: 'makers-bih', initiativeId: 'i', agreementVersion: 1, undpUsdMinor: 1, envelopeUsdMinor: 42_500_000 } },
    { type: 'ReleaseCommitment', data: { programmeId: 'makers-bih', initiativeId: 'i', agreementVersion: 2, undpUsdMinor: 0 } },
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
