import { authorize, identity, ROLES } from '@makers/kernel';
import type { InitiativeCommand } from './initiative.commands';
import { INITIATIVE_ID, sign } from './initiative.fixtures';
import type { StartInitiativeFromAward } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import { initiativePolicy } from './initiative.policy';

const start: StartInitiativeFromAward = {
  type: 'StartInitiativeFromAward',
  data: {
    initiativeId: 'award-makers-call-2021-trebinje-park',
    callId: 'makers-call-2021',
    proposalId: 'trebinje-park',
    municipalityId: 'trebinje',
    title: 'Park mladih Trebinje',
    amount: { amountMinor: 1_200_000, currency: 'USD' },
  },
};

describe('who may start an initiative', () => {
  it('lets only programme managers and administrators (the award process acts as one) start it', () => {
    const allowed = ROLES.filter((role) => {
      try {
        authorize(initiativePolicy, start, initiativeDecider.initialState, identity(`user:${role}`, [role]));
        return true;
      } catch {
        return false;
      }
    });
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });
});

describe('who may handle an initiative’s agreement and tranches', () => {
  const commands: InitiativeCommand[] = [
    sign(),
    { type: 'AmendAgreement', data: { initiativeId: INITIATIVE_ID, parties: [], exchangeRates: [], reason: 'r' } },
    { type: 'DefineTrancheSchedule', data: { initiativeId: INITIATIVE_ID, tranches: [] } },
  ];

  it.each(commands.map((command) => [command.type, command] as const))('lets only programme managers and administrators %s', (_, command) => {
    const allowed = ROLES.filter((role) => {
      try {
        authorize(initiativePolicy, command, initiativeDecider.initialState, identity(`user:${role}`, [role], { municipalityIds: ['gradacac'] }));
        return true;
      } catch {
        return false;
      }
    });
    expect(allowed).toEqual(['programme-manager', 'administrator']);
  });
});
