import { fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { InitiativeCommand } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeEvent, ReportSubmitted } from './initiative.events';
import {
  acceptReport,
  amendment,
  at,
  decided,
  gradacac,
  INITIATIVE_ID,
  reportContent,
  returnReport,
  sign,
  startedFromPriority,
  submitReport,
  undp,
} from './initiative.fixtures';
import { trancheConditionMet } from './reports';

const OFFICER = 'emina.officer@gradacac.ba';
const MANAGER = 'programme.manager@undp.org';
const SECOND_MANAGER = 'second.manager@undp.org';
const SUBMITTED_AT = '2021-09-01T08:00:00.000Z';

/** Started and signed, then each step decided in turn. */
const signedThen = (...steps: [InitiativeCommand, string][]): InitiativeEvent[] => decided([startedFromPriority], [sign(), MANAGER], ...steps);

const submitted = (reportId: string, version = 1, kind: 'progress' | 'final' = 'progress', submittedBy = OFFICER): ReportSubmitted => ({
  type: 'ReportSubmitted',
  data: { initiativeId: INITIATIVE_ID, reportId, kind, version, ...reportContent, submittedBy, submittedAt: SUBMITTED_AT },
});

describe('submitting a report', () => {
  it('records a progress report as its first version, with who submitted it and when', () =>
    given(initiativeDecider, signedThen()).when(submitReport('interim'), at(OFFICER)).then([submitted('interim')]));

  it('accepts an early report with nobody reached yet, nothing spent and no volunteer time', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'progress', { beneficiaries: [], spending: [], volunteerMinutes: 0 }), at(OFFICER))
      .then([{ ...submitted('interim'), data: { ...submitted('interim').data, beneficiaries: [], spending: [], volunteerMinutes: 0 } }]));

  it('accepts a period of a single day', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'progress', { periodStart: '2021-12-31', periodEnd: '2021-12-31' }), at(OFFICER))
      .then([{ ...submitted('interim'), data: { ...submitted('interim').data, periodStart: '2021-12-31', periodEnd: '2021-12-31' } }]));

  it('refuses a report on an initiative that has not started', () =>
    given(initiativeDecider).when(submitReport('interim'), at(OFFICER)).thenThrows({ code: 'NOT_FOUND', rule: 'InitiativeNotFound' }));

  it('refuses a report before the agreement is signed', () =>
    given(initiativeDecider, [startedFromPriority]).when(submitReport('interim'), at(OFFICER)).thenThrows({ code: 'CONFLICT', rule: 'AgreementNotSigned' }));

  it('refuses a kind of report other than progress or final', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'interim' as 'progress'), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'ReportKindUnknown', field: 'kind' }));

  it('refuses a period that ends before it starts', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'progress', { periodStart: '2021-12-31', periodEnd: '2021-07-15' }), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'ReportPeriodInvalid', field: 'periodEnd' }));

  it('refuses a period on a date the calendar does not have', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'progress', { periodStart: '2021-02-30' }), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'DateInvalid', field: 'periodStart' }));

  it('refuses a report without a narrative', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'progress', { narrative: ' \n ' }), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'narrative' }));

  it('keeps a long narrative of up to 10,000 characters, as a final report tells the whole initiative', () => {
    const narrative = 'Mladi iz Gradačca su gradili skejt park. '.repeat(250).slice(0, 10_000);
    given(initiativeDecider, signedThen())
      .when(submitReport('final', 'final', { narrative }), at(OFFICER))
      .then([{ ...submitted('final', 1, 'final'), data: { ...submitted('final', 1, 'final').data, narrative: narrative.trim() } }]);
  });

  it('refuses a narrative longer than 10,000 characters', () =>
    given(initiativeDecider, signedThen())
      .when(submitReport('final', 'final', { narrative: 'a'.repeat(10_001) }), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'TooLong', field: 'narrative' }));

  describe('beneficiaries, by sex and age group', () => {
    const withBeneficiaries = (beneficiaries: unknown) => submitReport('interim', 'progress', { beneficiaries });

    it('refuses beneficiaries that are not a list', () =>
      given(initiativeDecider, signedThen())
        .when(withBeneficiaries({ female: 48 }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'BeneficiariesInvalid', field: 'beneficiaries' }));

    it('refuses a sex the people register does not know', () =>
      given(initiativeDecider, signedThen())
        .when(withBeneficiaries([{ sex: 'f', ageGroup: '15-30', count: 1 }]), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'SexUnknown', field: 'beneficiaries[0].sex' }));

    it('refuses an age group other than the youth-law groups', () =>
      given(initiativeDecider, signedThen())
        .when(withBeneficiaries([{ sex: 'female', ageGroup: '15-30', count: 1 }, { sex: 'male', ageGroup: '18-25', count: 1 }]), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'AgeGroupUnknown', field: 'beneficiaries[1].ageGroup' }));

    it.each([[-1], [2.5], [Number.MAX_SAFE_INTEGER + 1], ['12']])('refuses a count of %p people', (count) =>
      given(initiativeDecider, signedThen())
        .when(withBeneficiaries([{ sex: 'female', ageGroup: '15-30', count }]), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'BeneficiaryCountInvalid', field: 'beneficiaries[0].count' }));

    it('refuses the same sex and age group counted twice', () =>
      given(initiativeDecider, signedThen())
        .when(withBeneficiaries([...reportContent.beneficiaries, { sex: 'male', ageGroup: '15-30', count: 3 }]), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'BeneficiaryGroupRepeated', field: 'beneficiaries[3]' }));
  });

  it.each([[-60], [90.5], [null]])('refuses %p volunteer minutes', (volunteerMinutes) =>
    given(initiativeDecider, signedThen())
      .when(submitReport('interim', 'progress', { volunteerMinutes }), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'VolunteerMinutesInvalid', field: 'volunteerMinutes' }));

  describe('spending, by party of the agreement in force', () => {
    const withSpending = (...spending: unknown[]) => submitReport('interim', 'progress', { spending });
    const USD = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

    it('refuses spending that is not a list', () =>
      given(initiativeDecider, signedThen())
        .when(submitReport('interim', 'progress', { spending: 'radovi' }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'SpendingInvalid', field: 'spending' }));

    it('refuses spending by someone who is not a party to the agreement', () =>
      given(initiativeDecider, signedThen())
        .when(withSpending({ partyId: 'eu-delegation', category: 'Oprema', amount: USD(100) }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'PartyNotInAgreement', field: 'spending[0].partyId' }));

    it('refuses spending by a party the amendment in force dropped', () =>
      given(
        initiativeDecider,
        signedThen([amendment({ parties: [undp, gradacac], reason: 'Volonteri se povukli' }), MANAGER]),
      )
        .when(withSpending({ partyId: 'volunteers', category: 'Rad', amount: { amountMinor: 100, currency: 'BAM' } }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'PartyNotInAgreement', field: 'spending[0].partyId' }));

    it('refuses spending without a category', () =>
      given(initiativeDecider, signedThen())
        .when(withSpending({ partyId: 'undp', category: '', amount: USD(100) }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'spending[0].category' }));

    it('refuses spending of nothing', () =>
      given(initiativeDecider, signedThen())
        .when(withSpending({ partyId: 'undp', category: 'Oprema', amount: USD(0) }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'AmountNotPositiveMinorUnits', field: 'spending[0].amount.amountMinor' }));

    it('refuses spending in another currency than the party committed in', () =>
      given(initiativeDecider, signedThen())
        .when(withSpending({ partyId: 'undp', category: 'Oprema', amount: USD(100) }, { partyId: 'gradacac', category: 'Oprema', amount: USD(100) }), at(OFFICER))
        .thenThrows({ code: 'BAD_USER_INPUT', rule: 'SpendingCurrencyMismatch', field: 'spending[1].amount.currency' }));
  });
});

describe('resubmitting a report', () => {
  it('records a returned report, resubmitted under the same id, as its next version', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER], [returnReport('interim'), MANAGER]))
      .when(submitReport('interim'), at(OFFICER))
      .then([submitted('interim', 2)]));

  it('refuses a resubmission while the report awaits review', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER])).when(submitReport('interim'), at(OFFICER)).thenThrows({ code: 'CONFLICT', rule: 'ReportAwaitingReview' }));

  it('refuses a resubmission of an accepted report', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER], [acceptReport('interim'), MANAGER]))
      .when(submitReport('interim'), at(OFFICER))
      .thenThrows({ code: 'CONFLICT', rule: 'ReportAlreadyAccepted' }));

  it('refuses a returned progress report resubmitted as the final report', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER], [returnReport('interim'), MANAGER]))
      .when(submitReport('interim', 'final'), at(OFFICER))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'ReportKindChanged', field: 'kind' }));
});

describe('the final report', () => {
  it('refuses a second final report while the first awaits review', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER]))
      .when(submitReport('final-bis', 'final'), at(OFFICER))
      .thenThrows({ code: 'CONFLICT', rule: 'FinalReportAlreadySubmitted' }));

  it('refuses a second final report once the first is accepted', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER], [acceptReport('final'), MANAGER]))
      .when(submitReport('final-bis', 'final'), at(OFFICER))
      .thenThrows('FinalReportAlreadySubmitted'));

  it('takes a final report under a new id once the first was returned', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER], [returnReport('final'), MANAGER]))
      .when(submitReport('final-bis', 'final'), at(OFFICER))
      .then([submitted('final-bis', 1, 'final')]));

  it('refuses resubmitting a returned final report while another final report awaits review', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER], [returnReport('final'), MANAGER], [submitReport('final-bis', 'final'), OFFICER]))
      .when(submitReport('final', 'final'), at(OFFICER))
      .thenThrows('FinalReportAlreadySubmitted'));

  it('takes a progress report while the final report awaits review', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER])).when(submitReport('interim'), at(OFFICER)).then([submitted('interim')]));

  it('refuses a progress report once the final report is accepted', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER], [acceptReport('final'), MANAGER]))
      .when(submitReport('interim'), at(OFFICER))
      .thenThrows({ code: 'CONFLICT', rule: 'FinalReportAccepted' }));

  it('refuses resubmitting a returned progress report once the final report is accepted', () =>
    given(
      initiativeDecider,
      signedThen([submitReport('interim'), OFFICER], [returnReport('interim'), MANAGER], [submitReport('final', 'final'), OFFICER], [acceptReport('final'), MANAGER]),
    )
      .when(submitReport('interim'), at(OFFICER))
      .thenThrows('FinalReportAccepted'));
});

describe('reviewing a report', () => {
  const awaiting = () => signedThen([submitReport('interim'), OFFICER]);

  it('records the acceptance of the version under review, by whom and when', () =>
    given(initiativeDecider, awaiting())
      .when(acceptReport('interim'), at(MANAGER))
      .then([{ type: 'ReportAccepted', data: { initiativeId: INITIATIVE_ID, reportId: 'interim', kind: 'progress', version: 1, acceptedBy: MANAGER, acceptedAt: SUBMITTED_AT } }]));

  it('accepts the resubmitted version', () =>
    given(initiativeDecider, signedThen([submitReport('final', 'final'), OFFICER], [returnReport('final'), MANAGER], [submitReport('final', 'final'), OFFICER]))
      .when(acceptReport('final'), at(MANAGER))
      .then([{ type: 'ReportAccepted', data: { initiativeId: INITIATIVE_ID, reportId: 'final', kind: 'final', version: 2, acceptedBy: MANAGER, acceptedAt: SUBMITTED_AT } }]));

  it('returns a report with the reason, as written', () =>
    given(initiativeDecider, awaiting())
      .when(returnReport('interim', '  Nedostaju računi za opremu; dopunite troškove Grada Gradačca. '), at(MANAGER))
      .then([
        {
          type: 'ReportReturned',
          data: {
            initiativeId: INITIATIVE_ID,
            reportId: 'interim',
            kind: 'progress',
            version: 1,
            reason: 'Nedostaju računi za opremu; dopunite troškove Grada Gradačca.',
            returnedBy: MANAGER,
            returnedAt: SUBMITTED_AT,
          },
        },
      ]));

  it('refuses returning a report without a reason', () =>
    given(initiativeDecider, awaiting()).when(returnReport('interim', ' '), at(MANAGER)).thenThrows({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'reason' }));

  it('refuses reviewing a report nobody submitted', () =>
    given(initiativeDecider, awaiting()).when(acceptReport('final'), at(MANAGER)).thenThrows({ code: 'NOT_FOUND', rule: 'ReportNotFound' }));

  it('refuses reviewing a report of an initiative that has not started', () =>
    given(initiativeDecider).when(acceptReport('interim'), at(MANAGER)).thenThrows({ code: 'NOT_FOUND', rule: 'InitiativeNotFound' }));

  it('refuses accepting a report twice: it reads as already done', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER], [acceptReport('interim'), MANAGER]))
      .when(acceptReport('interim'), at(SECOND_MANAGER))
      .thenThrows({ code: 'CONFLICT', rule: 'ReportAlreadyAccepted' }));

  it('refuses accepting a report that was returned and not yet resubmitted', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER], [returnReport('interim'), MANAGER]))
      .when(acceptReport('interim'), at(SECOND_MANAGER))
      .thenThrows('ReportNotAwaitingReview'));

  it('refuses returning an accepted report', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), OFFICER], [acceptReport('interim'), MANAGER]))
      .when(returnReport('interim'), at(SECOND_MANAGER))
      .thenThrows('ReportAlreadyAccepted'));

  it('refuses acceptance by the person who submitted the report', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), MANAGER])).when(acceptReport('interim'), at(MANAGER)).thenThrows({ code: 'FORBIDDEN', rule: 'SubmitterCannotReview' }));

  it('refuses its return by the person who submitted the report', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), MANAGER])).when(returnReport('interim'), at(MANAGER)).thenThrows({ code: 'FORBIDDEN', rule: 'SubmitterCannotReview' }));

  it('lets whoever submitted an earlier version review the version someone else resubmitted', () =>
    given(initiativeDecider, signedThen([submitReport('interim'), SECOND_MANAGER], [returnReport('interim'), MANAGER], [submitReport('interim'), OFFICER]))
      .when(acceptReport('interim'), at(SECOND_MANAGER))
      .then([{ type: 'ReportAccepted', data: { initiativeId: INITIATIVE_ID, reportId: 'interim', kind: 'progress', version: 2, acceptedBy: SECOND_MANAGER, acceptedAt: SUBMITTED_AT } }]));
});

describe('tranche conditions, read from the initiative’s reports', () => {
  const stateAfter = (...steps: [InitiativeCommand, string][]) => fold(initiativeDecider, signedThen(...steps));

  it('holds a tranche without a condition free, even before the initiative starts', () => {
    expect(trancheConditionMet(initiativeDecider.initialState, null)).toBe(true);
    expect(trancheConditionMet(initiativeDecider.initialState, 'interim-report-accepted')).toBe(false);
  });

  it('meets the interim condition once a progress report is accepted, the final one not yet', () => {
    const state = stateAfter([submitReport('interim'), OFFICER], [acceptReport('interim'), MANAGER]);
    expect(trancheConditionMet(state, 'interim-report-accepted')).toBe(true);
    expect(trancheConditionMet(state, 'final-report-accepted')).toBe(false);
  });

  it('meets both conditions once the final report is accepted', () => {
    const state = stateAfter([submitReport('final', 'final'), OFFICER], [acceptReport('final'), MANAGER]);
    expect(trancheConditionMet(state, 'interim-report-accepted')).toBe(true);
    expect(trancheConditionMet(state, 'final-report-accepted')).toBe(true);
  });

  it('meets neither while reports only await review or were returned', () => {
    const state = stateAfter([submitReport('interim'), OFFICER], [returnReport('interim'), MANAGER], [submitReport('final', 'final'), OFFICER]);
    expect(trancheConditionMet(state, 'interim-report-accepted')).toBe(false);
    expect(trancheConditionMet(state, 'final-report-accepted')).toBe(false);
  });
});
