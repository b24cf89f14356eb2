import { identity, type Identity } from '@makers/kernel';
import type { HandledCommand } from '@makers/event-store';
import type { InitiativeEvent } from '@makers/cofinancing';
import { CommandSender } from '../commands/command-sender';
import { RECORD_DECISION, prepareMeeting, recordDecisionInput } from '../meetings/meetings.mutation-examples';
import { EXAMPLE_MUNICIPALITY_IDS, EXAMPLE_PROGRAMME_ID } from '../platforms/platforms.mutation-examples';
import { ADD_PARTNER, REGISTER_PROGRAMME, registerProgrammeInput } from '../programme/programme.mutation-examples';
import { commandMetadataFor } from '../request/command-metadata';
import type { ApiHarness } from '../testing/api-harness';
import { setUp, type MutationExample, type PreparedCall } from '../testing/mutation-examples';
import { ExecuteInitiativeCommand, type InitiativeRequest } from './initiative.commands';

/**
 * Valid calls of the initiative mutations, for the matrices and the bad-input properties, and the setup the API specs
 * build on. Each example has its own programme (`cofinancing-<unique>`, USD 425,000), so no run of the matrix drains
 * another's envelope, and its own initiative, started as the award process starts one (it has no mutation).
 *
 * Four eyes: a disbursement is requested by REQUESTER and a report submitted by REPORTER, so whoever calls the
 * mutation under test (the matrix's identities, the bad-input test's administrator, setUp's) may approve or review it.
 */

const CHANGE = '{ initiativeId events { type streamName } }';
export const START_FROM_PRIORITY = `mutation ($input: StartInitiativeFromPriorityInput!) { startInitiativeFromPriority(input: $input) ${CHANGE} }`;
export const SIGN_AGREEMENT = `mutation ($input: SignAgreementInput!) { signAgreement(input: $input) ${CHANGE} }`;
export const AMEND_AGREEMENT = `mutation ($input: AmendAgreementInput!) { amendAgreement(input: $input) ${CHANGE} }`;
export const DEFINE_TRANCHES = `mutation ($input: DefineTrancheScheduleInput!) { defineTrancheSchedule(input: $input) ${CHANGE} }`;
export const REQUEST_DISBURSEMENT = `mutation ($input: RequestDisbursementInput!) { requestDisbursement(input: $input) ${CHANGE} }`;
export const APPROVE_DISBURSEMENT = `mutation ($input: ApproveDisbursementInput!) { approveDisbursement(input: $input) ${CHANGE} }`;
export const REJECT_DISBURSEMENT = `mutation ($input: RejectDisbursementInput!) { rejectDisbursement(input: $input) ${CHANGE} }`;
export const PAY_DISBURSEMENT = `mutation ($input: PayDisbursementInput!) { payDisbursement(input: $input) ${CHANGE} }`;
export const RECORD_REFUND = `mutation ($input: RecordRefundInput!) { recordRefund(input: $input) ${CHANGE} }`;
export const SUBMIT_REPORT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) ${CHANGE} }`;
export const ACCEPT_REPORT = `mutation ($input: AcceptReportInput!) { acceptReport(input: $input) ${CHANGE} }`;
export const RETURN_REPORT = `mutation ($input: ReturnReportInput!) { returnReport(input: $input) ${CHANGE} }`;
export const CLOSE_INITIATIVE = `mutation ($input: CloseInitiativeInput!) { closeInitiative(input: $input) ${CHANGE} }`;

/**
 * The initiatives' municipality, and the municipality party of their agreements: one the example platform covers, so an
 * initiative may start from that platform's priority there (MunicipalityNotCoveredByPlatform).
 */
export const EXAMPLE_MUNICIPALITY_ID = EXAMPLE_MUNICIPALITY_IDS[0];

/** Who records setup; and the other persons four eyes need. */
export const COFINANCING_SETUP: Identity = identity('test:cofinancing-setup', ['administrator']);
export const REQUESTER: Identity = identity('test:cofinancing-requester', ['programme-manager']);
export const APPROVER: Identity = identity('test:cofinancing-approver', ['programme-manager']);
export const REPORTER: Identity = identity('test:cofinancing-reporter', ['municipal-officer'], { municipalityIds: [EXAMPLE_MUNICIPALITY_ID] });

/** 1.20 USD/EUR through the BAM peg (1.95583 BAM/EUR): USD per BAM, exactly as agreed. */
export const BAM_RATE = { currency: 'BAM' as const, usdPerUnit: { numerator: 120_000, denominator: 195_583 } };
export const USD_RATE = { currency: 'USD' as const, usdPerUnit: { numerator: 1, denominator: 1 } };

/**
 * A skate park in Novo Sarajevo: UNDP USD 20,000, the municipality BAM 19,558.30 (USD 12,000.00 at BAM_RATE), as GraphQL takes
 * it. `undpMinor` changes UNDP's share.
 */
export const agreementParties = (undpMinor = 2_000_000) => [
  { partyId: 'undp', kind: 'UNDP', name: 'UNDP Bosna i Hercegovina', amountMinor: undpMinor, currency: 'USD' },
  { partyId: 'novo-sarajevo', kind: 'MUNICIPALITY', name: 'Općina Novo Sarajevo', municipalityId: EXAMPLE_MUNICIPALITY_ID, amountMinor: 1_955_830, currency: 'BAM' },
];

export const signAgreementInput = (initiativeId: string, undpMinor?: number) => ({
  initiativeId,
  agreementReference: `MAKERS-CF-${initiativeId}`,
  signedOn: '2021-09-15',
  parties: agreementParties(undpMinor),
  exchangeRates: [BAM_RATE],
});

/**
 * An amendment, as GraphQL takes it, of version `expectedAgreementVersion` (1: as signed) to UNDP's share of
 * `undpMinor`, agreed on `amendedOn` (after signAgreementInput's signing).
 */
export const amendAgreementInput = (
  initiativeId: string,
  undpMinor: number,
  { reason = `UNDP mijenja učešće na USD ${undpMinor / 100}`, expectedAgreementVersion = 1, amendedOn = '2021-11-01' } = {},
) => ({
  initiativeId,
  expectedAgreementVersion,
  amendmentReference: `MAKERS-CF-${initiativeId}/A${expectedAgreementVersion}`,
  amendedOn,
  parties: agreementParties(undpMinor),
  exchangeRates: [BAM_RATE],
  reason,
});

/** UNDP's 60 % on signature and 40 % once a report is accepted; the municipality's share in one amount. */
export const TRANCHES = [
  { trancheId: 'undp-1', partyId: 'undp', percent: 60, dueOn: '2021-10-01' },
  { trancheId: 'undp-2', partyId: 'undp', percent: 40, dueOn: '2022-03-01', condition: 'INTERIM_REPORT_ACCEPTED' },
  { trancheId: 'novo-sarajevo-1', partyId: 'novo-sarajevo', amountMinor: 1_955_830, currency: 'BAM', dueOn: '2021-10-15' },
];

export const reportInput = (initiativeId: string, reportId: string, kind: 'PROGRESS' | 'FINAL' = 'FINAL') => ({
  initiativeId,
  reportId,
  kind,
  periodStart: '2021-09-15',
  periodEnd: '2022-06-30',
  narrative: 'Skate park je izgrađen i otvoren u junu.\nMladi iz obje škole su ga zajedno uredili.',
  beneficiaries: [
    { sex: 'FEMALE', ageGroup: 'FROM_15_TO_30', count: 64 },
    { sex: 'MALE', ageGroup: 'FROM_15_TO_30', count: 71 },
  ],
  volunteerMinutes: 9_600,
  spending: [
    { partyId: 'undp', category: 'Materijal i oprema', amountMinor: 1_200_000, currency: 'USD' as const },
    { partyId: 'novo-sarajevo', category: 'Radovi na terenu', amountMinor: 1_955_830, currency: 'BAM' as const },
  ],
});

/** The domain command as the bus takes it: report input minus GraphQL's enum names. */
const reportRequest = (initiativeId: string, reportId: string, kind: 'progress' | 'final'): InitiativeRequest => {
  const input = reportInput(initiativeId, reportId);
  return {
    type: 'SubmitReport',
    data: {
      ...input,
      kind,
      beneficiaries: [
        { sex: 'female', ageGroup: '15-30', count: 64 },
        { sex: 'male', ageGroup: '15-30', count: 71 },
      ],
      spending: input.spending.map(({ partyId, category, amountMinor, currency }) => ({ partyId, category, amount: { amountMinor, currency } })),
    },
  };
};

/** Sends an initiative command through the same handler and rules as the mutations, as `who`; refusals throw. */
export const sendInitiativeCommand = (api: ApiHarness, request: InitiativeRequest, who: Identity = COFINANCING_SETUP): Promise<HandledCommand<InitiativeEvent>> =>
  api.app.get(CommandSender).send(new ExecuteInitiativeCommand(request, commandMetadataFor(who)));

/**
 * A programme `cofinancing-<unique>` with MAKERS' USD 425,000 envelope, or `envelopeMinor`, whose partners are the
 * example municipalities (registered with the example platform, whose priority initiatives start from), so an
 * initiative may start there (MunicipalityNotPartner).
 */
export const prepareProgramme = async (api: ApiHarness, unique: string, envelopeMinor?: number): Promise<string> => {
  const programmeId = `cofinancing-${unique}`;
  await setUp(api, REGISTER_PROGRAMME, { ...registerProgrammeInput(programmeId), ...(envelopeMinor ? { budgetEnvelopeMinor: envelopeMinor } : {}) });
  await examplePriority(api);
  for (const municipalityId of EXAMPLE_MUNICIPALITY_IDS) await setUp(api, ADD_PARTNER, { programmeId, municipalityId });
  return programmeId;
};

/** How far `prepareInitiative` takes an initiative. */
export type InitiativeStage =
  /** Started, as the award process starts one, in a programme of its own. */
  | 'started'
  /** …its agreement signed (UNDP USD 20,000, Novo Sarajevo BAM 19,558.30). */
  | 'signed'
  /** …its tranches scheduled. */
  | 'scheduled'
  /** …USD 12,000 of UNDP's first tranche requested by REQUESTER as `disbursement-1`. */
  | 'requested'
  /** …approved by APPROVER. */
  | 'approved'
  /** …paid. */
  | 'paid'
  /** Signed, with final report `report-1` submitted by REPORTER. */
  | 'reported'
  /** …accepted by APPROVER. */
  | 'report-accepted';

/** A fresh initiative `initiative-<unique>` at `stage`, in its own programme; returns its id. */
export const prepareInitiative = async (api: ApiHarness, unique: string, stage: InitiativeStage): Promise<string> => {
  const programmeId = await prepareProgramme(api, unique);
  const initiativeId = `initiative-${unique}`;
  await sendInitiativeCommand(api, {
    type: 'StartInitiativeFromAward',
    data: {
      initiativeId,
      programmeId,
      callId: `call-${unique}`,
      proposalId: `proposal-${unique}`,
      municipalityId: EXAMPLE_MUNICIPALITY_ID,
      title: 'Skate park za mlade Novo Sarajevo',
      amount: { amountMinor: 2_000_000, currency: 'USD' },
    },
  });
  if (stage === 'started') return initiativeId;
  await setUp(api, SIGN_AGREEMENT, signAgreementInput(initiativeId));
  if (stage === 'reported' || stage === 'report-accepted') {
    await sendInitiativeCommand(api, reportRequest(initiativeId, 'report-1', 'final'), REPORTER);
    if (stage === 'report-accepted') await sendInitiativeCommand(api, { type: 'AcceptReport', data: { initiativeId, reportId: 'report-1' } }, APPROVER);
    return initiativeId;
  }
  if (stage === 'signed') return initiativeId;
  await setUp(api, DEFINE_TRANCHES, { initiativeId, expectedScheduleVersion: 0, tranches: TRANCHES });
  if (stage === 'scheduled') return initiativeId;
  const disbursement = { initiativeId, disbursementId: 'disbursement-1' };
  await sendInitiativeCommand(api, { type: 'RequestDisbursement', data: { ...disbursement, trancheId: 'undp-1', amount: { amountMinor: 1_200_000, currency: 'USD' } } }, REQUESTER);
  if (stage === 'requested') return initiativeId;
  await sendInitiativeCommand(api, { type: 'ApproveDisbursement', data: disbursement }, APPROVER);
  if (stage === 'approved') return initiativeId;
  await sendInitiativeCommand(api, { type: 'PayDisbursement', data: { ...disbursement, paymentReference: `UNDP-PAY-${unique}`, valueDate: '2021-10-04', exchangeRate: USD_RATE } });
  return initiativeId;
};

/** A standing priority of an example platform, identified once per app; initiatives of many examples start from it. */
const priorities = new WeakMap<ApiHarness, Promise<{ platformId: string; priorityId: string }>>();

export const examplePriority = (api: ApiHarness): Promise<{ platformId: string; priorityId: string }> => {
  const known = priorities.get(api);
  if (known) return known;
  const identified = (async () => {
    const { platform, meetingId } = await prepareMeeting(api, 'cofinancing-priority', 'held');
    const decisionId = 'decision-cofinancing-priority';
    await setUp(api, RECORD_DECISION, recordDecisionInput(decisionId, meetingId, platform.platformId));
    return { platformId: platform.platformId, priorityId: `${decisionId}-priority` };
  })();
  priorities.set(api, identified);
  return identified;
};

/** The scope a report concerns: the initiative's municipality, whose officers may submit it. */
const concerning = { municipalityIds: [EXAMPLE_MUNICIPALITY_ID] };

const withInitiative = (stage: InitiativeStage, input: (initiativeId: string, unique: string) => Record<string, unknown>, extra: Partial<PreparedCall> = {}) =>
  async (api: ApiHarness, unique: string): Promise<PreparedCall> => {
    const initiativeId = await prepareInitiative(api, unique, stage);
    return { input: input(initiativeId, unique), ...extra };
  };

export const cofinancingMutationExamples: Readonly<Record<string, MutationExample>> = {
  startInitiativeFromPriority: {
    document: START_FROM_PRIORITY,
    prepare: async (api, unique) => {
      const { platformId, priorityId } = await examplePriority(api);
      return {
        input: { id: `initiative-${unique}`, programmeId: EXAMPLE_PROGRAMME_ID, municipalityId: EXAMPLE_MUNICIPALITY_IDS[0], platformId, priorityId, title: 'Sigurni prostor za mlade Novo Sarajevo' },
      };
    },
  },
  signAgreement: { document: SIGN_AGREEMENT, prepare: withInitiative('started', (initiativeId) => signAgreementInput(initiativeId)) },
  amendAgreement: {
    document: AMEND_AGREEMENT,
    prepare: withInitiative('signed', (initiativeId) => amendAgreementInput(initiativeId, 2_500_000, { reason: 'UNDP dodaje USD 5.000 za rasvjetu nakon revizije troškova' })),
  },
  defineTrancheSchedule: { document: DEFINE_TRANCHES, prepare: withInitiative('signed', (initiativeId) => ({ initiativeId, expectedScheduleVersion: 0, tranches: TRANCHES })) },
  requestDisbursement: {
    document: REQUEST_DISBURSEMENT,
    prepare: withInitiative('scheduled', (initiativeId) => ({ initiativeId, disbursementId: 'disbursement-1', trancheId: 'undp-1', amountMinor: 1_200_000, currency: 'USD' })),
  },
  approveDisbursement: { document: APPROVE_DISBURSEMENT, prepare: withInitiative('requested', (initiativeId) => ({ initiativeId, disbursementId: 'disbursement-1' })) },
  rejectDisbursement: {
    document: REJECT_DISBURSEMENT,
    prepare: withInitiative('requested', (initiativeId) => ({ initiativeId, disbursementId: 'disbursement-1', reason: 'Ponuda izvođača nije priložena zahtjevu.' })),
  },
  payDisbursement: {
    document: PAY_DISBURSEMENT,
    prepare: withInitiative('approved', (initiativeId, unique) => ({
      initiativeId,
      disbursementId: 'disbursement-1',
      paymentReference: `UNDP-PAY-${unique}`,
      valueDate: '2021-10-04',
      exchangeRate: USD_RATE,
    })),
  },
  recordRefund: {
    document: RECORD_REFUND,
    prepare: withInitiative('paid', (initiativeId) => ({
      initiativeId,
      refundId: 'refund-1',
      partyId: 'undp',
      amountMinor: 85_000,
      currency: 'USD',
      valueDate: '2022-07-15',
      exchangeRate: USD_RATE,
    })),
  },
  submitReport: { document: SUBMIT_REPORT, prepare: withInitiative('signed', (initiativeId) => reportInput(initiativeId, 'report-1'), { concerns: concerning }) },
  acceptReport: { document: ACCEPT_REPORT, prepare: withInitiative('reported', (initiativeId) => ({ initiativeId, reportId: 'report-1' })) },
  returnReport: {
    document: RETURN_REPORT,
    prepare: withInitiative('reported', (initiativeId) => ({ initiativeId, reportId: 'report-1', reason: 'Nedostaju računi za materijal.' })),
  },
  closeInitiative: { document: CLOSE_INITIATIVE, prepare: withInitiative('report-accepted', (initiativeId) => ({ initiativeId })) },
};
