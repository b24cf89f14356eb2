import type { Money } from '@makers/kernel';
import { initiativeIdForAward, type AgreementPartyInput, type ExchangeRate, type ReportKind, type TrancheInput } from '@makers/cofinancing';
import type { Sex } from '@makers/people';
import type { AgeGroup } from '@makers/platforms';
import { MAKERS_CALL_ID } from './makers-call';

/**
 * MAKERS co-financing as it ran, as demo data: ten local initiatives in ten partner municipalities, four from the 2021
 * open call's award and six that programme managers started from platforms' standing priorities. Each has its signed
 * agreement with the municipality (UNDP's share in USD for some, in BAM for others), a tranche schedule, payment rounds
 * in 2022 and 2023, and its reports. One agreement is amended, one report returned and resubmitted, one request
 * rejected, one initiative refunds unspent funds, two are closed. Every step carries its date, so the seed replays
 * each initiative as it ran (who sends what, and at what hour, is the seed's).
 */

// ——— money and rates ———

const bam = (marks: number): Money => ({ amountMinor: marks * 100, currency: 'BAM' });
const usd = (dollars: number): Money => ({ amountMinor: dollars * 100, currency: 'USD' });

/**
 * US dollars per euro, each month's average in ten-thousandths (close to the ECB's reference rates), taken as the rate
 * of any day in that month: plausible, not the day's fixing.
 */
const USD_PER_EUR: Readonly<Record<string, number>> = {
  '2022-02': 11342, '2022-03': 11019, '2022-04': 10819, '2022-05': 10579, '2022-06': 10566, '2022-07': 10179,
  '2022-08': 10128, '2022-09': 9904, '2022-10': 9826, '2022-11': 10201, '2022-12': 10589,
  '2023-01': 10785, '2023-02': 10711, '2023-03': 10706,
};

/** BAM is pegged at 1.95583 per euro, so x/10000 USD per euro is x·10/195583 USD per BAM, kept as that ratio. */
export const bamRateOn = (date: string): ExchangeRate => {
  const usdPerEur = USD_PER_EUR[date.slice(0, 7)];
  if (!usdPerEur) throw new Error(`The demo has no USD/EUR rate for ${date}`);
  return { currency: 'BAM', usdPerUnit: { numerator: usdPerEur * 10, denominator: 195_583 } };
};

// ——— the initiatives ———

export type DemoBeneficiaries = readonly (readonly [Sex, AgeGroup, number])[];
/** What a party spent on what, in its own currency's whole units. */
export type DemoSpending = readonly (readonly [partyId: string, category: string, units: number])[];

export interface DemoReportContent {
  readonly narrative: string;
  readonly beneficiaries: DemoBeneficiaries;
  readonly volunteerMinutes: number;
  readonly spending: DemoSpending;
}

export interface DemoReport extends DemoReportContent {
  readonly kind: ReportKind;
  readonly period: readonly [string, string];
  readonly submittedOn: string;
  /** Returned with a reason, then resubmitted with what changed. */
  readonly returned?: { readonly on: string; readonly reason: string; readonly resubmittedOn: string; readonly revised: Partial<DemoReportContent> };
  /** Not yet accepted when null: the report awaits review. */
  readonly acceptedOn: string | null;
}

export type DemoInitiativeStep =
  /** Every tranche of the round (`undp-1`, `<party>-1`, …): requested on the day, approved the next working day, paid two after. */
  | { readonly do: 'disburse'; readonly round: number; readonly requestedOn: string }
  | { readonly do: 'report'; readonly report: DemoReport }
  /** A tranche asked for too early: the other programme manager turns the request down the next working day. */
  | { readonly do: 'reject'; readonly trancheId: string; readonly requestedOn: string; readonly reason: string }
  /** Agreed on `on` as an annex under its own reference, recorded the same day, with the schedule it brings. */
  | {
      readonly do: 'amend';
      readonly on: string;
      readonly amendmentReference: string;
      readonly reason: string;
      readonly parties: readonly AgreementPartyInput[];
      readonly tranches: readonly TrancheInput[];
    }
  | { readonly do: 'refund'; readonly partyId: string; readonly units: number; readonly valueDate: string }
  | { readonly do: 'close'; readonly on: string };

export interface DemoInitiative {
  readonly initiativeId: string;
  readonly municipalityId: string;
  readonly origin:
    | { readonly kind: 'award'; readonly proposalId: string }
    | { readonly kind: 'priority'; readonly platformId: string; readonly priorityId: string; readonly startedOn: string };
  readonly agreementReference: string;
  readonly signedOn: string;
  readonly parties: readonly AgreementPartyInput[];
  /** When the conditional tranches fall due. */
  readonly due: { readonly interim: string; readonly final: string };
  readonly story: readonly DemoInitiativeStep[];
}

const UNDP = 'UNDP u Bosni i Hercegovini';
const undp = (amount: Money): AgreementPartyInput => ({ partyId: 'undp', kind: 'undp', name: UNDP, amount });
const municipality = (partyId: string, name: string, municipalityId: string, marks: number): AgreementPartyInput => ({
  partyId,
  kind: 'municipality',
  name,
  municipalityId,
  amount: bam(marks),
});
const donor = (partyId: string, name: string, marks: number): AgreementPartyInput => ({ partyId, kind: 'other-donor', name, amount: bam(marks) });
const inKind = (partyId: string, name: string, marks: number): AgreementPartyInput => ({ partyId, kind: 'in-kind', name, amount: bam(marks) });

/**
 * The programme's usual schedule: UNDP 40% on signing, 40% once the interim report is accepted, 20% once the final
 * one is; each municipality half on signing and half after the interim report; another donor all on signing. In-kind
 * contributions are not disbursed.
 */
export const makersTrancheSchedule = (parties: readonly AgreementPartyInput[], signedOn: string, due: DemoInitiative['due']): TrancheInput[] =>
  parties.flatMap((party): TrancheInput[] => {
    const tranche = (n: number, percent: number, dueOn: string, condition: TrancheInput['condition'] = null): TrancheInput => ({
      trancheId: `${party.partyId}-${n}`,
      partyId: party.partyId,
      amount: { percent },
      dueOn,
      condition,
    });
    switch (party.kind) {
      case 'undp':
        return [tranche(1, 40, signedOn), tranche(2, 40, due.interim, 'interim-report-accepted'), tranche(3, 20, due.final, 'final-report-accepted')];
      case 'municipality':
        return [tranche(1, 50, signedOn), tranche(2, 50, due.interim, 'interim-report-accepted')];
      case 'other-donor':
        return [tranche(1, 100, signedOn)];
      case 'in-kind':
        return [];
    }
  });

const disburse = (round: number, requestedOn: string): DemoInitiativeStep => ({ do: 'disburse', round, requestedOn });
const report = (report: DemoReport): DemoInitiativeStep => ({ do: 'report', report });

/** A programme manager starts it from the platform's first priority, which still stands. */
const fromPriority = (platformId: string, startedOn: string) => {
  const priorityId = `${platformId}-p1`;
  return { initiativeId: `priority-${priorityId}`, origin: { kind: 'priority', platformId, priorityId, startedOn } as const };
};

export const makersInitiatives: readonly DemoInitiative[] = [
  {
    initiativeId: initiativeIdForAward(MAKERS_CALL_ID, 'volonterski-servis-travnik'),
    municipalityId: 'novi-travnik',
    origin: { kind: 'award', proposalId: 'volonterski-servis-travnik' },
    agreementReference: 'MAKERS-SF-2022-01',
    signedOn: '2022-02-14',
    parties: [
      undp(bam(9_500)),
      municipality('opcina-novi-travnik', 'Općina Novi Travnik', 'novi-travnik', 6_000),
      municipality('opcina-travnik', 'Općina Travnik', 'travnik', 4_000),
      inKind('crveni-kriz-novi-travnik', 'Crveni križ Općine Novi Travnik: vozilo i prostor za koordinaciju', 2_400),
    ],
    due: { interim: '2022-09-30', final: '2023-02-28' },
    story: [
      disburse(1, '2022-02-16'),
      report({
        kind: 'progress',
        period: ['2022-02-14', '2022-08-31'],
        submittedOn: '2022-09-12',
        narrative: 'Volonterski servis radi od marta: 38 mladih volontera iz Travnika i Novog Travnika pomaže starijima u nabavci, odlasku ljekaru i korištenju e-usluga.',
        beneficiaries: [['female', 'over-30', 96], ['male', 'over-30', 61], ['undisclosed', 'unknown', 2]],
        volunteerMinutes: 111_750,
        spending: [['undp', 'Prijevoz i gorivo', 1_650], ['undp', 'Telefonska linija i koordinacija', 1_400], ['undp', 'Vidljivost', 420], ['opcina-novi-travnik', 'Koordinatorica volontera', 2_600], ['opcina-travnik', 'Prijevoz korisnika', 1_750]],
        acceptedOn: '2022-09-20',
      }),
      disburse(2, '2022-09-21'),
      report({
        kind: 'final',
        period: ['2022-09-01', '2023-01-31'],
        submittedOn: '2023-02-06',
        narrative: 'Servis je preuzela Općina Novi Travnik kao stalnu uslugu; volonteri su obučeni za pomoć u zimskim uslovima.',
        beneficiaries: [['female', 'over-30', 116], ['male', 'over-30', 78], ['female', '15-30', 6], ['male', '15-30', 3], ['undisclosed', 'unknown', 2]],
        volunteerMinutes: 140_445,
        spending: [['undp', 'Prijevoz i gorivo', 2_650], ['undp', 'Telefonska linija i koordinacija', 2_500], ['undp', 'Obuka volontera', 880], ['opcina-novi-travnik', 'Koordinatorica volontera', 3_400], ['opcina-travnik', 'Prijevoz korisnika', 2_250]],
        acceptedOn: '2023-02-14',
      }),
      disburse(3, '2023-02-15'),
    ],
  },
  {
    initiativeId: initiativeIdForAward(MAKERS_CALL_ID, 'omladinski-centar-lukavica'),
    municipalityId: 'istocno-novo-sarajevo',
    origin: { kind: 'award', proposalId: 'omladinski-centar-lukavica' },
    agreementReference: 'MAKERS-SF-2022-02',
    signedOn: '2022-03-02',
    parties: [
      undp(bam(18_000)),
      municipality('opstina-istocno-novo-sarajevo', 'Opština Istočno Novo Sarajevo', 'istocno-novo-sarajevo', 10_000),
      municipality('opcina-novo-sarajevo', 'Općina Novo Sarajevo', 'novo-sarajevo', 10_000),
      inKind('prostor-lukavica', 'Opština Istočno Novo Sarajevo: prostor Doma kulture u Lukavici na 24 mjeseca', 7_200),
    ],
    due: { interim: '2022-10-31', final: '2023-03-31' },
    story: [
      disburse(1, '2022-03-07'),
      report({
        kind: 'progress',
        period: ['2022-03-02', '2022-09-30'],
        submittedOn: '2022-10-10',
        narrative: 'Prostor u Lukavici je obnovljen i otvoren u junu; program vode mladi s obje strane međuentitetske linije.',
        beneficiaries: [['female', '15-30', 64], ['male', '15-30', 58], ['female', 'under-15', 12], ['male', 'under-15', 15], ['other', '15-30', 1], ['undisclosed', 'unknown', 3]],
        volunteerMinutes: 46_200,
        spending: [['undp', 'Obnova prostora', 6_900], ['opstina-istocno-novo-sarajevo', 'Obnova prostora i oprema', 4_800]],
        returned: {
          on: '2022-10-14',
          reason: 'Pregled troškova ne navodi učešće Općine Novo Sarajevo: razdvojite troškove po stranama sporazuma.',
          resubmittedOn: '2022-10-20',
          revised: {
            spending: [['undp', 'Obnova prostora', 6_900], ['opstina-istocno-novo-sarajevo', 'Obnova prostora', 4_800], ['opcina-novo-sarajevo', 'Oprema i namještaj', 4_750]],
          },
        },
        acceptedOn: '2022-10-25',
      }),
      disburse(2, '2022-10-26'),
      report({
        kind: 'final',
        period: ['2022-10-01', '2023-02-28'],
        submittedOn: '2023-03-06',
        narrative: 'Centar radi šest dana sedmično; oba općinska vijeća su u budžetima za 2023. predvidjela sredstva za njegov rad.',
        beneficiaries: [['female', '15-30', 79], ['male', '15-30', 69], ['female', 'under-15', 18], ['male', 'under-15', 19], ['female', 'over-30', 18], ['male', 'over-30', 11], ['other', '15-30', 1], ['undisclosed', 'unknown', 3]],
        volunteerMinutes: 63_540,
        spending: [['undp', 'Program zajedničkih aktivnosti mladih', 7_600], ['undp', 'Oprema', 3_500], ['opstina-istocno-novo-sarajevo', 'Program aktivnosti i režije', 5_200], ['opcina-novo-sarajevo', 'Program aktivnosti', 5_250]],
        acceptedOn: '2023-03-14',
      }),
      disburse(3, '2023-03-15'),
    ],
  },
  {
    initiativeId: initiativeIdForAward(MAKERS_CALL_ID, 'biciklisticka-staza-doboj-istok'),
    municipalityId: 'doboj-istok',
    origin: { kind: 'award', proposalId: 'biciklisticka-staza-doboj-istok' },
    agreementReference: 'MAKERS-SF-2022-03',
    signedOn: '2022-03-15',
    parties: [
      undp(bam(19_000)),
      municipality('opcina-doboj-istok', 'Općina Doboj Istok', 'doboj-istok', 15_000),
      municipality('grad-doboj', 'Grad Doboj', 'doboj', 5_000),
      donor('vlada-tk', 'Vlada Tuzlanskog kantona', 6_000),
    ],
    due: { interim: '2022-10-31', final: '2023-03-31' },
    story: [
      disburse(1, '2022-03-21'),
      {
        do: 'amend',
        on: '2022-06-20',
        amendmentReference: 'MAKERS-SF-2022-03/A1',
        reason: 'Općinsko vijeće Doboj Istok je rebalansom budžeta za 2022. povećalo učešće općine za 7.000 KM, za rasvjetu dionice prema Doboju.',
        parties: [
          undp(bam(19_000)),
          municipality('opcina-doboj-istok', 'Općina Doboj Istok', 'doboj-istok', 22_000),
          municipality('grad-doboj', 'Grad Doboj', 'doboj', 5_000),
          donor('vlada-tk', 'Vlada Tuzlanskog kantona', 6_000),
        ],
        // The municipality's first tranche was paid as it was; the raise goes into its second.
        tranches: [
          { trancheId: 'undp-1', partyId: 'undp', amount: { percent: 40 }, dueOn: '2022-03-15', condition: null },
          { trancheId: 'undp-2', partyId: 'undp', amount: { percent: 40 }, dueOn: '2022-10-31', condition: 'interim-report-accepted' },
          { trancheId: 'undp-3', partyId: 'undp', amount: { percent: 20 }, dueOn: '2023-03-31', condition: 'final-report-accepted' },
          { trancheId: 'opcina-doboj-istok-1', partyId: 'opcina-doboj-istok', amount: bam(7_500), dueOn: '2022-03-15', condition: null },
          { trancheId: 'opcina-doboj-istok-2', partyId: 'opcina-doboj-istok', amount: bam(14_500), dueOn: '2022-10-31', condition: 'interim-report-accepted' },
          { trancheId: 'grad-doboj-1', partyId: 'grad-doboj', amount: { percent: 50 }, dueOn: '2022-03-15', condition: null },
          { trancheId: 'grad-doboj-2', partyId: 'grad-doboj', amount: { percent: 50 }, dueOn: '2022-10-31', condition: 'interim-report-accepted' },
          { trancheId: 'vlada-tk-1', partyId: 'vlada-tk', amount: { percent: 100 }, dueOn: '2022-03-15', condition: null },
        ],
      },
      report({
        kind: 'progress',
        period: ['2022-03-15', '2022-09-30'],
        submittedOn: '2022-10-17',
        narrative: 'Staza je označena cijelom dužinom; volonteri kluba su održali četiri akcije sigurne vožnje za učenike.',
        beneficiaries: [['male', '15-30', 118], ['female', '15-30', 96], ['male', 'under-15', 22], ['female', 'under-15', 19], ['male', 'over-30', 31], ['female', 'over-30', 24], ['undisclosed', 'unknown', 7]],
        volunteerMinutes: 29_160,
        spending: [['undp', 'Signalizacija', 7_300], ['opcina-doboj-istok', 'Rasvjeta: prva faza', 7_500], ['grad-doboj', 'Označavanje staze na području Grada Doboja', 2_400], ['vlada-tk', 'Projektna dokumentacija i nadzor', 5_800]],
        acceptedOn: '2022-10-24',
      }),
      disburse(2, '2022-10-25'),
      report({
        kind: 'final',
        period: ['2022-10-01', '2023-03-15'],
        submittedOn: '2023-03-20',
        narrative: 'Rasvjeta dionice prema Doboju je postavljena; staza se koristi i zimi.',
        beneficiaries: [['male', '15-30', 92], ['female', '15-30', 78], ['male', 'under-15', 18], ['female', 'under-15', 16], ['male', 'over-30', 29], ['female', 'over-30', 24], ['undisclosed', 'unknown', 5]],
        volunteerMinutes: 12_600,
        spending: [['undp', 'Signalizacija i rasvjeta', 7_900], ['opcina-doboj-istok', 'Rasvjeta dionice prema Doboju', 14_500], ['grad-doboj', 'Volonterske akcije i promocija', 2_600], ['vlada-tk', 'Nadzor', 200]],
        acceptedOn: null,
      }),
    ],
  },
  {
    initiativeId: initiativeIdForAward(MAKERS_CALL_ID, 'ciscenje-vrbasa-bugojno'),
    municipalityId: 'bugojno',
    origin: { kind: 'award', proposalId: 'ciscenje-vrbasa-bugojno' },
    agreementReference: 'MAKERS-SF-2022-04',
    signedOn: '2022-03-22',
    parties: [undp(bam(8_000)), municipality('opcina-bugojno', 'Općina Bugojno', 'bugojno', 5_000), inKind('jkp-komunalac', 'JKP „Komunalac“ Bugojno: odvoz prikupljenog otpada', 2_000)],
    due: { interim: '2022-08-31', final: '2022-12-31' },
    story: [
      disburse(1, '2022-03-24'),
      report({
        kind: 'progress',
        period: ['2022-03-22', '2022-07-31'],
        submittedOn: '2022-08-08',
        narrative: 'Tri volonterske akcije čišćenja obale Vrbasa; prikupljeno 4,2 tone otpada, postavljeno 12 kanti.',
        beneficiaries: [['female', '15-30', 41], ['male', '15-30', 47], ['female', 'under-15', 9], ['male', 'under-15', 12], ['female', 'over-30', 14], ['male', 'over-30', 19]],
        volunteerMinutes: 31_320,
        spending: [['undp', 'Oprema za volontere', 1_900], ['undp', 'Kante za otpad', 1_200], ['opcina-bugojno', 'Postavljanje kanti', 2_300]],
        acceptedOn: '2022-08-16',
      }),
      disburse(2, '2022-08-17'),
      report({
        kind: 'final',
        period: ['2022-08-01', '2022-11-30'],
        submittedOn: '2022-12-12',
        narrative: 'Još dvije akcije i info-table uz rijeku; škole su preuzele jesensku akciju čišćenja kao godišnju.',
        beneficiaries: [['female', '15-30', 44], ['male', '15-30', 45], ['female', 'under-15', 11], ['male', 'under-15', 14], ['female', 'over-30', 16], ['male', 'over-30', 22]],
        volunteerMinutes: 27_900,
        spending: [['undp', 'Kante za otpad', 3_100], ['undp', 'Prijevoz volontera', 1_370], ['opcina-bugojno', 'Postavljanje kanti i info-tabli', 2_700]],
        acceptedOn: '2022-12-20',
      }),
      disburse(3, '2022-12-21'),
      // UNDP's share was spent 7,570 KM of 8,000: the rest came back at close-out.
      { do: 'refund', partyId: 'undp', units: 430, valueDate: '2023-01-25' },
      { do: 'close', on: '2023-02-03' },
    ],
  },
  {
    ...fromPriority('centar-sarajevo', '2022-04-04'),
    municipalityId: 'centar-sarajevo',
    agreementReference: 'MAKERS-SF-2022-05',
    signedOn: '2022-04-20',
    parties: [
      undp(usd(25_000)),
      municipality('opcina-centar-sarajevo', 'Općina Centar Sarajevo', 'centar-sarajevo', 40_000),
      inKind('kjkp-park', 'KJKP „Park“ Sarajevo: sadnice i održavanje zelenila', 4_500),
    ],
    due: { interim: '2022-10-31', final: '2023-02-28' },
    story: [
      disburse(1, '2022-04-26'),
      report({
        kind: 'progress',
        period: ['2022-04-20', '2022-09-30'],
        submittedOn: '2022-10-05',
        narrative: 'Pristupne staze i rampe su izgrađene; postavljene su klupe i rasvjeta u donjem dijelu parka na Koševu.',
        beneficiaries: [['female', 'over-30', 180], ['male', 'over-30', 150], ['female', '15-30', 90], ['male', '15-30', 85], ['female', 'under-15', 70], ['male', 'under-15', 75], ['undisclosed', 'unknown', 40]],
        volunteerMinutes: 18_000,
        spending: [['undp', 'Klupe i mobilijar', 6_200], ['undp', 'Rasvjeta', 3_400], ['opcina-centar-sarajevo', 'Građevinski radovi i pristupne staze', 19_500]],
        acceptedOn: '2022-10-12',
      }),
      disburse(2, '2022-10-13'),
      report({
        kind: 'final',
        period: ['2022-10-01', '2023-01-31'],
        submittedOn: '2023-02-08',
        narrative: 'Park je otvoren za sve generacije: sprave za vježbanje, igralište dostupno djeci s invaliditetom i rasvjeta cijelom dužinom.',
        beneficiaries: [['female', 'over-30', 240], ['male', 'over-30', 230], ['female', '15-30', 120], ['male', '15-30', 105], ['female', 'under-15', 90], ['male', 'under-15', 95], ['undisclosed', 'unknown', 60]],
        volunteerMinutes: 9_600,
        spending: [['undp', 'Rasvjeta', 6_800], ['undp', 'Sprave za vježbanje i igralište', 8_600], ['opcina-centar-sarajevo', 'Pristupne rampe i staze', 20_500]],
        acceptedOn: '2023-02-16',
      }),
      disburse(3, '2023-02-17'),
    ],
  },
  {
    ...fromPriority('pale', '2022-04-11'),
    municipalityId: 'pale',
    agreementReference: 'MAKERS-SF-2022-06',
    signedOn: '2022-05-05',
    parties: [undp(usd(12_000)), municipality('opstina-pale', 'Општина Пале', 'pale', 10_000), inKind('udruzenje-privrednika-pale', 'Удружење привредника Пале: менторски рад', 3_600)],
    due: { interim: '2022-11-30', final: '2023-03-31' },
    story: [
      disburse(1, '2022-05-10'),
      report({
        kind: 'progress',
        period: ['2022-05-05', '2022-10-31'],
        submittedOn: '2022-11-14',
        narrative: 'Двадесет двоје младих ради с менторима из локалних предузећа; шест пословних идеја добило је мале грантове.',
        beneficiaries: [['female', '15-30', 12], ['male', '15-30', 10]],
        volunteerMinutes: 15_840,
        spending: [['undp', 'Обуке и радионице', 3_100], ['undp', 'Мали грантови за идеје младих', 1_500], ['opstina-pale', 'Простор и координација програма', 4_700]],
        acceptedOn: '2022-11-22',
      }),
      disburse(2, '2022-11-23'),
    ],
  },
  {
    ...fromPriority('trebinje', '2022-04-19'),
    municipalityId: 'trebinje',
    agreementReference: 'MAKERS-SF-2022-07',
    signedOn: '2022-05-12',
    parties: [undp(usd(15_000)), municipality('grad-trebinje', 'Grad Trebinje', 'trebinje', 20_000), donor('to-trebinje', 'Turistička organizacija Grada Trebinja', 4_000)],
    due: { interim: '2022-07-31', final: '2022-10-31' },
    story: [
      disburse(1, '2022-05-16'),
      report({
        kind: 'progress',
        period: ['2022-05-12', '2022-07-15'],
        submittedOn: '2022-07-18',
        narrative: 'Prvih šest koncerata i dvanaest radionica na Platanima; program su vodila 42 mlada volontera.',
        beneficiaries: [['female', '15-30', 640], ['male', '15-30', 590], ['female', 'over-30', 420], ['male', 'over-30', 380], ['female', 'under-15', 110], ['male', 'under-15', 95], ['undisclosed', 'unknown', 150]],
        volunteerMinutes: 50_400,
        spending: [['undp', 'Tehnika i bina', 5_800], ['grad-trebinje', 'Radionice i honorari', 9_400], ['to-trebinje', 'Promocija', 4_000]],
        acceptedOn: '2022-07-22',
      }),
      disburse(2, '2022-07-25'),
      report({
        kind: 'final',
        period: ['2022-07-16', '2022-09-30'],
        submittedOn: '2022-10-10',
        narrative: 'Kulturno ljeto je završeno s 14 koncerata; Grad Trebinje ga je uvrstio u kalendar manifestacija za 2023.',
        beneficiaries: [['female', '15-30', 710], ['male', '15-30', 650], ['female', 'over-30', 460], ['male', 'over-30', 410], ['female', 'under-15', 120], ['male', 'under-15', 105], ['undisclosed', 'unknown', 180]],
        volunteerMinutes: 61_260,
        spending: [['undp', 'Tehnika i bina', 6_200], ['undp', 'Radionice', 3_000], ['grad-trebinje', 'Radionice i logistika', 10_600]],
        acceptedOn: '2022-10-18',
      }),
      disburse(3, '2022-10-19'),
      { do: 'close', on: '2022-11-08' },
    ],
  },
  {
    ...fromPriority('bijeljina', '2022-05-09'),
    municipalityId: 'bijeljina',
    agreementReference: 'MAKERS-SF-2022-08',
    signedOn: '2022-06-01',
    parties: [undp(bam(24_000)), municipality('grad-bijeljina', 'Град Бијељина', 'bijeljina', 16_000)],
    due: { interim: '2022-11-30', final: '2023-03-31' },
    story: [
      disburse(1, '2022-06-06'),
      report({
        kind: 'progress',
        period: ['2022-06-01', '2022-10-31'],
        submittedOn: '2022-11-07',
        narrative: 'Дигитални кутак у Дому омладине отворен је у септембру: дванаест рачунара и бесплатан интернет за младе из руралних насеља.',
        beneficiaries: [['female', '15-30', 74], ['male', '15-30', 81], ['female', 'under-15', 23], ['male', 'under-15', 27]],
        volunteerMinutes: 12_960,
        spending: [['undp', 'Рачунари и опрема', 9_400], ['grad-bijeljina', 'Интернет прикључак и адаптација простора', 7_800]],
        acceptedOn: '2022-11-15',
      }),
      disburse(2, '2022-11-16'),
      report({
        kind: 'final',
        period: ['2022-11-01', '2023-02-28'],
        submittedOn: '2023-03-06',
        narrative: 'Обуке дигиталних вјештина за младе из седам сеоских мјесних заједница; превоз организује Град.',
        beneficiaries: [['female', '15-30', 96], ['male', '15-30', 88], ['female', 'under-15', 31], ['male', 'under-15', 29], ['female', 'over-30', 12], ['male', 'over-30', 9]],
        volunteerMinutes: 17_280,
        spending: [['undp', 'Обуке за младе из руралних насеља', 5_200], ['undp', 'Опрема', 9_400], ['grad-bijeljina', 'Дежурства и режије', 8_200]],
        acceptedOn: '2023-03-13',
      }),
      disburse(3, '2023-03-14'),
    ],
  },
  {
    ...fromPriority('mostar', '2022-05-30'),
    municipalityId: 'mostar',
    agreementReference: 'MAKERS-SF-2022-09',
    signedOn: '2022-06-15',
    parties: [undp(usd(18_000)), municipality('grad-mostar', 'Grad Mostar', 'mostar', 25_000), inKind('gradska-dvorana-mostar', 'Gradska sportska dvorana Mostar: termini za turnir', 5_000)],
    due: { interim: '2023-01-31', final: '2023-03-31' },
    story: [
      disburse(1, '2022-06-20'),
      {
        do: 'reject',
        trancheId: 'grad-mostar-2',
        requestedOn: '2022-12-15',
        reason: 'Druga tranša Grada Mostara se isplaćuje kad izvještaj o napretku bude prihvaćen, a izvještaj još nije podnesen; zahtjev podnesite ponovo nakon toga.',
      },
      report({
        kind: 'progress',
        period: ['2022-06-15', '2022-12-15'],
        submittedOn: '2022-12-20',
        narrative: 'Turnir u košarci i odbojci s 24 mješovite ekipe mladih iz oba dijela grada; finale je gledalo više od hiljadu ljudi.',
        beneficiaries: [['male', '15-30', 168], ['female', '15-30', 120], ['male', 'under-15', 24], ['female', 'under-15', 18], ['undisclosed', 'unknown', 9]],
        volunteerMinutes: 22_680,
        spending: [['undp', 'Oprema i dresovi', 4_100], ['undp', 'Suđenje i organizacija', 2_900], ['grad-mostar', 'Prijevoz ekipa i smještaj', 12_100]],
        acceptedOn: '2023-01-16',
      }),
      disburse(2, '2023-01-17'),
    ],
  },
  {
    ...fromPriority('trnovo-rs', '2022-06-06'),
    municipalityId: 'trnovo-rs',
    agreementReference: 'MAKERS-SF-2022-10',
    signedOn: '2022-07-05',
    parties: [undp(usd(20_000)), municipality('opstina-trnovo', 'Opština Trnovo', 'trnovo-rs', 12_000)],
    due: { interim: '2023-01-31', final: '2023-03-31' },
    story: [
      disburse(1, '2022-07-11'),
      report({
        kind: 'progress',
        period: ['2022-07-05', '2022-11-30'],
        submittedOn: '2022-12-12',
        narrative: 'Krov i stolarija planinarskog doma na Treskavici su obnovljeni prije snijega; unutrašnji radovi se nastavljaju u proljeće.',
        beneficiaries: [['male', '15-30', 34], ['female', '15-30', 21], ['male', 'over-30', 12], ['female', 'over-30', 5]],
        volunteerMinutes: 40_320,
        spending: [['undp', 'Krov i stolarija', 7_800], ['opstina-trnovo', 'Građevinski materijal', 5_900]],
        acceptedOn: null,
      }),
    ],
  },
];
