import { given } from '@makers/kernel/testing';
import type { DefineTrancheSchedule } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { TrancheInput } from './tranche-schedule';
import { amendment, INITIATIVE_ID, sign, startedFromPriority, tranchesScheduled, undp } from './initiative.fixtures';

const signed = initiativeDecider.decide(sign(), initiativeDecider.evolve(initiativeDecider.initialState, startedFromPriority), {
  now: new Date('2021-07-15T10:00:00Z'),
  actor: 'pm',
})[0];
const history = [startedFromPriority, signed];

const schedule = (...tranches: TrancheInput[]): DefineTrancheSchedule => tranchesScheduled(tranches);
/** The same, replacing the schedule in force, the first. */
const reschedule = (...tranches: TrancheInput[]): DefineTrancheSchedule => tranchesScheduled(tranches, 1);
const tranche = (trancheId: string, partyId: string, amount: TrancheInput['amount'], condition: TrancheInput['condition'] = null): TrancheInput => ({
  trancheId,
  partyId,
  amount,
  dueOn: '2021-09-01',
  condition,
});

describe('defining the tranche schedule', () => {
  it('schedules UNDP in two tranches, the second once the interim report is accepted', () =>
    given(initiativeDecider, history)
      .when(schedule(tranche('undp-1', 'undp', { percent: 60 }), tranche('undp-2', 'undp', { amountMinor: 800_000, currency: 'USD' }, 'interim-report-accepted')))
      .then([
        {
          type: 'TrancheScheduleDefined',
          data: {
            initiativeId: INITIATIVE_ID,
            scheduleVersion: 1,
            agreementVersion: 1,
            tranches: [
              { trancheId: 'undp-1', partyId: 'undp', amount: { amountMinor: 1_200_000, currency: 'USD' }, percent: 60, dueOn: '2021-09-01', condition: null },
              { trancheId: 'undp-2', partyId: 'undp', amount: { amountMinor: 800_000, currency: 'USD' }, percent: null, dueOn: '2021-09-01', condition: 'interim-report-accepted' },
            ],
          },
        },
      ]));

  it('refuses tranches that add up to more than the party committed', () =>
    given(initiativeDecider, history)
      .when(schedule(tranche('undp-1', 'undp', { percent: 60 }), tranche('undp-2', 'undp', { amountMinor: 800_001, currency: 'USD' })))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'TranchesExceedCommitment' }));

  it('schedules exactly the commitment when percentages add up to 100, cent by cent', () => {
    const [event] = initiativeDecider.decide(
      schedule(tranche('m-1', 'gradacac', { percent: 33 }), tranche('m-2', 'gradacac', { percent: 33 }), tranche('m-3', 'gradacac', { percent: 34 })),
      history.reduce(initiativeDecider.evolve, initiativeDecider.initialState),
      { now: new Date(), actor: 'pm' },
    );
    const amounts = event.type === 'TrancheScheduleDefined' ? event.data.tranches.map((t) => t.amount.amountMinor) : [];
    expect(amounts).toEqual([330_000, 330_000, 340_000]);
  });

  it('refuses a tranche in another currency than the party committed in', () =>
    given(initiativeDecider, history)
      .when(schedule(tranche('m-1', 'gradacac', { amountMinor: 100_000, currency: 'USD' })))
      .thenThrows({ rule: 'TrancheCurrencyMismatch', field: 'tranches[0].amount.currency' }));

  it('refuses a tranche for someone who is not a party', () =>
    given(initiativeDecider, history).when(schedule(tranche('x-1', 'sida', { percent: 50 }))).thenThrows('PartyNotInAgreement'));

  it('refuses tranches for an in-kind contribution: nothing is paid out', () =>
    given(initiativeDecider, history).when(schedule(tranche('v-1', 'volunteers', { percent: 50 }))).thenThrows('InKindHasNoTranches'));

  it('refuses a percentage above 100 or in fractions', () => {
    given(initiativeDecider, history).when(schedule(tranche('u-1', 'undp', { percent: 101 }))).thenThrows('PercentInvalid');
    given(initiativeDecider, history).when(schedule(tranche('u-1', 'undp', { percent: 12.5 }))).thenThrows('PercentInvalid');
  });

  it('refuses an unknown condition', () =>
    given(initiativeDecider, history)
      .when(schedule(tranche('u-1', 'undp', { percent: 50 }, 'mayor-agrees' as TrancheInput['condition'])))
      .thenThrows('TrancheConditionUnknown'));

  it('refuses a schedule before the agreement is signed', () =>
    given(initiativeDecider, [startedFromPriority]).when(schedule(tranche('u-1', 'undp', { percent: 50 }))).thenThrows('AgreementNotSigned'));

  describe('the schedule already in force, defined again', () => {
    const inForce = schedule(tranche('undp-1', 'undp', { percent: 60 }), tranche('undp-2', 'undp', { amountMinor: 800_000, currency: 'USD' }, 'interim-report-accepted'));
    const defined = initiativeDecider.decide(inForce, history.reduce(initiativeDecider.evolve, initiativeDecider.initialState), { now: new Date(), actor: 'pm' });

    it('is refused: it would record nothing new', () =>
      given(initiativeDecider, [...history, ...defined]).when(inForce).thenThrows({ code: 'CONFLICT', rule: 'ScheduleChangesNothing' }));

    it('is refused as changing nothing whichever schedule it expects to replace: a retry or a replayed seed reads it as done', () =>
      given(initiativeDecider, [...history, ...defined]).when(tranchesScheduled(inForce.data.tranches, 1)).thenThrows('ScheduleChangesNothing'));

    it('is refused when the recorded event’s keys come back from the store in another order', () => {
      const [event] = defined;
      const reordered = event.type === 'TrancheScheduleDefined' && {
        ...event,
        data: {
          tranches: event.data.tranches.map(({ condition, dueOn, percent, amount, partyId, trancheId }) => ({ condition, dueOn, percent, amount: { currency: amount.currency, amountMinor: amount.amountMinor }, partyId, trancheId })),
          agreementVersion: event.data.agreementVersion,
          scheduleVersion: event.data.scheduleVersion,
          initiativeId: event.data.initiativeId,
        },
      };
      given(initiativeDecider, [...history, reordered as typeof event]).when(inForce).thenThrows('ScheduleChangesNothing');
    });

    it('is recorded when a due date moves', () =>
      given(initiativeDecider, [...history, ...defined])
        .when(reschedule(tranche('undp-1', 'undp', { percent: 60 }), { ...tranche('undp-2', 'undp', { amountMinor: 800_000, currency: 'USD' }, 'interim-report-accepted'), dueOn: '2022-03-01' }))
        .then([{ type: 'TrancheScheduleDefined', data: expect.objectContaining({ agreementVersion: 1, scheduleVersion: 2 }) }]));

    it('is recorded when the same amount is given as a percent instead', () =>
      given(initiativeDecider, [...history, ...defined])
        .when(reschedule(tranche('undp-1', 'undp', { percent: 60 }), tranche('undp-2', 'undp', { percent: 40 }, 'interim-report-accepted')))
        .then([{ type: 'TrancheScheduleDefined', data: expect.objectContaining({ agreementVersion: 1 }) }]));

    it('is recorded under a later agreement version: the schedule still holds after the amendment', () => {
      const signedData = signed.type === 'AgreementSigned' ? signed.data : null;
      const raised = { ...undp, amount: { amountMinor: 2_500_000, currency: 'USD' as const } };
      const amended = initiativeDecider.decide(
        amendment({ parties: [raised, ...sign().data.parties.slice(1)], exchangeRates: signedData!.exchangeRates, reason: 'UNDP adds lighting' }),
        [...history, ...defined].reduce(initiativeDecider.evolve, initiativeDecider.initialState),
        { now: new Date(), actor: 'pm' },
      );
      // 60 % of the raised share is another amount, so keep the first tranche's amount as it was to change nothing but the version.
      given(initiativeDecider, [...history, ...defined, ...amended])
        .when(reschedule(tranche('undp-1', 'undp', { amountMinor: 1_200_000, currency: 'USD' }), tranche('undp-2', 'undp', { amountMinor: 800_000, currency: 'USD' }, 'interim-report-accepted')))
        .then([{ type: 'TrancheScheduleDefined', data: expect.objectContaining({ agreementVersion: 2, scheduleVersion: 2 }) }]);
    });
  });

  describe('defined by two people at once', () => {
    const first = initiativeDecider.decide(schedule(tranche('undp-1', 'undp', { percent: 100 })), history.reduce(initiativeDecider.evolve, initiativeDecider.initialState), {
      now: new Date(),
      actor: 'pm',
    });
    const second = initiativeDecider.decide(reschedule(tranche('undp-1', 'undp', { percent: 50 }), tranche('undp-2', 'undp', { percent: 50 })), [...history, ...first].reduce(initiativeDecider.evolve, initiativeDecider.initialState), {
      now: new Date(),
      actor: 'pm',
    });

    it('numbers the schedules 1, 2, … and keeps the number of the one in force', () => {
      expect([...first, ...second].map((event) => event.type === 'TrancheScheduleDefined' && event.data.scheduleVersion)).toEqual([1, 2]);
      const state = [...history, ...first, ...second].reduce(initiativeDecider.evolve, initiativeDecider.initialState);
      expect(state.status === 'started' && state.scheduleVersion).toBe(2);
    });

    it('refuses a schedule replacing one no longer in force: it would undo the schedule defined in between', () =>
      given(initiativeDecider, [...history, ...first, ...second])
        .when(reschedule(tranche('undp-1', 'undp', { percent: 30 }), tranche('undp-2', 'undp', { percent: 70 })))
        .thenThrows({ code: 'CONFLICT', rule: 'ScheduleVersionChanged' }));

    it.each([0, null])('refuses a first schedule (expecting %s) once there is one', (expected) =>
      given(initiativeDecider, [...history, ...first]).when(tranchesScheduled([tranche('undp-1', 'undp', { percent: 40 })], expected)).thenThrows('ScheduleVersionChanged'));

    it('takes null as "no schedule yet", like 0', () =>
      given(initiativeDecider, history)
        .when(tranchesScheduled([tranche('undp-1', 'undp', { percent: 40 })], null))
        .then([{ type: 'TrancheScheduleDefined', data: expect.objectContaining({ scheduleVersion: 1 }) }]));

    it('refuses an expected schedule that is not a number of one', () =>
      given(initiativeDecider, history)
        .when(tranchesScheduled([tranche('undp-1', 'undp', { percent: 40 })], -1))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'ScheduleVersionInvalid', field: 'expectedScheduleVersion' }));

    it('counts a schedule recorded before schedules were numbered as the next one', () => {
      const [event] = first;
      const unnumbered = event.type === 'TrancheScheduleDefined' ? { ...event, data: { ...event.data, scheduleVersion: undefined } } : event;
      given(initiativeDecider, [...history, unnumbered])
        .when(reschedule(tranche('undp-1', 'undp', { percent: 30 })))
        .then([{ type: 'TrancheScheduleDefined', data: expect.objectContaining({ scheduleVersion: 2 }) }]);
    });
  });

  it('refuses an amendment that cuts a party below its scheduled tranches', () => {
    const scheduled = initiativeDecider.decide(schedule(tranche('u-1', 'undp', { percent: 100 })), history.reduce(initiativeDecider.evolve, initiativeDecider.initialState), {
      now: new Date(),
      actor: 'pm',
    })[0];
    const cut = { ...undp, amount: { amountMinor: 1_500_000, currency: 'USD' as const } };
    const signedData = signed.type === 'AgreementSigned' ? signed.data : null;
    given(initiativeDecider, [...history, scheduled])
      .when(amendment({ parties: [cut, ...sign().data.parties.slice(1)], exchangeRates: signedData!.exchangeRates, reason: 'UNDP budget revision' }))
      .thenThrows('AmendmentBelowScheduledTranches');
  });
});
