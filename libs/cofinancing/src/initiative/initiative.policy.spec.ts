import { authorize, identity, ROLES, type Identity, type Role } from '@makers/kernel';
import type { InitiativeCommand } from './initiative.commands';
import { acceptReport, INITIATIVE_ID, returnReport, sign, startedFromPriority, submitReport } from './initiative.fixtures';
import type { StartInitiativeFromAward } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import { initiativePolicy } from './initiative.policy';

const start: StartInitiativeFromAward = {
  type: 'StartInitiativeFromAward',
  data: {
    initiativeId: 'award-makers-call-2021-trebinje-park',
    programmeId: 'makers-bih',
    callId: 'makers-call-2021',
    proposalId: 'trebinje-park',
    municipalityId: 'trebinje',
    title: 'Park mladih Trebinje',
    amount: { amountMinor: 1_200_000, currency: 'USD' },
  },
};

const permitted = (command: InitiativeCommand, who: Identity, state = initiativeDecider.initialState): boolean => {
  try {
    authorize(initiativePolicy, command, state, who);
    return true;
  } catch {
    return false;
  }
};
const rolesPermitted = (command: InitiativeCommand, state = initiativeDecider.initialState, municipalityIds = ['gradacac']): Role[] =>
  ROLES.filter((role) => permitted(command, identity(`user:${role}`, [role], { municipalityIds }), state));

describe('who may start an initiative', () => {
  it('lets only programme managers and administrators (the award process acts as one) start it', () =>
    expect(rolesPermitted(start, initiativeDecider.initialState, [])).toEqual(['programme-manager', 'administrator']));
});

describe('who may handle an initiative’s agreement, tranches, disbursements and refunds', () => {
  const commands: InitiativeCommand[] = [
    sign(),
    { type: 'AmendAgreement', data: { initiativeId: INITIATIVE_ID, expectedAgreementVersion: 1, amendmentReference: 'a', amendedOn: '2021-06-01', parties: [], exchangeRates: [], reason: 'r' } },
    { type: 'DefineTrancheSchedule', data: { initiativeId: INITIATIVE_ID, expectedScheduleVersion: 0, tranches: [] } },
    { type: 'RequestDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', trancheId: 't1', amount: { amountMinor: 1, currency: 'USD' } } },
    { type: 'ApproveDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1' } },
    {
      type: 'PayDisbursement',
      data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', paymentReference: 'p', valueDate: '2021-09-03', exchangeRate: { currency: 'USD', usdPerUnit: { numerator: 1, denominator: 1 } } },
    },
    { type: 'RejectDisbursement', data: { initiativeId: INITIATIVE_ID, disbursementId: 'd1', reason: 'r' } },
    {
      type: 'RecordRefund',
      data: { initiativeId: INITIATIVE_ID, refundId: 'r1', partyId: 'undp', amount: { amountMinor: 1, currency: 'USD' }, valueDate: '2022-12-15', exchangeRate: { currency: 'USD', usdPerUnit: { numerator: 1, denominator: 1 } } },
    },
  ];

  it.each(commands.map((command) => [command.type, command] as const))('lets only programme managers and administrators %s', (_, command) =>
    expect(rolesPermitted(command)).toEqual(['programme-manager', 'administrator']));
});

describe('who may report on an initiative, review its reports and close it', () => {
  // Gradačac's initiative, as folded once started.
  const gradacacInitiative = initiativeDecider.evolve(initiativeDecider.initialState, startedFromPriority);

  it('lets programme managers, administrators and the municipality’s own officers submit a report', () =>
    expect(rolesPermitted(submitReport('interim'), gradacacInitiative)).toEqual(['programme-manager', 'municipal-officer', 'administrator']));

  it('refuses a report from an officer of another municipality', () =>
    expect(permitted(submitReport('interim'), identity('officer@modrica.ba', ['municipal-officer'], { municipalityIds: ['modrica'] }), gradacacInitiative)).toBe(false));

  it('refuses a municipal officer’s report on an initiative that has not started, whose municipality nobody knows yet', () =>
    expect(rolesPermitted(submitReport('interim'))).toEqual(['programme-manager', 'administrator']));

  it.each([acceptReport('interim'), returnReport('interim'), { type: 'CloseInitiative', data: { initiativeId: INITIATIVE_ID } } as InitiativeCommand].map((command) => [command.type, command] as const))(
    'lets only programme managers and administrators %s, not the municipality’s officers',
    (_, command) => expect(rolesPermitted(command, gradacacInitiative)).toEqual(['programme-manager', 'administrator']),
  );
});
