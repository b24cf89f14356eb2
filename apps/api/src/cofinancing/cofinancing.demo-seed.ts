import { identity, type Identity, type Money } from '@makers/kernel';
import { foldStream, type EventStore } from '@makers/event-store';
import { initiativeDecider, initiativeStreamName, USD_AT_PAR, type ExchangeRate, type Initiative } from '@makers/cofinancing';
import {
  bamRateOn,
  makersInitiatives,
  makersMeetings,
  makersPlatforms,
  makersProgramme,
  makersTrancheSchedule,
  type DemoInitiative,
  type DemoInitiativeStep,
  type DemoReport,
  type DemoReportContent,
} from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ExecuteInitiativeCommand, type InitiativeRequest } from './initiative.commands';

/**
 * Replays MAKERS co-financing as it ran (the records are `makersInitiatives` in `@makers/demo-data`): each initiative's
 * commands at their dates, disbursements requested by one programme manager and approved by another, reports submitted
 * by the municipality's staff and reviewed by a programme manager.
 */

// ——— who acts ———

/** Two UNDP programme managers: one runs the initiatives and asks for money, the other approves it and reviews reports. */
const AMRA = identity('demo:programme-manager-amra-hadzic', ['programme-manager']);
const NEDIM = identity('demo:programme-manager-nedim-kurtovic', ['programme-manager']);

/** The municipal staff member of the municipality's own platform reports for it; for an inter-municipal one, the programme manager. */
const reporterFor = (municipalityId: string): Identity => {
  const platform = makersPlatforms.find((candidate) => candidate.municipalityIds.length === 1 && candidate.municipalityIds[0] === municipalityId);
  const staff = platform?.members.find((member) => member.role === 'municipal-staff');
  return staff ? identity(`demo:${staff.personId}`, ['municipal-officer'], { municipalityIds: [municipalityId] }) : AMRA;
};

// ——— rates and dates ———

const rateFor = (money: Money, date: string): ExchangeRate => (money.currency === 'USD' ? USD_AT_PAR : bamRateOn(date));

/** Sarajevo time: summer time from the last Sunday of March to the last Sunday of October. */
const at = (date: string, time = '10:00'): string => {
  const [year, month, day] = date.split('-').map(Number);
  const lastSunday = (m: number) => 31 - new Date(Date.UTC(year, m - 1, 31)).getUTCDay();
  const summer = (month > 3 && month < 10) || (month === 3 && day >= lastSunday(3)) || (month === 10 && day < lastSunday(10));
  return `${date}T${time}:00${summer ? '+02:00' : '+01:00'}`;
};

/** The n-th working day after a date (Saturdays and Sundays skipped). */
const workingDaysAfter = (date: string, n: number): string => {
  const day = new Date(`${date}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
};

// ——— the seed ———

/** A priority's title as its platform decided it. */
const priorityTitle = (priorityId: string): string => {
  const priority = makersMeetings.flatMap((meeting) => meeting.decisions).find((decision) => decision.priority?.priorityId === priorityId)?.priority;
  if (!priority) throw new Error(`No demo platform decided the priority ${priorityId}`);
  return priority.title;
};

/** Each round's tranches, as the `<party>-<round>` ids of the schedule name them. */
const isOfRound = (trancheId: string, round: number) => trancheId.endsWith(`-${round}`);

type Send = (who: Identity, request: InitiativeRequest, on: string, time?: string) => Promise<void>;

/** One initiative's replay: how it sends, and what its stream holds now. */
interface Replay {
  readonly demo: DemoInitiative;
  readonly send: Send;
  readonly state: () => Promise<Initiative>;
  /** Counts a command not sent because its work is there. */
  readonly alreadyThere: () => void;
}

const startedState = async ({ demo, state }: Replay) => {
  const initiative = await state();
  if (initiative.status !== 'started') throw new Error(`${demo.initiativeId} was not started: did the award fund it?`);
  return initiative;
};

/** A party's currency; the demo's one amendment changes amounts, never a party's currency. */
const moneyOf = (demo: DemoInitiative, partyId: string, units: number): Money => {
  const party = demo.parties.find((candidate) => candidate.partyId === partyId);
  if (!party) throw new Error(`${demo.initiativeId} has no party ${partyId}`);
  return { amountMinor: units * 100, currency: party.amount.currency };
};

const startAndSign = async (replay: Replay): Promise<void> => {
  const { demo, send } = replay;
  const { initiativeId, signedOn } = demo;
  if (demo.origin.kind === 'priority') {
    const { platformId, priorityId, startedOn } = demo.origin;
    const data = { initiativeId, programmeId: makersProgramme.programmeId, municipalityId: demo.municipalityId, platformId, priorityId, title: priorityTitle(priorityId) };
    await send(AMRA, { type: 'StartInitiativeFromPriority', data }, startedOn, '09:00');
  }
  await send(AMRA, { type: 'SignAgreement', data: { initiativeId, agreementReference: demo.agreementReference, signedOn, parties: [...demo.parties], exchangeRates: ratesAtSigning(demo) } }, signedOn, '12:00');
  // Only while there is none: on a second run Doboj Istok's would replace its amendment's schedule, which is not the same.
  if ((await startedState(replay)).tranches.length === 0) {
    const tranches = makersTrancheSchedule(demo.parties, signedOn, demo.due);
    await send(AMRA, { type: 'DefineTrancheSchedule', data: { initiativeId, expectedScheduleVersion: 0, tranches } }, signedOn, '12:30');
  } else replay.alreadyThere();
};

/** The agreement's rates are those of the day it was signed, and stay so through its amendment. */
const ratesAtSigning = (demo: DemoInitiative): ExchangeRate[] => (demo.parties.some((party) => party.amount.currency === 'BAM') ? [bamRateOn(demo.signedOn)] : []);

/** Requested by one programme manager, approved by the other the next working day, paid two working days later. */
const disburseRound = async (replay: Replay, round: number, requestedOn: string): Promise<void> => {
  const { demo, send } = replay;
  const { initiativeId } = demo;
  const approvedOn = workingDaysAfter(requestedOn, 1);
  const valueDate = workingDaysAfter(approvedOn, 2);
  const tranches = (await startedState(replay)).tranches.filter((tranche) => isOfRound(tranche.trancheId, round));
  const disbursementOf = (trancheId: string) => `${initiativeId}-${trancheId}`;
  // Each day's work for the whole round, so the stream reads in the order it happened.
  for (const { trancheId, amount } of tranches) {
    await send(AMRA, { type: 'RequestDisbursement', data: { initiativeId, disbursementId: disbursementOf(trancheId), trancheId, amount } }, requestedOn);
  }
  for (const { trancheId } of tranches) await send(NEDIM, { type: 'ApproveDisbursement', data: { initiativeId, disbursementId: disbursementOf(trancheId) } }, approvedOn);
  for (const { trancheId, amount } of tranches) {
    const data = { initiativeId, disbursementId: disbursementOf(trancheId), paymentReference: `PN-${demo.agreementReference}-${trancheId}`, valueDate, exchangeRate: rateFor(amount, valueDate) };
    await send(AMRA, { type: 'PayDisbursement', data }, valueDate, '14:00');
  }
};

/** Submitted by the municipality (or the programme manager), reviewed by the other programme manager. */
const reportOn = async ({ demo, send }: Replay, report: DemoReport): Promise<void> => {
  const { initiativeId } = demo;
  const reportId = `${initiativeId}-${report.kind}`;
  const [periodStart, periodEnd] = report.period;
  const submit = (content: DemoReportContent, on: string) => {
    const { narrative, volunteerMinutes } = content;
    const beneficiaries = content.beneficiaries.map(([sex, ageGroup, count]) => ({ sex, ageGroup, count }));
    const spending = content.spending.map(([partyId, category, units]) => ({ partyId, category, amount: moneyOf(demo, partyId, units) }));
    const data = { initiativeId, reportId, kind: report.kind, periodStart, periodEnd, narrative, beneficiaries, volunteerMinutes, spending };
    return send(reporterFor(demo.municipalityId), { type: 'SubmitReport', data }, on);
  };
  await submit(report, report.submittedOn);
  if (report.returned) {
    const { on, reason, resubmittedOn, revised } = report.returned;
    await send(NEDIM, { type: 'ReturnReport', data: { initiativeId, reportId, reason } }, on);
    await submit({ ...report, ...revised }, resubmittedOn);
  }
  if (report.acceptedOn) await send(NEDIM, { type: 'AcceptReport', data: { initiativeId, reportId } }, report.acceptedOn);
};

/**
 * An amendment amends the version the one before it left (1: as signed) and replaces the schedule defined with it (1: the
 * schedule at signing), each amendment coming with its schedule. Sent again by a second run, both change nothing.
 */
const amend = async ({ demo, send }: Replay, step: Extract<DemoInitiativeStep, { do: 'amend' }>): Promise<void> => {
  const { initiativeId } = demo;
  const amendmentsBefore = demo.story.slice(0, demo.story.indexOf(step)).filter((earlier) => earlier.do === 'amend').length;
  const amendment = {
    initiativeId,
    expectedAgreementVersion: 1 + amendmentsBefore,
    amendmentReference: step.amendmentReference,
    amendedOn: step.on,
    parties: [...step.parties],
    exchangeRates: ratesAtSigning(demo),
    reason: step.reason,
  };
  await send(AMRA, { type: 'AmendAgreement', data: amendment }, step.on);
  await send(AMRA, { type: 'DefineTrancheSchedule', data: { initiativeId, expectedScheduleVersion: 1 + amendmentsBefore, tranches: [...step.tranches] } }, step.on, '12:30');
};

const replayStep = async (replay: Replay, step: DemoInitiativeStep): Promise<void> => {
  const { demo, send } = replay;
  const { initiativeId } = demo;
  switch (step.do) {
    case 'disburse':
      return disburseRound(replay, step.round, step.requestedOn);
    case 'report':
      return reportOn(replay, step.report);
    case 'amend':
      return amend(replay, step);
    case 'reject': {
      const tranche = (await startedState(replay)).tranches.find((candidate) => candidate.trancheId === step.trancheId);
      if (!tranche) throw new Error(`${initiativeId} has no tranche ${step.trancheId}`);
      const disbursementId = `${initiativeId}-${step.trancheId}-early`;
      await send(AMRA, { type: 'RequestDisbursement', data: { initiativeId, disbursementId, trancheId: step.trancheId, amount: tranche.amount } }, step.requestedOn);
      return send(NEDIM, { type: 'RejectDisbursement', data: { initiativeId, disbursementId, reason: step.reason } }, workingDaysAfter(step.requestedOn, 1));
    }
    case 'refund': {
      const amount = moneyOf(demo, step.partyId, step.units);
      const data = { initiativeId, refundId: `${initiativeId}-refund-1`, partyId: step.partyId, amount, valueDate: step.valueDate, exchangeRate: rateFor(amount, step.valueDate) };
      return send(AMRA, { type: 'RecordRefund', data }, step.valueDate, '14:00');
    }
    case 'close':
      return send(NEDIM, { type: 'CloseInitiative', data: { initiativeId } }, step.on);
  }
};

/** Replays each initiative as it ran, each command at its date; the award's initiatives were started by the award process. */
export const seedCofinancing = async (seeder: DemoSeeder): Promise<void> => {
  const store = seeder.app.get<EventStore>(EVENT_STORE);
  for (const demo of makersInitiatives) {
    const replay: Replay = {
      demo,
      send: (who, request, on, time) => seeder.sendAs(who, (metadata) => new ExecuteInitiativeCommand(request, metadata), at(on, time)),
      state: () => foldStream(store, initiativeStreamName(demo.initiativeId), initiativeDecider),
      alreadyThere: () => seeder.alreadyThere(),
    };
    await startAndSign(replay);
    for (const step of demo.story) await replayStep(replay, step);
  }
};
