import type { Kysely } from 'kysely';
import type { Money } from '@makers/kernel';
import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import type { EnvelopeEvent } from '../envelope/envelope.events';
import { envelopeStreamName } from '../envelope/envelope.stream-name';
import { validMoneyTerms, type AgreementPartyInput } from '../initiative/agreement.terms';
import { toUsdMinor, USD_AT_PAR, type ExchangeRate } from '../initiative/exchange-rate';
import type { InitiativeEvent } from '../initiative/initiative.events';
import { initiativeIdForAward, initiativeStreamName } from '../initiative/initiative.stream-name';
import type { ReportContent } from '../initiative/report';
import type { Tranche } from '../initiative/tranche-schedule';
import { initiativeProjection } from './initiative.projection';

/**
 * Test fixtures: the history of a programme's co-financing as the streams record it. Gradačac's skate park (from a
 * platform priority, UNDP in USD, the town in BAM, volunteers in kind) runs from signing through an amendment, two
 * schedules, reports and close-out to a refund the next year; Trebinje's park (from an award) is signed and partly paid;
 * Lukavica's paths, in the programme's second phase, are only started.
 */
export const PROGRAMME_ID = 'makers-bih';
export const SECOND_PHASE_ID = 'makers-bih-phase-2';
export const ENVELOPE_USD_MINOR = 42_500_000;
export const GRADACAC = 'priority-gradacac-skatepark';
export const TREBINJE = initiativeIdForAward('makers-call-2021', 'park-trebinje');
export const LUKAVICA = 'priority-lukavica-staze';

/** 1.20 USD per EUR over BAM's peg of 1.95583 per EUR. */
export const BAM_RATE: ExchangeRate = { currency: 'BAM', usdPerUnit: { numerator: 120_000, denominator: 195_583 } };
/** 1.10 USD per EUR, a year later. */
export const BAM_RATE_2022: ExchangeRate = { currency: 'BAM', usdPerUnit: { numerator: 110_000, denominator: 195_583 } };

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const bam = (amountMinor: number): Money => ({ amountMinor, currency: 'BAM' });
export const inUsd = (amount: Money, rate: ExchangeRate = amount.currency === 'USD' ? USD_AT_PAR : BAM_RATE): number => toUsdMinor(amount, rate);

export const MANAGER = 'amra.hadzic@undp.example';
export const SECOND_MANAGER = 'selma.begic@undp.example';
/** Records payments (the metadata's actor of DisbursementPaid: the event's data names no one). */
export const TREASURER = 'emina.kovac@undp.example';

const undp = (amountMinor: number): AgreementPartyInput => ({ partyId: 'undp', kind: 'undp', name: 'UNDP BiH', amount: usd(amountMinor) });
const gradacacTown: AgreementPartyInput = { partyId: 'grad-gradacac', kind: 'municipality', name: 'Grad Gradačac', municipalityId: 'gradacac', amount: bam(1_000_000) };
const volunteers = (amountMinor: number): AgreementPartyInput => ({ partyId: 'volonteri', kind: 'in-kind', name: 'Volonteri Gradačac', amount: bam(amountMinor) });
const trebinjeTown: AgreementPartyInput = { partyId: 'grad-trebinje', kind: 'municipality', name: 'Град Требиње', municipalityId: 'trebinje', amount: bam(500_000) };
const donor: AgreementPartyInput = { partyId: 'ambasada', kind: 'other-donor', name: 'Ambasada Švicarske', amount: usd(100_000) };

/** Gradačac's terms: version 1 as signed, version 2 raising UNDP's share and lowering the volunteers'. */
export const GRADACAC_V1 = validMoneyTerms([undp(2_000_000), gradacacTown, volunteers(150_000)], [BAM_RATE]);
export const GRADACAC_V2 = validMoneyTerms([undp(2_200_000), gradacacTown, volunteers(100_000)], [BAM_RATE]);
export const TREBINJE_V1 = validMoneyTerms([undp(1_200_000), trebinjeTown, donor], [BAM_RATE]);

const tranche = (trancheId: string, partyId: string, amount: Money, percent: number | null, dueOn: string, condition: Tranche['condition'] = null): Tranche => ({
  trancheId,
  partyId,
  amount,
  percent,
  dueOn,
  condition,
});

const content = (narrative: string, periodEnd: string): ReportContent => ({
  periodStart: '2021-07-15',
  periodEnd,
  narrative,
  beneficiaries: [
    { sex: 'female', ageGroup: '15-30', count: 48 },
    { sex: 'male', ageGroup: '15-30', count: 61 },
    { sex: 'undisclosed', ageGroup: 'under-15', count: 7 },
  ],
  volunteerMinutes: 5_400,
  spending: [
    { partyId: 'undp', category: 'Oprema', amount: usd(950_000) },
    { partyId: 'grad-gradacac', category: 'Građevinski radovi', amount: bam(1_000_000) },
  ],
});

type Entry = { readonly event: InitiativeEvent | EnvelopeEvent; readonly at: string; readonly actor?: string; readonly label?: string };

const reserve = (initiativeId: string, agreementVersion: number, undpUsdMinor: number, changeUsdMinor: number, reservedUsdMinor: number): EnvelopeEvent => ({
  type: 'CommitmentReserved',
  data: { programmeId: PROGRAMME_ID, initiativeId, agreementVersion, undpUsdMinor, changeUsdMinor, reservedUsdMinor, envelopeUsdMinor: ENVELOPE_USD_MINOR },
});

const requested = (initiativeId: string, disbursementId: string, trancheId: string, partyId: string, amount: Money, requestedAt: string): Entry => ({
  event: { type: 'DisbursementRequested', data: { initiativeId, disbursementId, trancheId, partyId, amount, requestedBy: MANAGER, requestedAt } },
  at: requestedAt,
});
const approved = (initiativeId: string, disbursementId: string, approvedAt: string): Entry => ({
  event: { type: 'DisbursementApproved', data: { initiativeId, disbursementId, approvedBy: SECOND_MANAGER, approvedAt } },
  at: approvedAt,
  actor: SECOND_MANAGER,
});
const paid = (initiativeId: string, disbursementId: string, partyId: string, amount: Money, valueDate: string, rate: ExchangeRate): Entry => ({
  event: {
    type: 'DisbursementPaid',
    data: { initiativeId, disbursementId, partyId, amount, paymentReference: `PAY-${disbursementId}`, valueDate, exchangeRate: rate, amountUsdMinor: toUsdMinor(amount, rate) },
  },
  at: `${valueDate}T12:00:00.000Z`,
  actor: TREASURER,
});

const HISTORY: readonly Entry[] = [
  {
    event: {
      type: 'InitiativeStarted',
      data: {
        initiativeId: GRADACAC,
        programmeId: PROGRAMME_ID,
        origin: { kind: 'priority', platformId: 'gradacac-youth', priorityId: 'skatepark' },
        municipalityId: 'gradacac',
        title: 'Skejt park Gradačac',
        amount: null,
      },
    },
    at: '2021-07-01T09:00:00.000Z',
  },
  {
    event: {
      type: 'InitiativeStarted',
      data: {
        initiativeId: TREBINJE,
        programmeId: PROGRAMME_ID,
        origin: { kind: 'award', callId: 'makers-call-2021', proposalId: 'park-trebinje' },
        municipalityId: 'trebinje',
        title: 'Парк младих Требиње',
        amount: usd(1_200_000),
      },
    },
    at: '2021-07-02T09:00:00.000Z',
    actor: 'system:award-process',
  },
  {
    event: {
      type: 'InitiativeStarted',
      data: {
        initiativeId: LUKAVICA,
        programmeId: SECOND_PHASE_ID,
        origin: { kind: 'priority', platformId: 'novo-sarajevo-istocno-novo-sarajevo', priorityId: 'staze' },
        municipalityId: 'istocno-novo-sarajevo',
        title: 'Sigurne staze do škole u Lukavici',
        amount: null,
      },
    },
    at: '2021-07-03T09:00:00.000Z',
    label: 'all started',
  },
  {
    event: { type: 'AgreementSigned', data: { initiativeId: GRADACAC, version: 1, agreementReference: 'MAKERS-CA-2021-07', signedOn: '2021-07-15', ...GRADACAC_V1 } },
    at: '2021-07-16T10:00:00.000Z',
  },
  { event: reserve(GRADACAC, 1, 2_000_000, 2_000_000, 2_000_000), at: '2021-07-16T10:00:00.000Z' },
  {
    event: {
      type: 'TrancheScheduleDefined',
      data: {
        initiativeId: GRADACAC,
        agreementVersion: 1,
        tranches: [
          tranche('t1', 'undp', usd(1_000_000), 50, '2021-08-01'),
          tranche('t2', 'undp', usd(1_000_000), 50, '2022-03-01', 'interim-report-accepted'),
          tranche('t3', 'grad-gradacac', bam(1_000_000), null, '2021-09-01'),
        ],
      },
    },
    at: '2021-07-20T10:00:00.000Z',
    label: 'first schedule',
  },
  requested(GRADACAC, 'd1', 't1', 'undp', usd(1_000_000), '2021-08-02T08:00:00.000Z'),
  approved(GRADACAC, 'd1', '2021-08-03T08:00:00.000Z'),
  paid(GRADACAC, 'd1', 'undp', usd(1_000_000), '2021-08-05', USD_AT_PAR),
  requested(GRADACAC, 'd2', 't3', 'grad-gradacac', bam(1_000_000), '2021-09-02T08:00:00.000Z'),
  approved(GRADACAC, 'd2', '2021-09-03T08:00:00.000Z'),
  paid(GRADACAC, 'd2', 'grad-gradacac', bam(1_000_000), '2021-09-10', BAM_RATE),
  requested(GRADACAC, 'd2x', 't2', 'undp', usd(1_000_000), '2021-09-15T08:00:00.000Z'),
  {
    event: { type: 'DisbursementRejected', data: { initiativeId: GRADACAC, disbursementId: 'd2x', reason: 'Izvještaj još nije prihvaćen', rejectedBy: SECOND_MANAGER, rejectedAt: '2021-09-16T08:00:00.000Z' } },
    at: '2021-09-16T08:00:00.000Z',
    actor: SECOND_MANAGER,
  },
  {
    event: { type: 'AgreementSigned', data: { initiativeId: TREBINJE, version: 1, agreementReference: 'MAKERS-CA-2021-09', signedOn: '2021-09-01', ...TREBINJE_V1 } },
    at: '2021-09-01T10:00:00.000Z',
  },
  { event: reserve(TREBINJE, 1, 1_200_000, 1_200_000, 3_200_000), at: '2021-09-01T10:00:00.000Z' },
  {
    event: {
      type: 'TrancheScheduleDefined',
      data: {
        initiativeId: TREBINJE,
        agreementVersion: 1,
        tranches: [
          tranche('t1', 'undp', usd(1_200_000), 100, '2021-10-01'),
          tranche('t2', 'grad-trebinje', bam(500_000), null, '2021-10-01'),
          tranche('t3', 'ambasada', usd(100_000), null, '2021-11-01'),
        ],
      },
    },
    at: '2021-09-02T10:00:00.000Z',
  },
  requested(TREBINJE, 'd1', 't1', 'undp', usd(1_200_000), '2021-09-20T08:00:00.000Z'),
  approved(TREBINJE, 'd1', '2021-09-21T08:00:00.000Z'),
  paid(TREBINJE, 'd1', 'undp', usd(1_200_000), '2021-10-01', USD_AT_PAR),
  requested(TREBINJE, 'd2', 't2', 'grad-trebinje', bam(500_000), '2021-10-02T08:00:00.000Z'),
  approved(TREBINJE, 'd2', '2021-10-03T08:00:00.000Z'),
  requested(TREBINJE, 'd3', 't3', 'ambasada', usd(100_000), '2021-11-02T08:00:00.000Z'),
  {
    event: {
      type: 'AgreementAmended',
      data: {
        initiativeId: GRADACAC,
        version: 2,
        reason: 'Rasvjeta i ograda',
        amendmentReference: 'MAKERS-CA-2021-07/A1',
        amendedOn: '2022-01-28',
        amendedAt: '2022-02-01T10:00:00.000Z',
        ...GRADACAC_V2,
      },
    },
    at: '2022-02-01T10:00:00.000Z',
    label: 'amended',
  },
  { event: reserve(GRADACAC, 2, 2_200_000, 200_000, 3_400_000), at: '2022-02-01T10:00:00.000Z' },
  {
    event: {
      type: 'TrancheScheduleDefined',
      data: {
        initiativeId: GRADACAC,
        agreementVersion: 2,
        tranches: [
          tranche('t1', 'undp', usd(1_000_000), null, '2021-08-01'),
          tranche('t3', 'grad-gradacac', bam(1_000_000), null, '2021-09-01'),
          tranche('t4', 'undp', usd(800_000), null, '2022-04-01', 'interim-report-accepted'),
          tranche('t5', 'undp', usd(400_000), null, '2022-10-01', 'final-report-accepted'),
        ],
      },
    },
    at: '2022-02-02T10:00:00.000Z',
    label: 'second schedule',
  },
  {
    event: { type: 'ReportSubmitted', data: { initiativeId: GRADACAC, reportId: 'r1', kind: 'progress', version: 1, submittedBy: 'lejla.begic@gradacac.example', submittedAt: '2022-03-01T10:00:00.000Z', ...content('Temelji su postavljeni.', '2022-02-28') } },
    at: '2022-03-01T10:00:00.000Z',
  },
  {
    event: { type: 'ReportReturned', data: { initiativeId: GRADACAC, reportId: 'r1', kind: 'progress', version: 1, reason: 'Nedostaju računi za opremu', returnedBy: MANAGER, returnedAt: '2022-03-03T10:00:00.000Z' } },
    at: '2022-03-03T10:00:00.000Z',
    label: 'report returned',
  },
  {
    event: {
      type: 'ReportSubmitted',
      data: { initiativeId: GRADACAC, reportId: 'r1', kind: 'progress', version: 2, submittedBy: 'lejla.begic@gradacac.example', submittedAt: '2022-03-05T10:00:00.000Z', ...content('Temelji su postavljeni; računi priloženi.', '2022-02-28') },
    },
    at: '2022-03-05T10:00:00.000Z',
  },
  {
    event: { type: 'ReportAccepted', data: { initiativeId: GRADACAC, reportId: 'r1', kind: 'progress', version: 2, acceptedBy: MANAGER, acceptedAt: '2022-03-07T10:00:00.000Z' } },
    at: '2022-03-07T10:00:00.000Z',
    label: 'interim accepted',
  },
  requested(GRADACAC, 'd3', 't4', 'undp', usd(800_000), '2022-04-02T08:00:00.000Z'),
  approved(GRADACAC, 'd3', '2022-04-03T08:00:00.000Z'),
  paid(GRADACAC, 'd3', 'undp', usd(800_000), '2022-04-05', USD_AT_PAR),
  {
    event: { type: 'ReportSubmitted', data: { initiativeId: GRADACAC, reportId: 'r2', kind: 'final', version: 1, submittedBy: 'lejla.begic@gradacac.example', submittedAt: '2022-10-01T10:00:00.000Z', ...content('Skejt park je otvoren.', '2022-09-30') } },
    at: '2022-10-01T10:00:00.000Z',
  },
  {
    event: { type: 'ReportAccepted', data: { initiativeId: GRADACAC, reportId: 'r2', kind: 'final', version: 1, acceptedBy: MANAGER, acceptedAt: '2022-10-03T10:00:00.000Z' } },
    at: '2022-10-03T10:00:00.000Z',
    label: 'final accepted',
  },
  requested(GRADACAC, 'd4', 't5', 'undp', usd(400_000), '2022-10-04T08:00:00.000Z'),
  approved(GRADACAC, 'd4', '2022-10-05T08:00:00.000Z'),
  paid(GRADACAC, 'd4', 'undp', usd(400_000), '2022-10-06', USD_AT_PAR),
  { event: { type: 'InitiativeClosed', data: { initiativeId: GRADACAC, closedBy: MANAGER, closedAt: '2022-12-15T10:00:00.000Z' } }, at: '2022-12-15T10:00:00.000Z', label: 'closed' },
  {
    event: { type: 'RefundRecorded', data: { initiativeId: GRADACAC, refundId: 'f1', partyId: 'undp', amount: usd(50_000), valueDate: '2023-01-20', exchangeRate: USD_AT_PAR, amountUsdMinor: 50_000 } },
    at: '2023-01-20T10:00:00.000Z',
  },
  {
    event: {
      type: 'RefundRecorded',
      // A tenth of the BAM 10,000 paid at BAM_RATE (USD 6,135.50) comes off at that rate; at the day's rate it is worth less.
      data: {
        initiativeId: GRADACAC,
        refundId: 'f2',
        partyId: 'grad-gradacac',
        amount: bam(100_000),
        valueDate: '2023-02-10',
        exchangeRate: BAM_RATE_2022,
        amountUsdMinor: 61_355,
        valueUsdMinorAtRefundRate: toUsdMinor(bam(100_000), BAM_RATE_2022),
      },
    },
    at: '2023-02-10T10:00:00.000Z',
    label: 'refunded',
  },
];

export type HistoryLabel = 'all started' | 'first schedule' | 'amended' | 'second schedule' | 'report returned' | 'interim accepted' | 'final accepted' | 'closed' | 'refunded';

const streamOf = (event: InitiativeEvent | EnvelopeEvent): string =>
  event.type === 'CommitmentReserved' || event.type === 'CommitmentReleased' ? envelopeStreamName(event.data.programmeId) : initiativeStreamName(event.data.initiativeId);

const indexAfter = (label: HistoryLabel): number => {
  const index = HISTORY.findIndex((entry) => entry.label === label);
  if (index < 0) throw new Error(`No history entry is labelled ${label}`);
  return index + 1;
};

const record = (entries: readonly Entry[]): RecordedEvent[] =>
  entries.map(({ event, at, actor }) => recordedEvent(event, streamOf(event), { actor: actor ?? MANAGER, occurredAt: at }));

/** The history as recorded, up to and including the entry with `until` (all of it without one); fresh positions each call. */
export const recordedHistory = (until?: HistoryLabel): RecordedEvent[] => record(HISTORY.slice(0, until === undefined ? HISTORY.length : indexAfter(until)));

/** The rest of the history after the entry labelled `after`, up to `until`. */
export const recordedHistoryAfter = (after: HistoryLabel, until?: HistoryLabel): RecordedEvent[] =>
  record(HISTORY.slice(indexAfter(after), until === undefined ? HISTORY.length : indexAfter(until)));

/** Feeds events to the projection one transaction each, as the runner commits them with its checkpoint. */
export const project = async (db: Kysely<any>, events: readonly RecordedEvent[]): Promise<void> => {
  for (const event of events) await db.transaction().execute((trx) => initiativeProjection.apply(trx, event));
};
