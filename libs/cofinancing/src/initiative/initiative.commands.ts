import type { Money } from '@makers/kernel';
import type { AgreementPartyInput } from './agreement.terms';
import type { ExchangeRate } from './exchange-rate';
import type { TrancheInput } from './tranche-schedule';

/**
 * Sent by the award → co-financing process manager for each funded proposal of a `CallAwarded`, exactly once in
 * effect: the id is derived from the award (`award-<callId>-<proposalId>`), so a replayed or repeated award meets
 * `InitiativeAlreadyStarted`, which the process manager treats as done.
 */
export type StartInitiativeFromAward = {
  type: 'StartInitiativeFromAward';
  data: {
    initiativeId: string;
    callId: string;
    proposalId: string;
    municipalityId: string;
    /** The proposal's title, so the initiative reads on its own. */
    title: string;
    /** The amount the award funded. */
    amount: Money;
  };
};

/** A programme manager starts an initiative directly from a platform's priority. */
export type StartInitiativeFromPriority = {
  type: 'StartInitiativeFromPriority';
  data: {
    initiativeId: string;
    programmeId: string;
    municipalityId: string;
    platformId: string;
    priorityId: string;
    title: string;
    /**
     * Whether the priority stands, as the handler found it in the platform's decision register: true while its
     * decision stands, false once superseded or rescinded, null when the register has no such priority.
     */
    priorityStanding: boolean | null;
  };
};

/** Every command names its initiative: the handler reads the stream it names. */
export type SignAgreement = {
  type: 'SignAgreement';
  data: { initiativeId: string; agreementReference: string; signedOn: string; parties: AgreementPartyInput[]; exchangeRates: ExchangeRate[] };
};

export type AmendAgreement = { type: 'AmendAgreement'; data: { initiativeId: string; parties: AgreementPartyInput[]; exchangeRates: ExchangeRate[]; reason: string } };

export type DefineTrancheSchedule = { type: 'DefineTrancheSchedule'; data: { initiativeId: string; tranches: TrancheInput[] } };

export type InitiativeCommand = StartInitiativeFromAward | StartInitiativeFromPriority | SignAgreement | AmendAgreement | DefineTrancheSchedule;
