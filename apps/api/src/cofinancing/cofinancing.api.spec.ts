import { v7 as uuidv7 } from 'uuid';
import { identity } from '@makers/kernel';
import { initiativeIdForAward, initiativeStreamName } from '@makers/cofinancing';
import { WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@makers/event-store';
import { RECORD_DECISION, prepareMeeting, recordDecisionInput } from '../meetings/meetings.mutation-examples';
import { AwardToInitiativesProcess } from '../calls/award.process-manager';
import { prepareCall } from '../calls/call.mutation-examples';
import { startApi, type ApiHarness, type Caller, type GraphQLResponse } from '../testing/api-harness';
import { setUp } from '../testing/mutation-examples';
import { REMOVE_PARTNER } from '../programme/programme.mutation-examples';
import { EXAMPLE_MUNICIPALITY_IDS } from '../platforms/platforms.mutation-examples';
import {
  ACCEPT_REPORT,
  AMEND_AGREEMENT,
  amendAgreementInput,
  APPROVE_DISBURSEMENT,
  BAM_RATE,
  CLOSE_INITIATIVE,
  DEFINE_TRANCHES,
  EXAMPLE_MUNICIPALITY_ID,
  examplePriority,
  PAY_DISBURSEMENT,
  prepareInitiative,
  prepareProgramme,
  RECORD_REFUND,
  REJECT_DISBURSEMENT,
  reportInput,
  REQUEST_DISBURSEMENT,
  RETURN_REPORT,
  SIGN_AGREEMENT,
  signAgreementInput,
  START_FROM_PRIORITY,
  SUBMIT_REPORT,
  TRANCHES,
  USD_RATE,
} from './cofinancing.mutation-examples';
import { expectEnvelopeToHoldTheAgreementsInForce } from './envelope-races.fixtures';

/** Two programme managers (four eyes) and an officer of Novo Sarajevo, the initiative's municipality. */
const AMRA = identity('amra.hadzic@undp.org', ['programme-manager']);
const NIKOLA = identity('nikola.savic@undp.org', ['programme-manager']);
const OFFICER = identity('officer@novosarajevo.ba', ['municipal-officer'], { municipalityIds: [EXAMPLE_MUNICIPALITY_ID] });

type Change = { initiativeId: string; events: { type: string; streamName: string; data: Record<string, unknown> }[] };
const CHANGE_FIELDS = '{ initiativeId events { type streamName data } }';
/** The documents of the examples, answering with the events' data too. */
const withData = (document: string) => document.replace('{ initiativeId events { type streamName } }', CHANGE_FIELDS);

describe('an initiative’s money through GraphQL, from a platform’s priority to close-out', () => {
  let api: ApiHarness;
  let programmeId: string;
  const initiativeId = 'novo-sarajevo-skatepark';

  beforeAll(async () => {
    api = await startApi('sqlite');
    programmeId = await prepareProgramme(api, 'happy-path');
  });
  afterAll(() => api.close());

  /** Sends a mutation and returns the change it answers with; fails the test on any error. */
  const change = async (document: string, input: Record<string, unknown>, as: Caller = AMRA): Promise<Change> => {
    const response = await api.graphql(withData(document), { input }, { as });
    expect(response.errors).toBeUndefined();
    return Object.values(response.data ?? {})[0] as Change;
  };
  const types = (answer: Change) => answer.events.map((event) => event.type);

  /** Sends a mutation that must be refused with `code` and `rule`, and proves the store did not move. */
  const refused = async (document: string, input: Record<string, unknown>, as: Caller, code: string, rule: string): Promise<GraphQLResponse> => {
    const before = (await api.allEvents()).length;
    const response = await api.graphql(document, { input }, { as });
    expect(response.errors?.map((error) => ({ code: error.extensions?.code, rule: error.extensions?.rule }))).toEqual([{ code, rule }]);
    expect((await api.allEvents()).length).toBe(before);
    return response;
  };

  const eventsOf = async (streamName: string): Promise<RecordedEvent[]> => (await api.allEvents()).filter((event) => event.streamName === streamName);

  it('starts an initiative from a standing priority, and refuses a priority the platform never identified or no longer stands by', async () => {
    const { platformId, priorityId } = await examplePriority(api);
    const start = { programmeId, municipalityId: EXAMPLE_MUNICIPALITY_ID, platformId, title: 'Skate park za mlade Novo Sarajevo' };

    await refused(START_FROM_PRIORITY, { ...start, id: 'nowhere', priorityId: 'no-such-priority' }, AMRA, 'NOT_FOUND', 'PriorityNotFound');
    await refused(START_FROM_PRIORITY, { ...start, id: 'no-programme', programmeId: 'no-such-programme', priorityId }, AMRA, 'NOT_FOUND', 'ProgrammeNotFound');

    // A priority whose decision a later one superseded.
    const { platform, meetingId } = await prepareMeeting(api, 'superseded', 'held');
    await setUp(api, RECORD_DECISION, recordDecisionInput('decision-old', meetingId, platform.platformId));
    await setUp(api, RECORD_DECISION, { ...recordDecisionInput('decision-new', meetingId, platform.platformId), kind: 'OTHER', priority: null, supersedes: 'decision-old' });
    await refused(START_FROM_PRIORITY, { ...start, id: 'superseded', platformId: platform.platformId, priorityId: 'decision-old-priority' }, AMRA, 'CONFLICT', 'PriorityNotStanding');

    const started = await change(START_FROM_PRIORITY, { ...start, id: initiativeId, priorityId });
    expect(started).toMatchObject({ initiativeId, events: [{ type: 'InitiativeStarted', streamName: `cofinancing-initiative-${initiativeId}` }] });
    expect(started.events[0].data).toMatchObject({ programmeId, origin: { kind: 'priority', platformId, priorityId }, amount: null });
    await refused(START_FROM_PRIORITY, { ...start, id: initiativeId, priorityId }, AMRA, 'CONFLICT', 'InitiativeAlreadyStarted');
    // The award process derives its initiatives' ids; a priority's start may not take one before it.
    const reserved = await refused(START_FROM_PRIORITY, { ...start, id: 'award-makers-call-2021-skatepark', priorityId }, AMRA, 'BAD_USER_INPUT', 'InitiativeIdReserved');
    expect(reserved.errors?.[0].extensions?.field).toBe('id');

    // An id is generated when none is given.
    const generated = await change(START_FROM_PRIORITY, { ...start, title: 'Drugi prostor za mlade', priorityId });
    expect(generated.initiativeId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
  });

  it('starts an inter-entity platform’s priority in either municipality it covers, and refuses one it does not cover', async () => {
    const { platformId, priorityId } = await examplePriority(api);
    const start = { programmeId, platformId, priorityId, title: 'Rasvjeta na mostu' };
    const [, otherEntity] = EXAMPLE_MUNICIPALITY_IDS;
    expect(types(await change(START_FROM_PRIORITY, { ...start, id: 'bridge-other-entity', municipalityId: otherEntity }))).toEqual(['InitiativeStarted']);
    const response = await refused(START_FROM_PRIORITY, { ...start, id: 'bridge-elsewhere', municipalityId: 'gradacac' }, AMRA, 'BAD_USER_INPUT', 'MunicipalityNotCoveredByPlatform');
    expect(response.errors?.[0].extensions?.field).toBe('municipalityId');

    // A programme the other entity's municipality has left co-finances nothing there, though the platform covers it.
    const withoutOtherEntity = await prepareProgramme(api, 'without-other-entity');
    await setUp(api, REMOVE_PARTNER, { programmeId: withoutOtherEntity, municipalityId: otherEntity, reason: 'Opština je izašla iz programa' });
    const notPartner = { ...start, programmeId: withoutOtherEntity, id: 'bridge-not-partner', municipalityId: otherEntity };
    expect((await refused(START_FROM_PRIORITY, notPartner, AMRA, 'BAD_USER_INPUT', 'MunicipalityNotPartner')).errors?.[0].extensions?.field).toBe('municipalityId');
  });

  it('signs with UNDP in USD and Novo Sarajevo in BAM, reserving UNDP’s USD 20,000 on the envelope before the agreement; once', async () => {
    const signed = await change(SIGN_AGREEMENT, signAgreementInput(initiativeId));
    expect(signed.events.map(({ type, streamName }) => ({ type, streamName }))).toEqual([
      { type: 'CommitmentReserved', streamName: `cofinancing-envelope-${programmeId}` },
      { type: 'AgreementSigned', streamName: `cofinancing-initiative-${initiativeId}` },
    ]);
    expect(signed.events[0].data).toEqual({
      programmeId,
      initiativeId,
      // The hold is named after the agreement command (envelopeCommandId), so no other command can cancel it.
      reservationId: expect.any(String),
      agreementVersion: 1,
      undpUsdMinor: 2_000_000,
      changeUsdMinor: 2_000_000,
      reservedUsdMinor: 2_000_000,
      envelopeUsdMinor: 42_500_000,
    });
    // BAM 19,558.30 at 120000/195583 USD per BAM is exactly USD 12,000.00.
    expect(signed.events[1].data).toMatchObject({
      version: 1,
      totals: { undpUsdMinor: 2_000_000, municipalUsdMinor: 1_200_000, otherDonorUsdMinor: 0, inKindUsdMinor: 0, totalUsdMinor: 3_200_000 },
      undpCommitmentUsdMinor: 2_000_000,
      exchangeRates: [BAM_RATE],
    });
    await refused(SIGN_AGREEMENT, signAgreementInput(initiativeId), AMRA, 'CONFLICT', 'AgreementAlreadySigned');
  });

  it('refuses an agreement whose municipal share is not the initiative’s own municipality’s', async () => {
    const [undpParty, ownMunicipality] = signAgreementInput(initiativeId).parties;
    const neighbour = { ...ownMunicipality, partyId: 'neighbour', name: 'Općina Srebrenik', municipalityId: 'srebrenik' };
    const elsewhere = { ...signAgreementInput('bridge-other-entity'), parties: [undpParty, neighbour] };
    await refused(SIGN_AGREEMENT, elsewhere, AMRA, 'BAD_USER_INPUT', 'InitiativeMunicipalityNotParty');
    const handedOver = { ...amendAgreementInput(initiativeId, 2_000_000, { reason: 'Srebrenik preuzima učešće' }), parties: [undpParty, neighbour] };
    await refused(AMEND_AGREEMENT, handedOver, AMRA, 'BAD_USER_INPUT', 'InitiativeMunicipalityNotParty');
  });

  it('refuses an amendment dated before the agreement was signed or after today', async () => {
    for (const amendedOn of ['2021-09-14', '2999-01-01']) {
      const response = await refused(AMEND_AGREEMENT, amendAgreementInput(initiativeId, 2_500_000, { amendedOn }), AMRA, 'BAD_USER_INPUT', 'AmendedOnInvalid');
      expect(response.errors?.[0].extensions?.field).toBe('amendedOn');
    }
  });

  it('schedules tranches: UNDP 60 % and 40 % (the second once a report is accepted), Novo Sarajevo’s share in BAM', async () => {
    const scheduled = await change(DEFINE_TRANCHES, { initiativeId, expectedScheduleVersion: 0, tranches: TRANCHES });
    expect(types(scheduled)).toEqual(['TrancheScheduleDefined']);
    const tranches = (scheduled.events[0].data as { tranches: { trancheId: string; amount: { amountMinor: number; currency: string } }[] }).tranches;
    expect(tranches.map(({ trancheId, amount }) => [trancheId, amount.amountMinor, amount.currency])).toEqual([
      ['undp-1', 1_200_000, 'USD'],
      ['undp-2', 800_000, 'USD'],
      ['novo-sarajevo-1', 1_955_830, 'BAM'],
    ]);
  });

  it('refuses a tranche given both as an amount and a percent, or as neither', async () => {
    const [percentTranche] = TRANCHES;
    const both = { ...percentTranche, amountMinor: 1_200_000, currency: 'USD' };
    await refused(DEFINE_TRANCHES, { initiativeId, expectedScheduleVersion: 1, tranches: [both] }, AMRA, 'BAD_USER_INPUT', 'TrancheAmountAndPercent');
    const { percent: _percent, ...neither } = percentTranche;
    await refused(DEFINE_TRANCHES, { initiativeId, expectedScheduleVersion: 1, tranches: [neither] }, AMRA, 'BAD_USER_INPUT', 'TrancheAmountMissing');
  });

  it('rejects a disbursement with a reason; a rejected one is never approved', async () => {
    const ask = { initiativeId, disbursementId: 'undp-1-first-ask' };
    await change(REQUEST_DISBURSEMENT, { ...ask, trancheId: 'undp-1', amountMinor: 1_200_000, currency: 'USD' }, AMRA);
    expect(types(await change(REJECT_DISBURSEMENT, { ...ask, reason: 'Ponuda izvođača nije priložena.' }, NIKOLA))).toEqual(['DisbursementRejected']);
    await refused(APPROVE_DISBURSEMENT, ask, NIKOLA, 'CONFLICT', 'DisbursementNotPending');
  });

  it('pays a disbursement approved by a second programme manager, never by the one who requested it', async () => {
    const first = { initiativeId, disbursementId: 'undp-1-payment' };
    const asked = { ...first, trancheId: 'undp-1', amountMinor: 1_200_000, currency: 'USD' };
    expect(types(await change(REQUEST_DISBURSEMENT, asked, AMRA))).toEqual(['DisbursementRequested']);
    // A retry names the same disbursement: it is not asked for twice.
    await refused(REQUEST_DISBURSEMENT, asked, AMRA, 'CONFLICT', 'DisbursementAlreadyRequested');
    const { disbursementId: _id, ...unnamed } = asked;
    expect((await api.graphql(REQUEST_DISBURSEMENT, { input: unnamed }, { as: AMRA })).errors?.[0].message).toMatch(/disbursementId/);
    await refused(APPROVE_DISBURSEMENT, first, AMRA, 'FORBIDDEN', 'RequesterCannotApprove');
    expect(types(await change(APPROVE_DISBURSEMENT, first, NIKOLA))).toEqual(['DisbursementApproved']);
    const payment = { ...first, paymentReference: 'UNDP-BIH-2021-1044', exchangeRate: USD_RATE };
    for (const [valueDate, rule] of [
      ['2021-09-14', 'ValueDateBeforeSigning'],
      ['2999-01-01', 'ValueDateInFuture'],
    ]) {
      expect((await refused(PAY_DISBURSEMENT, { ...payment, valueDate }, AMRA, 'BAD_USER_INPUT', rule)).errors?.[0].extensions?.field).toBe('valueDate');
    }
    const paid = await change(PAY_DISBURSEMENT, { ...payment, valueDate: '2021-10-04' });
    expect(paid.events[0]).toMatchObject({ type: 'DisbursementPaid', data: { amount: { amountMinor: 1_200_000, currency: 'USD' }, amountUsdMinor: 1_200_000 } });
  });

  it('pays Novo Sarajevo’s share in BAM with its USD equivalent at the rate of the value date', async () => {
    const bam = { initiativeId, disbursementId: 'novo-sarajevo-1-payment' };
    await change(REQUEST_DISBURSEMENT, { ...bam, trancheId: 'novo-sarajevo-1', amountMinor: 1_955_830, currency: 'BAM' }, NIKOLA);
    await change(APPROVE_DISBURSEMENT, bam, AMRA);
    const paid = await change(PAY_DISBURSEMENT, { ...bam, paymentReference: 'NOVO-SARAJEVO-2021-77', valueDate: '2021-10-15', exchangeRate: BAM_RATE });
    expect(paid.events[0].data).toMatchObject({ amount: { amountMinor: 1_955_830, currency: 'BAM' }, amountUsdMinor: 1_200_000 });
  });

  it('refuses the conditioned tranche until a report is accepted, then pays it', async () => {
    const second = { initiativeId, disbursementId: 'undp-2-payment' };
    await change(REQUEST_DISBURSEMENT, { ...second, trancheId: 'undp-2', amountMinor: 800_000, currency: 'USD' }, AMRA);
    await refused(APPROVE_DISBURSEMENT, second, NIKOLA, 'CONFLICT', 'TrancheConditionUnmet');

    // Novo Sarajevo's officer reports; the programme returns it once, then accepts the next version.
    const progress = reportInput(initiativeId, 'progress-1', 'PROGRESS');
    expect(types(await change(SUBMIT_REPORT, progress, OFFICER))).toEqual(['ReportSubmitted']);
    await refused(APPROVE_DISBURSEMENT, second, NIKOLA, 'CONFLICT', 'TrancheConditionUnmet');
    await refused(SUBMIT_REPORT, progress, identity('officer@elsewhere.ba', ['municipal-officer'], { municipalityIds: ['tuzla'] }), 'FORBIDDEN', 'NotPermitted');
    expect(types(await change(RETURN_REPORT, { initiativeId, reportId: 'progress-1', reason: 'Nedostaju brojevi korisnika po spolu.' }, NIKOLA))).toEqual(['ReportReturned']);
    const resubmitted = await change(SUBMIT_REPORT, progress, OFFICER);
    expect(resubmitted.events[0].data).toMatchObject({ reportId: 'progress-1', version: 2, submittedBy: OFFICER.subject });
    await refused(ACCEPT_REPORT, { initiativeId, reportId: 'progress-1' }, OFFICER, 'FORBIDDEN', 'NotPermitted');
    expect(types(await change(ACCEPT_REPORT, { initiativeId, reportId: 'progress-1' }, NIKOLA))).toEqual(['ReportAccepted']);

    expect(types(await change(APPROVE_DISBURSEMENT, second, NIKOLA))).toEqual(['DisbursementApproved']);
    expect(types(await change(PAY_DISBURSEMENT, { ...second, paymentReference: 'UNDP-BIH-2022-0311', valueDate: '2022-03-02', exchangeRate: USD_RATE }))).toEqual(['DisbursementPaid']);
  });

  it('records a refund of unspent funds, at most what was disbursed to the party', async () => {
    const refund = { initiativeId, partyId: 'undp', currency: 'USD', valueDate: '2022-07-15', exchangeRate: USD_RATE };
    await refused(RECORD_REFUND, { ...refund, refundId: 'too-much', amountMinor: 2_000_001 }, AMRA, 'CONFLICT', 'RefundAboveDisbursed');
    // UNDP was first paid on 2021-10-04.
    await refused(RECORD_REFUND, { ...refund, refundId: 'too-early', amountMinor: 85_000, valueDate: '2021-10-01' }, AMRA, 'BAD_USER_INPUT', 'RefundBeforePayment');
    const refunded = await change(RECORD_REFUND, { ...refund, refundId: 'unspent', amountMinor: 85_000 });
    // A retry names the same refund: it is not counted twice.
    await refused(RECORD_REFUND, { ...refund, refundId: 'unspent', amountMinor: 85_000 }, AMRA, 'CONFLICT', 'RefundAlreadyRecorded');
    expect((await api.graphql(RECORD_REFUND, { input: { ...refund, amountMinor: 85_000 } }, { as: AMRA })).errors?.[0].message).toMatch(/refundId/);
    expect(refunded.events[0]).toMatchObject({ type: 'RefundRecorded', data: { amountUsdMinor: 85_000, valueUsdMinorAtRefundRate: 85_000 } });
  });

  it('closes once the final report is accepted, and afterwards takes refunds only', async () => {
    await refused(CLOSE_INITIATIVE, { initiativeId }, AMRA, 'CONFLICT', 'FinalReportNotAccepted');
    await change(SUBMIT_REPORT, reportInput(initiativeId, 'final'), OFFICER);
    await change(ACCEPT_REPORT, { initiativeId, reportId: 'final' }, AMRA);
    expect(types(await change(CLOSE_INITIATIVE, { initiativeId }, NIKOLA))).toEqual(['InitiativeClosed']);

    await refused(REQUEST_DISBURSEMENT, { initiativeId, disbursementId: 'late', trancheId: 'undp-1', amountMinor: 100, currency: 'USD' }, AMRA, 'CONFLICT', 'InitiativeClosed');
    // The mark is worth 1.30 USD/EUR by now: BAM 100.00 takes USD 61.36 off what was paid at 1.20 (61.3550…), and is worth USD 66.47.
    const markAt130 = { currency: 'BAM', usdPerUnit: { numerator: 130_000, denominator: 195_583 } };
    const lateRefund = { initiativeId, refundId: 'after-close', partyId: 'novo-sarajevo', amountMinor: 10_000, currency: 'BAM', valueDate: '2022-08-01', exchangeRate: markAt130 };
    expect((await change(RECORD_REFUND, lateRefund)).events[0].data).toMatchObject({ amountUsdMinor: 6_136, valueUsdMinorAtRefundRate: 6_647 });

    const stream = await eventsOf(`cofinancing-initiative-${initiativeId}`);
    expect(stream.map((event) => event.type)).toEqual([
      'InitiativeStarted',
      'AgreementSigned',
      'TrancheScheduleDefined',
      ...['DisbursementRequested', 'DisbursementRejected'],
      ...['DisbursementRequested', 'DisbursementApproved', 'DisbursementPaid'],
      ...['DisbursementRequested', 'DisbursementApproved', 'DisbursementPaid'],
      'DisbursementRequested',
      ...['ReportSubmitted', 'ReportReturned', 'ReportSubmitted', 'ReportAccepted'],
      'DisbursementApproved',
      'DisbursementPaid',
      'RefundRecorded',
      ...['ReportSubmitted', 'ReportAccepted', 'InitiativeClosed'],
      'RefundRecorded',
    ]);
    expect((await eventsOf(`cofinancing-envelope-${programmeId}`)).map((event) => event.type)).toEqual(['CommitmentReserved']);
  });
});

/**
 * Holds the first two reads of an initiative's stream until both have read it: two commands then decide on the same
 * revision and race to append, and the loser (its append refused for a wrong expected version, counted) is decided
 * again on what the winner appended.
 */
const bothReadTheInitiative = (store: EventStore, initiativeId: string) => {
  const streamOfInitiative = initiativeStreamName(initiativeId);
  const [read, append] = [store.readStream.bind(store), store.appendToStream.bind(store)];
  const waiting: (() => void)[] = [];
  const race = { lostAppends: 0 };
  const reads = jest.spyOn(store, 'readStream').mockImplementation(async (streamName, options) => {
    const events = await read(streamName, options);
    if (streamName === streamOfInitiative && waiting.length < 2) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2) waiting.forEach((release) => release());
      });
    }
    return events;
  });
  const appends = jest.spyOn(store, 'appendToStream').mockImplementation((streamName, events, options) =>
    append(streamName, events, options).catch((error: unknown) => {
      if (error instanceof WrongExpectedVersionError && streamName === streamOfInitiative) race.lostAppends += 1;
      throw error;
    }),
  );
  return Object.assign(race, { restore: () => [reads, appends].forEach((spy) => spy.mockRestore()) });
};

describe('two people changing an agreement or a schedule at once', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.close());

  const rulesOf = (response: GraphQLResponse) => (response.errors ?? []).map((error) => ({ code: error.extensions?.code, rule: error.extensions?.rule }));
  const typesIn = async (streamName: string) => (await api.allEvents()).filter((event) => event.streamName === streamName).map((event) => event.type);

  /**
   * Sends both at once, both reading the initiative before either appends, so the loser's append is refused and it is
   * decided again; answers their refusals, in the order sent.
   */
  const race = async (initiativeId: string, document: string, inputs: [Record<string, unknown>, Record<string, unknown>]) => {
    const hold = bothReadTheInitiative(api.store, initiativeId);
    const responses = await Promise.all(inputs.map((input) => api.graphql(document, { input }, { as: AMRA }))).finally(hold.restore);
    expect(hold.lostAppends).toBe(1);
    return responses.map(rulesOf);
  };

  it('amends once: the other amendment, made against the version the first replaced, is AgreementVersionChanged and holds nothing on the envelope', async () => {
    const initiativeId = await prepareInitiative(api, 'amendment-race', 'signed');
    const outcomes = await race(initiativeId, AMEND_AGREEMENT, [
      amendAgreementInput(initiativeId, 2_500_000, { reason: 'UNDP dodaje rasvjetu' }),
      amendAgreementInput(initiativeId, 3_000_000, { reason: 'UNDP dodaje rasvjetu i ogradu' }),
    ]);

    expect(outcomes.filter((rules) => rules.length === 0)).toHaveLength(1);
    expect(outcomes.filter((rules) => rules.length > 0)).toEqual([[{ code: 'CONFLICT', rule: 'AgreementVersionChanged' }]]);
    expect(await typesIn(initiativeStreamName(initiativeId))).toEqual(['InitiativeStarted', 'AgreementSigned', 'AgreementAmended']);
    const amended = (await api.allEvents()).find((event) => event.type === 'AgreementAmended' && event.streamName === initiativeStreamName(initiativeId));
    expect(amended?.data).toMatchObject({ version: 2, amendmentReference: `MAKERS-CF-${initiativeId}/A1`, amendedOn: '2021-11-01' });
    expect(await expectEnvelopeToHoldTheAgreementsInForce(api, 'cofinancing-amendment-race', 42_500_000)).toBe(outcomes[0].length === 0 ? 2_500_000 : 3_000_000);
  });

  it('schedules once: the other schedule, replacing none when there was one by then, is ScheduleVersionChanged', async () => {
    const initiativeId = await prepareInitiative(api, 'schedule-race', 'signed');
    const [undpFirst, undpSecond, municipal] = TRANCHES;
    const outcomes = await race(initiativeId, DEFINE_TRANCHES, [
      { initiativeId, expectedScheduleVersion: 0, tranches: TRANCHES },
      { initiativeId, expectedScheduleVersion: 0, tranches: [{ ...undpFirst, percent: 40 }, { ...undpSecond, percent: 60 }, municipal] },
    ]);

    expect(outcomes.filter((rules) => rules.length === 0)).toHaveLength(1);
    expect(outcomes.filter((rules) => rules.length > 0)).toEqual([[{ code: 'CONFLICT', rule: 'ScheduleVersionChanged' }]]);
    expect(await typesIn(initiativeStreamName(initiativeId))).toEqual(['InitiativeStarted', 'AgreementSigned', 'TrancheScheduleDefined']);
  });
});

describe('an award’s initiative under its derived id', () => {
  let api: ApiHarness;
  let callId: string;

  beforeAll(async () => {
    api = await startApi('sqlite');
    callId = await prepareCall(api, 'preempted', 'draft');
  });
  afterAll(() => api.close());

  /** The award of `proposalId` in Novo Sarajevo, as the store would deliver it to the award process. */
  const awardOf = (proposalId: string): RecordedEvent => ({
    id: uuidv7(),
    streamName: `calls-call-${callId}`,
    revision: 1,
    position: 1,
    type: 'CallAwarded',
    data: { callId, ranking: [{ proposalId, municipalityId: EXAMPLE_MUNICIPALITY_ID, rank: 1, funded: true, amount: { amountMinor: 1_000_000, currency: 'USD' } }] },
    metadata: { actor: 'test:award', occurredAt: '2021-08-01T10:00:00.000Z', correlationId: uuidv7(), causationId: uuidv7(), schemaVersion: 1 },
  });

  it('counts as done when this award started it', async () => {
    const award = awardOf('youth-club');
    await api.app.get(AwardToInitiativesProcess).react(award);
    const before = (await api.allEvents()).length;
    await api.app.get(AwardToInitiativesProcess).react(award);
    expect((await api.allEvents()).length).toBe(before);
  });

  it('stops the award process when a priority’s initiative holds the id, recorded before such ids were kept for awards', async () => {
    const initiativeId = initiativeIdForAward(callId, 'skatepark');
    const origin = { kind: 'priority', platformId: 'novo-sarajevo-youth', priorityId: 'skatepark' };
    const data = { initiativeId, programmeId: 'makers-bih', origin, municipalityId: EXAMPLE_MUNICIPALITY_ID, title: 'Skate park', amount: null };
    const metadata = { actor: 'test:earlier-version', occurredAt: '2021-07-01T10:00:00.000Z', correlationId: uuidv7(), causationId: uuidv7(), schemaVersion: 1 };
    await api.store.appendToStream(initiativeStreamName(initiativeId), [{ id: uuidv7(), type: 'InitiativeStarted', data, metadata }]);

    await expect(api.app.get(AwardToInitiativesProcess).react(awardOf('skatepark'))).rejects.toThrow(
      `Initiative ${initiativeId} was started from priority skatepark of platform novo-sarajevo-youth, not by the award of proposal skatepark of call ${callId}`,
    );
  });
});
