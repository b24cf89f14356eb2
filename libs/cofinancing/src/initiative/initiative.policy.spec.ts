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

describe('who may handle an initiative’s agreement, tranches, disbursements and refunds', () => {
  const commands: InitiativeCommand[] = [
    sign(),
    { type: 'AmendAgreement', data: { initiativeId: INITIATIVE_ID, parties: [], exchangeRates: [], reason: 'r' } },
    { type: 'DefineTrancheSchedule', data: { initiativeId: INITIATIVE_ID, tranches: [] } },
    { type: 'RequestDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', trancheId: 't1', amount: { amountMinor: 1, currency: 'USD' } } },
    { type: 'ApproveDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', trancheConditionMet: true } },
    {
      type: 'PayDisbursement',
      data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', paymentReference: 'p', valueDate: '2021-09-03', exchangeRate: { currency: 'USD', usdPerUnit: { numerator: 1, denominator: 1 } } },
    },
    {
      type: 'RecordRefund',
      data: { initiativeId: INITIATIVE_ID, refundId: 'r1', partyId: 'undp', amount: { amountMinor: 1, currency: 'USD' }, valueDate: '2022-12-15', exchangeRate: { currency: 'USD', usdPerUnit: { numerator: 1, denominator: 1 } } },
    },
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
