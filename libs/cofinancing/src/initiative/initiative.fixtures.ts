import type { CommandContext } from '@makers/kernel';
import type { AgreementPartyInput } from './agreement.terms';
import type { AcceptReport, AmendAgreement, DefineTrancheSchedule, InitiativeCommand, ReturnReport, SignAgreement, SubmitReport } from './initiative.commands';
import { initiativeDecider } from './initiative.decider';
import type { InitiativeEvent, InitiativeStarted } from './initiative.events';
import type { ExchangeRate } from './exchange-rate';
import type { ReportContent, ReportKind } from './report';
import type { TrancheInput } from './tranche-schedule';

/** Test fixtures: an initiative in Gradačac co-financed by UNDP in USD and the municipality in BAM. */
export const INITIATIVE_ID = 'priority-gradacac-skatepark';

export const startedFromPriority: InitiativeStarted = {
  type: 'InitiativeStarted',
  data: {
    initiativeId: INITIATIVE_ID,
    programmeId: 'makers-bih',
    origin: { kind: 'priority', platformId: 'gradacac-youth', priorityId: 'skatepark' },
    municipalityId: 'gradacac',
    title: 'Skejt park Gradačac',
    amount: null,
  },
};

/** 1.20 USD per EUR over BAM's peg of 1.95583 per EUR, as whole numbers. */
export const BAM_RATE: ExchangeRate = { currency: 'BAM', usdPerUnit: { numerator: 120_000, denominator: 195_583 } };

export const undp: AgreementPartyInput = { partyId: 'undp', kind: 'undp', name: 'UNDP BiH', amount: { amountMinor: 2_000_000, currency: 'USD' } };
export const gradacac: AgreementPartyInput = {
  partyId: 'gradacac',
  kind: 'municipality',
  name: 'Grad Gradačac',
  municipalityId: 'gradacac',
  amount: { amountMinor: 1_000_000, currency: 'BAM' },
};
export const volunteers: AgreementPartyInput = { partyId: 'volunteers', kind: 'in-kind', name: 'Volonteri Gradačac', amount: { amountMinor: 150_000, currency: 'BAM' } };

export const sign = (data: Partial<SignAgreement['data']> = {}): SignAgreement => ({
  type: 'SignAgreement',
  data: {
    initiativeId: INITIATIVE_ID,
    agreementReference: 'MAKERS-CA-2021-07',
    signedOn: '2021-05-17',
    parties: [undp, gradacac, volunteers],
    exchangeRates: [BAM_RATE],
    ...data,
  },
});

/** An amendment of the agreement as signed (version 1) unless `data` says which version it amends, agreed on the day of the default test context. */
export const amendment = (data: Partial<AmendAgreement['data']> & Pick<AmendAgreement['data'], 'parties'>): AmendAgreement => ({
  type: 'AmendAgreement',
  data: {
    initiativeId: INITIATIVE_ID,
    expectedAgreementVersion: 1,
    amendmentReference: 'MAKERS-CA-2021-07/A1',
    amendedOn: '2021-06-01',
    exchangeRates: [BAM_RATE],
    reason: 'Općinsko vijeće izmijenilo učešće',
    ...data,
  },
});

/** A whole schedule, the initiative's first unless it says which schedule it replaces. */
export const tranchesScheduled = (tranches: TrancheInput[], expectedScheduleVersion: number | null = 0): DefineTrancheSchedule => ({
  type: 'DefineTrancheSchedule',
  data: { initiativeId: INITIATIVE_ID, expectedScheduleVersion, tranches },
});

/** A progress report's content: young people reached, volunteers' time, and what UNDP's and the municipality's money went on. */
export const reportContent: ReportContent = {
  periodStart: '2021-07-15',
  periodEnd: '2021-12-31',
  narrative: 'Teren je pripremljen i postavljene su prve rampe; mladi iz Gradačca su učestvovali u dizajnu.',
  beneficiaries: [
    { sex: 'female', ageGroup: '15-30', count: 48 },
    { sex: 'male', ageGroup: '15-30', count: 61 },
    { sex: 'female', ageGroup: 'under-15', count: 12 },
  ],
  volunteerMinutes: 7_200,
  spending: [
    { partyId: 'undp', category: 'Građevinski radovi', amount: { amountMinor: 1_000_000, currency: 'USD' } },
    { partyId: 'gradacac', category: 'Oprema', amount: { amountMinor: 500_000, currency: 'BAM' } },
  ],
};

export const submitReport = (reportId: string, kind: ReportKind = 'progress', content: Partial<Record<keyof ReportContent, unknown>> = {}): SubmitReport =>
  ({ type: 'SubmitReport', data: { initiativeId: INITIATIVE_ID, reportId, kind, ...reportContent, ...content } }) as SubmitReport;
export const acceptReport = (reportId: string): AcceptReport => ({ type: 'AcceptReport', data: { initiativeId: INITIATIVE_ID, reportId } });
export const returnReport = (reportId: string, reason = 'Nedostaju računi za opremu.'): ReturnReport => ({
  type: 'ReturnReport',
  data: { initiativeId: INITIATIVE_ID, reportId, reason },
});

/** Who issues a step of a history, at a fixed moment: a step is refused unless the rules let this person do it. */
export const at = (actor: string): CommandContext => ({ now: new Date('2021-09-01T08:00:00Z'), actor });

/** The history `start` grows to when each command is decided in turn, as the handler would append its events. */
export const decided = (start: readonly InitiativeEvent[], ...steps: [InitiativeCommand, string][]): InitiativeEvent[] =>
  steps.reduce<InitiativeEvent[]>(
    (events, [command, actor]) => [...events, ...initiativeDecider.decide(command, events.reduce(initiativeDecider.evolve, initiativeDecider.initialState), at(actor))],
    [...start],
  );
