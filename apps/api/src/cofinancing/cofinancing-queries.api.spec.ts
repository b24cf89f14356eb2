import { identity, type Currency } from '@makers/kernel';
import type {
  AgreementAmended,
  AgreementParty,
  AgreementSigned,
  CommitmentReleased,
  CommitmentReserved,
  DisbursementPaid,
  InitiativeStarted,
  RefundRecorded,
  ReservationCancelled,
} from '@makers/cofinancing';
import type { RecordedEvent } from '@makers/event-store';
import { makersProgramme } from '@makers/demo-data';
import { seedDemoData } from '../demo/seed-demo-data';
import { startApi, type ApiHarness, type Caller, type ReadModelKind } from '../testing/api-harness';
import {
  ACCEPT_REPORT,
  AMEND_AGREEMENT,
  amendAgreementInput,
  APPROVE_DISBURSEMENT,
  BAM_RATE,
  DEFINE_TRANCHES,
  EXAMPLE_MUNICIPALITY_ID,
  examplePriority,
  PAY_DISBURSEMENT,
  prepareProgramme,
  RECORD_REFUND,
  reportInput,
  REQUEST_DISBURSEMENT,
  RETURN_REPORT,
  sendInitiativeCommand,
  SIGN_AGREEMENT,
  signAgreementInput,
  START_FROM_PRIORITY,
  SUBMIT_REPORT,
  TRANCHES,
  USD_RATE,
} from './cofinancing.mutation-examples';

/** Two programme managers (four eyes) and an officer of Novo Sarajevo; their subjects are e-mail addresses: personal data. */
const AMRA = identity('amra.hadzic@undp.org', ['programme-manager']);
const NIKOLA = identity('nikola.savic@undp.org', ['programme-manager']);
const OFFICER = identity('officer@novosarajevo.ba', ['municipal-officer'], { municipalityIds: [EXAMPLE_MUNICIPALITY_ID] });
const TUZLA = 'cofinancing-example-tuzla';
const THIS_YEAR = new Date().getUTCFullYear();

const MONEY = '{ amountMinor currency }';
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const bam = (amountMinor: number) => ({ amountMinor, currency: 'BAM' });

type Amounts = { committed: number; disbursed: number; refunded: number };
type Tally = Record<string, { minor: Amounts; usd: Amounts }>;
type Sums = {
  /** Reserved minus released and cancelled on the programme's envelope. */
  reservedUsdMinor: number;
  /** UNDP's commitment (undpCommitmentUsdMinor) under each initiative's agreement in force, summed. */
  undpInForceUsdMinor: number;
  /** Paid to UNDP parties minus their refunds, in US cents. */
  undpNetUsdMinor: number;
  /** Every party: the agreements in force, payments and refunds, in US cents. */
  totalsUsdMinor: Amounts;
  /** By `<party kind> <currency>`, in the currency's minor units and in US cents. */
  byPartyKind: Tally;
  /** By `<party> <currency>` (partyKey), in the currency's minor units and in US cents. */
  byParty: Tally;
};

const noAmounts = (): Amounts => ({ committed: 0, disbursed: 0, refunded: 0 });
const add = (tally: Tally, key: string, what: keyof Amounts, minor: number, usdMinor: number): void => {
  tally[key] ??= { minor: noAmounts(), usd: noAmounts() };
  tally[key].minor[what] += minor;
  tally[key].usd[what] += usdMinor;
};

/** The GraphQL enum's name as the domain's value: OTHER_DONOR is other-donor. */
const kindValue = (kind: string): string => kind.toLowerCase().replace('_', '-');

/**
 * Who a party is across initiatives, as budget execution by party groups them: UNDP is one, a municipality is its
 * municipality, another donor or an in-kind contributor is its name.
 */
const partyKey = ({ kind, name, municipalityId }: { kind: string; name: string; municipalityId?: string | null }): string => {
  const value = kindValue(kind);
  if (value === 'undp') return 'undp';
  return value === 'municipality' ? `municipality ${municipalityId}` : `${value} ${name}`;
};

/**
 * The programme's money summed straight from the events, as an auditor would: the envelope's reservations, releases
 * and cancelled reservations, the agreements in force, every payment and refund, each booked to its party under the
 * agreement in force when it happened.
 */
const moneyEventSums = (events: readonly RecordedEvent[], programmeId: string): Sums => {
  const inProgramme = new Set<string>();
  /** Each initiative's agreement in force, as of the event being summed (at the end: now). */
  const inForce = new Map<string, AgreementSigned['data'] | AgreementAmended['data']>();
  const sums: Sums = { reservedUsdMinor: 0, undpInForceUsdMinor: 0, undpNetUsdMinor: 0, totalsUsdMinor: noAmounts(), byPartyKind: {}, byParty: {} };
  const book = (party: AgreementParty, currency: Currency, what: keyof Amounts, minor: number, usdMinor: number) => {
    add(sums.byPartyKind, `${party.kind} ${currency}`, what, minor, usdMinor);
    add(sums.byParty, `${partyKey(party)} ${currency}`, what, minor, usdMinor);
    sums.totalsUsdMinor[what] += usdMinor;
  };
  const partyOf = (initiativeId: string, partyId: string): AgreementParty => {
    const party = inForce.get(initiativeId)?.parties.find((candidate) => candidate.partyId === partyId);
    if (!party) throw new Error(`No party ${partyId} in the agreement of ${initiativeId}`);
    return party;
  };
  for (const { type, data } of events) {
    if (type === 'CommitmentReserved' && (data as CommitmentReserved['data']).programmeId === programmeId) sums.reservedUsdMinor += (data as CommitmentReserved['data']).changeUsdMinor;
    if ((type === 'CommitmentReleased' || type === 'ReservationCancelled') && (data as (CommitmentReleased | ReservationCancelled)['data']).programmeId === programmeId) {
      sums.reservedUsdMinor -= (data as (CommitmentReleased | ReservationCancelled)['data']).changeUsdMinor;
    }
    if (type === 'InitiativeStarted' && (data as InitiativeStarted['data']).programmeId === programmeId) inProgramme.add((data as InitiativeStarted['data']).initiativeId);
    const { initiativeId } = data as { initiativeId?: string };
    if (!initiativeId || !inProgramme.has(initiativeId)) continue;
    if (type === 'AgreementSigned' || type === 'AgreementAmended') inForce.set(initiativeId, data as AgreementSigned['data'] | AgreementAmended['data']);
    if (type === 'DisbursementPaid' || type === 'RefundRecorded') {
      const { partyId, amount, amountUsdMinor } = data as DisbursementPaid['data'] | RefundRecorded['data'];
      const party = partyOf(initiativeId, partyId);
      const paid = type === 'DisbursementPaid';
      book(party, amount.currency, paid ? 'disbursed' : 'refunded', amount.amountMinor, amountUsdMinor);
      if (party.kind === 'undp') sums.undpNetUsdMinor += paid ? amountUsdMinor : -amountUsdMinor;
    }
  }
  // Signings and amendments add up, over the years, to the agreements in force.
  for (const agreement of inForce.values()) {
    sums.undpInForceUsdMinor += agreement.undpCommitmentUsdMinor;
    for (const party of agreement.parties) book(party, party.amount.currency, 'committed', party.amount.amountMinor, party.amountUsdMinor);
  }
  return sums;
};

/** A party (or kind) and currency whose money came to nothing over the years (a party an amendment dropped) is left out. */
const withoutZeros = (tally: Tally): Tally =>
  Object.fromEntries(Object.entries(tally).filter(([, { minor, usd: inUsd }]) => [...Object.values(minor), ...Object.values(inUsd)].some((amount) => amount !== 0)));

/** Only the commitments of a tally, those that came to something. */
const committedOf = (tally: Tally): Record<string, { minor: number; usd: number }> =>
  Object.fromEntries(
    Object.entries(tally)
      .map(([key, { minor, usd: inUsd }]) => [key, { minor: minor.committed, usd: inUsd.committed }] as const)
      .filter(([, committed]) => committed.minor !== 0 || committed.usd !== 0),
  );

const EXECUTION_AMOUNTS = `currency committed ${MONEY} committedUsd ${MONEY} disbursed ${MONEY} disbursedUsd ${MONEY} refunded ${MONEY} refundedUsd ${MONEY}`;
const EXECUTION = `query ($programmeId: ID!, $year: Int!) {
  budgetExecution(programmeId: $programmeId, year: $year) {
    year totals { committedUsd ${MONEY} disbursedUsd ${MONEY} refundedUsd ${MONEY} }
    byParty { partyKind name municipalityId ${EXECUTION_AMOUNTS} }
    byPartyKind { partyKind ${EXECUTION_AMOUNTS} }
    byMunicipality { municipalityId ${EXECUTION_AMOUNTS} }
  }
}`;
const ENVELOPE = `query ($programmeId: ID!) { envelope(programmeId: $programmeId) { programmeId envelope ${MONEY} committed ${MONEY} disbursed ${MONEY} remaining ${MONEY} initiativeCount } }`;
const YEARS = 'query ($programmeId: ID!) { budgetExecutionYears(programmeId: $programmeId) }';
const INITIATIVES_PAGE = `query ($programmeId: ID!, $after: String) {
  initiatives(programmeId: $programmeId, first: 20, after: $after) { nodes { id agreementVersion } pageInfo { endCursor hasNextPage } }
}`;
const AGREEMENT_IN_FORCE = `query ($id: ID!) { initiativeAgreement(initiativeId: $id) { undpCommitmentUsd ${MONEY} parties { kind name municipalityId amount ${MONEY} amountUsd ${MONEY} } } }`;

type Money = { amountMinor: number; currency: string };
type ExecutionRow = { partyKind?: string; name?: string; municipalityId?: string | null; currency: string } & Record<'committed' | 'committedUsd' | 'disbursed' | 'disbursedUsd' | 'refunded' | 'refundedUsd', Money>;
type Execution = { year: number; totals: Record<'committedUsd' | 'disbursedUsd' | 'refundedUsd', Money>; byParty: ExecutionRow[]; byPartyKind: ExecutionRow[]; byMunicipality: ExecutionRow[] };
type PartyInForce = { kind: string; name: string; municipalityId: string | null; amount: Money; amountUsd: Money };

/** Reads through GraphQL and fails on any error. */
const readAs = async (api: ApiHarness, document: string, variables: Record<string, unknown> = {}, as: Caller = AMRA) => {
  const response = await api.graphql(document, variables, { as });
  expect(response.errors).toBeUndefined();
  return response.data;
};

/** The agreements in force of the programme's initiatives, as the initiatives and initiativeAgreement queries serve them. */
const agreementsInForce = async (api: ApiHarness, programmeId: string): Promise<{ undpCommitmentUsd: Money; parties: PartyInForce[] }[]> => {
  const agreements = [];
  let after: string | null = null;
  do {
    const { initiatives } = await readAs(api, INITIATIVES_PAGE, { programmeId, after });
    for (const { id, agreementVersion } of initiatives.nodes as { id: string; agreementVersion: number | null }[]) {
      if (agreementVersion !== null) agreements.push((await readAs(api, AGREEMENT_IN_FORCE, { id })).initiativeAgreement);
    }
    after = initiatives.pageInfo.hasNextPage ? initiatives.pageInfo.endCursor : null;
  } while (after);
  return agreements;
};

/**
 * The envelope and every year's execution, compared with the sums of the money events and with the agreements in force
 * the queries serve: the envelope commits UNDP's share of each, and every party's commitments over the years come to
 * what it commits under them.
 */
const expectQueriesToAddUpToTheEvents = async (api: ApiHarness, programmeId: string): Promise<Sums> => {
  const sums = moneyEventSums(await api.allEvents(), programmeId);
  const { envelope } = await readAs(api, ENVELOPE, { programmeId });
  expect(envelope.committed).toEqual(usd(sums.reservedUsdMinor));
  expect(envelope.committed).toEqual(usd(sums.undpInForceUsdMinor));
  expect(envelope.disbursed).toEqual(usd(sums.undpNetUsdMinor));
  expect(envelope.remaining.amountMinor).toBe(envelope.envelope.amountMinor - sums.reservedUsdMinor);

  const inForce = await agreementsInForce(api, programmeId);
  expect(usd(inForce.reduce((total, agreement) => total + agreement.undpCommitmentUsd.amountMinor, 0))).toEqual(envelope.committed);
  const servedInForce: Tally = {};
  for (const { parties } of inForce) {
    for (const party of parties) add(servedInForce, `${partyKey(party)} ${party.amount.currency}`, 'committed', party.amount.amountMinor, party.amountUsd.amountMinor);
  }

  const { budgetExecutionYears: years } = await readAs(api, YEARS, { programmeId });
  const totals = noAmounts();
  const byPartyKind: Tally = {};
  const byParty: Tally = {};
  const byMunicipality = noAmounts();
  for (const year of years as number[]) {
    const execution: Execution = (await readAs(api, EXECUTION, { programmeId, year })).budgetExecution;
    totals.committed += execution.totals.committedUsd.amountMinor;
    totals.disbursed += execution.totals.disbursedUsd.amountMinor;
    totals.refunded += execution.totals.refundedUsd.amountMinor;
    for (const what of ['committed', 'disbursed', 'refunded'] as const) {
      for (const row of execution.byPartyKind) add(byPartyKind, `${kindValue(row.partyKind ?? '')} ${row.currency}`, what, row[what].amountMinor, row[`${what}Usd`].amountMinor);
      for (const row of execution.byParty) {
        const party = { kind: row.partyKind ?? '', name: row.name ?? '', municipalityId: row.municipalityId };
        add(byParty, `${partyKey(party)} ${row.currency}`, what, row[what].amountMinor, row[`${what}Usd`].amountMinor);
      }
      for (const row of execution.byMunicipality) byMunicipality[what] += row[`${what}Usd`].amountMinor;
    }
  }
  expect(totals).toEqual(sums.totalsUsdMinor);
  expect(byMunicipality).toEqual(sums.totalsUsdMinor);
  expect(withoutZeros(byPartyKind)).toEqual(withoutZeros(sums.byPartyKind));
  expect(withoutZeros(byParty)).toEqual(withoutZeros(sums.byParty));
  // Each party's commitments over the years are what it commits under the agreements in force, in its currency and in USD.
  expect(committedOf(byParty)).toEqual(committedOf(servedInForce));
  return sums;
};

describe.each<ReadModelKind>(['sqlite', 'postgres'])('the co-financing queries, as a programme manager and the other roles read them (read models in %s)', (readModels) => {
  let api: ApiHarness;
  let programmeId: string;
  /** A (from a priority in Novo Sarajevo, USD and BAM, amended), B (from an award, Tuzla, amended down), C (started, nothing more). */
  const A = 'queries-novo-sarajevo';
  const B = 'queries-tuzla';
  const C = 'queries-novo-sarajevo-unsigned';

  const mutate = async (document: string, input: Record<string, unknown>, as: Caller = AMRA): Promise<void> => {
    const response = await api.graphql(document, { input }, { as });
    expect(response.errors).toBeUndefined();
  };
  const read = (document: string, variables: Record<string, unknown> = {}, as: Caller = AMRA) => readAs(api, document, variables, as);

  const DISBURSEMENTS = `query ($id: ID!) { initiativeDisbursements(initiativeId: $id) {
    disbursementId trancheId partyId amount ${MONEY} status requestedBy requestedAt approvedBy approvedAt paymentReference valueDate
    exchangeRate { currency usdPerUnit { numerator denominator } } amountUsd ${MONEY} rejectedBy rejectedAt rejectionReason } }`;
  const TRANCHES_OF = `query ($id: ID!) { initiativeTranches(initiativeId: $id) { trancheId partyName amount ${MONEY} percent dueOn condition conditionMet requested ${MONEY} paid ${MONEY} } }`;
  const disbursementsOf = async (initiativeId: string) => (await read(DISBURSEMENTS, { id: initiativeId })).initiativeDisbursements;
  const tranche = async (initiativeId: string, trancheId: string) =>
    (await read(TRANCHES_OF, { id: initiativeId })).initiativeTranches.find((row: { trancheId: string }) => row.trancheId === trancheId);

  beforeAll(async () => {
    api = await startApi(readModels);
    programmeId = await prepareProgramme(api, 'queries');
    const { platformId, priorityId } = await examplePriority(api);
    const fromPriority = { programmeId, municipalityId: EXAMPLE_MUNICIPALITY_ID, platformId, priorityId };
    await mutate(START_FROM_PRIORITY, { ...fromPriority, id: A, title: 'Skate park za mlade Novo Sarajevo' });
    await mutate(START_FROM_PRIORITY, { ...fromPriority, id: C, title: 'Omladinski klub Novo Sarajevo' });
    await sendInitiativeCommand(api, {
      type: 'StartInitiativeFromAward',
      data: { initiativeId: B, programmeId, callId: 'call-queries', proposalId: 'proposal-tuzla', municipalityId: TUZLA, title: 'Zeleni krovovi Tuzla', amount: { amountMinor: 1_000_000, currency: 'USD' } },
    });
  }, 30_000);
  afterAll(() => api.close());

  it('signs, schedules and pays A in 2021, showing each disbursement’s lifecycle as it goes', async () => {
    await mutate(SIGN_AGREEMENT, signAgreementInput(A));
    await mutate(DEFINE_TRANCHES, { initiativeId: A, expectedScheduleVersion: 0, tranches: TRANCHES });

    const first = { initiativeId: A, disbursementId: 'undp-1-payment' };
    await mutate(REQUEST_DISBURSEMENT, { ...first, trancheId: 'undp-1', amountMinor: 1_200_000, currency: 'USD' }, AMRA);
    const [requested] = await disbursementsOf(A);
    expect(requested).toMatchObject({ status: 'REQUESTED', amount: usd(1_200_000), requestedBy: AMRA.subject, approvedBy: null, approvedAt: null, paymentReference: null, exchangeRate: null, amountUsd: null });
    expect(await tranche(A, 'undp-1')).toMatchObject({ requested: usd(1_200_000), paid: usd(0), conditionMet: true });

    await mutate(APPROVE_DISBURSEMENT, first, NIKOLA);
    const [approved] = await disbursementsOf(A);
    expect(approved).toMatchObject({ status: 'APPROVED', requestedBy: AMRA.subject, approvedBy: NIKOLA.subject, paymentReference: null, amountUsd: null });
    expect(approved.approvedAt).toEqual(expect.any(String));

    await mutate(PAY_DISBURSEMENT, { ...first, paymentReference: 'UNDP-BIH-2021-1044', valueDate: '2021-10-04', exchangeRate: USD_RATE });
    const [paid] = await disbursementsOf(A);
    expect(paid).toMatchObject({ status: 'PAID', paymentReference: 'UNDP-BIH-2021-1044', valueDate: '2021-10-04', exchangeRate: USD_RATE, amountUsd: usd(1_200_000), rejectedBy: null });
    expect(await tranche(A, 'undp-1')).toMatchObject({ requested: usd(1_200_000), paid: usd(1_200_000) });

    // Novo Sarajevo's share in BAM, at the rate of its value date: BAM 19,558.30 is USD 12,000.00.
    const municipal = { initiativeId: A, disbursementId: 'novo-sarajevo-1-payment' };
    await mutate(REQUEST_DISBURSEMENT, { ...municipal, trancheId: 'novo-sarajevo-1', amountMinor: 1_955_830, currency: 'BAM' }, NIKOLA);
    await mutate(APPROVE_DISBURSEMENT, municipal, AMRA);
    await mutate(PAY_DISBURSEMENT, { ...municipal, paymentReference: 'NOVO-SARAJEVO-2021-77', valueDate: '2021-10-15', exchangeRate: BAM_RATE });
    expect((await disbursementsOf(A))[1]).toMatchObject({ status: 'PAID', amount: bam(1_955_830), exchangeRate: BAM_RATE, amountUsd: usd(1_200_000) });
  });

  it('shows a rejected disbursement with who rejected it and why, counted against nothing', async () => {
    const mistake = { initiativeId: A, disbursementId: 'undp-2-mistake' };
    await mutate(REQUEST_DISBURSEMENT, { ...mistake, trancheId: 'undp-2', amountMinor: 800_000, currency: 'USD' }, AMRA);
    expect(await tranche(A, 'undp-2')).toMatchObject({ requested: usd(800_000) });
    await sendInitiativeCommand(api, { type: 'RejectDisbursement', data: { ...mistake, reason: 'Zatraženo prije izvještaja.' } }, NIKOLA);
    const rejected = (await disbursementsOf(A)).find((row: { disbursementId: string }) => row.disbursementId === mistake.disbursementId);
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectedBy: NIKOLA.subject, rejectionReason: 'Zatraženo prije izvještaja.', paymentReference: null, amountUsd: null });
    expect(rejected.rejectedAt).toEqual(expect.any(String));
    expect(await tranche(A, 'undp-2')).toMatchObject({ requested: usd(0), paid: usd(0) });
  });

  it('flips the conditioned tranche’s conditionMet once a report is accepted (a returned one does not), and shows the report with its reviews', async () => {
    expect(await tranche(A, 'undp-2')).toMatchObject({ condition: 'INTERIM_REPORT_ACCEPTED', conditionMet: false, percent: 40, amount: usd(800_000) });
    const progress = reportInput(A, 'progress-1', 'PROGRESS');
    await mutate(SUBMIT_REPORT, progress, OFFICER);
    await mutate(RETURN_REPORT, { initiativeId: A, reportId: 'progress-1', reason: 'Nedostaju brojevi korisnika po spolu.' }, NIKOLA);
    expect(await tranche(A, 'undp-2')).toMatchObject({ conditionMet: false });
    await mutate(SUBMIT_REPORT, progress, OFFICER);
    expect(await tranche(A, 'undp-2')).toMatchObject({ conditionMet: false });
    await mutate(ACCEPT_REPORT, { initiativeId: A, reportId: 'progress-1' }, NIKOLA);
    expect(await tranche(A, 'undp-2')).toMatchObject({ conditionMet: true });

    const { initiativeReports } = await read(
      `query ($id: ID!) { initiativeReports(initiativeId: $id) {
        reportId kind status version periodStart periodEnd narrative beneficiaries { sex ageGroup count } beneficiariesTotal
        volunteerTime { minutes hours } spending { partyId category amount ${MONEY} } submittedBy reviews { version outcome reason reviewedBy } } }`,
      { id: A },
    );
    expect(initiativeReports).toEqual([
      {
        reportId: 'progress-1',
        kind: 'PROGRESS',
        status: 'ACCEPTED',
        version: 2,
        periodStart: '2021-09-15',
        periodEnd: '2022-06-30',
        narrative: progress.narrative,
        beneficiaries: [
          { sex: 'FEMALE', ageGroup: 'FROM_15_TO_30', count: 64 },
          { sex: 'MALE', ageGroup: 'FROM_15_TO_30', count: 71 },
        ],
        beneficiariesTotal: 135,
        volunteerTime: { minutes: 9_600, hours: '160.00' },
        spending: [
          { partyId: 'undp', category: 'Materijal i oprema', amount: usd(1_200_000) },
          { partyId: 'novo-sarajevo', category: 'Radovi na terenu', amount: bam(1_955_830) },
        ],
        submittedBy: OFFICER.subject,
        reviews: [
          { version: 1, outcome: 'RETURNED', reason: 'Nedostaju brojevi korisnika po spolu.', reviewedBy: NIKOLA.subject },
          { version: 2, outcome: 'ACCEPTED', reason: null, reviewedBy: NIKOLA.subject },
        ],
      },
    ]);

    const second = { initiativeId: A, disbursementId: 'undp-2-payment' };
    await mutate(REQUEST_DISBURSEMENT, { ...second, trancheId: 'undp-2', amountMinor: 800_000, currency: 'USD' }, AMRA);
    await mutate(APPROVE_DISBURSEMENT, second, NIKOLA);
    await mutate(PAY_DISBURSEMENT, { ...second, paymentReference: 'UNDP-BIH-2022-0311', valueDate: '2022-03-02', exchangeRate: USD_RATE });
    expect(await tranche(A, 'undp-2')).toMatchObject({ requested: usd(800_000), paid: usd(800_000) });
  });

  it('records a refund, amends A upwards and B downwards, and shows every version of the agreement', async () => {
    await mutate(RECORD_REFUND, { initiativeId: A, refundId: 'unspent', partyId: 'undp', amountMinor: 85_000, currency: 'USD', valueDate: '2022-07-15', exchangeRate: USD_RATE });
    // Agreed in December 2021, recorded only now: it counts in 2021.
    await mutate(AMEND_AGREEMENT, amendAgreementInput(A, 2_500_000, { reason: 'UNDP dodaje USD 5.000 za rasvjetu', amendedOn: '2021-12-20' }));

    // B: UNDP USD 10,000 and Tuzla BAM 9,779.15 (USD 6,000.00), signed in 2022; half of UNDP's share paid, then lowered.
    const tuzlaParties = (undpMinor: number) => [
      { partyId: 'undp', kind: 'UNDP', name: 'UNDP Bosna i Hercegovina', amountMinor: undpMinor, currency: 'USD' },
      { partyId: 'tuzla', kind: 'MUNICIPALITY', name: 'Grad Tuzla', municipalityId: TUZLA, amountMinor: 977_915, currency: 'BAM' },
    ];
    await mutate(SIGN_AGREEMENT, { initiativeId: B, agreementReference: 'MAKERS-CF-TUZLA', signedOn: '2022-02-01', parties: tuzlaParties(1_000_000), exchangeRates: [BAM_RATE] });
    await mutate(DEFINE_TRANCHES, {
      initiativeId: B,
      expectedScheduleVersion: 0,
      tranches: [
        { trancheId: 'undp-1', partyId: 'undp', amountMinor: 500_000, currency: 'USD', dueOn: '2022-03-01' },
        { trancheId: 'tuzla-1', partyId: 'tuzla', percent: 100, dueOn: '2022-03-01' },
      ],
    });
    for (const [disbursementId, trancheId, amountMinor, currency, exchangeRate, valueDate] of [
      ['b-undp', 'undp-1', 500_000, 'USD', USD_RATE, '2022-04-01'],
      ['b-tuzla', 'tuzla-1', 977_915, 'BAM', BAM_RATE, '2022-04-15'],
    ] as const) {
      await mutate(REQUEST_DISBURSEMENT, { initiativeId: B, disbursementId, trancheId, amountMinor, currency }, AMRA);
      await mutate(APPROVE_DISBURSEMENT, { initiativeId: B, disbursementId }, NIKOLA);
      await mutate(PAY_DISBURSEMENT, { initiativeId: B, disbursementId, paymentReference: `PAY-${disbursementId}`, valueDate, exchangeRate });
    }
    await mutate(AMEND_AGREEMENT, {
      initiativeId: B,
      expectedAgreementVersion: 1,
      amendmentReference: 'MAKERS-CF-TUZLA/A1',
      amendedOn: '2022-09-01',
      parties: tuzlaParties(800_000),
      exchangeRates: [BAM_RATE],
      reason: 'Manji obim radova',
    });

    const { initiativeAgreement } = await read(
      `query ($id: ID!) { initiativeAgreement(initiativeId: $id) {
        initiativeId agreementReference signedOn version undpCommitmentUsd ${MONEY}
        totals { undpUsd ${MONEY} municipalUsd ${MONEY} otherDonorUsd ${MONEY} inKindUsd ${MONEY} totalUsd ${MONEY} }
        versions { version reason amendmentReference agreedOn recordedAt undpCommitmentUsd ${MONEY} parties { partyId kind name municipalityId amount ${MONEY} amountUsd ${MONEY} }
          exchangeRates { currency usdPerUnit { numerator denominator } } totals { totalUsd ${MONEY} } } } }`,
      { id: A },
    );
    const novoSarajevo = { partyId: 'novo-sarajevo', kind: 'MUNICIPALITY', name: 'Općina Novo Sarajevo', municipalityId: EXAMPLE_MUNICIPALITY_ID, amount: bam(1_955_830), amountUsd: usd(1_200_000) };
    const undp = (amountMinor: number) => ({ partyId: 'undp', kind: 'UNDP', name: 'UNDP Bosna i Hercegovina', municipalityId: null, amount: usd(amountMinor), amountUsd: usd(amountMinor) });
    expect(initiativeAgreement).toMatchObject({
      initiativeId: A,
      agreementReference: `MAKERS-CF-${A}`,
      signedOn: '2021-09-15',
      version: 2,
      undpCommitmentUsd: usd(2_500_000),
      totals: { undpUsd: usd(2_500_000), municipalUsd: usd(1_200_000), otherDonorUsd: usd(0), inKindUsd: usd(0), totalUsd: usd(3_700_000) },
      versions: [
        { version: 1, reason: null, amendmentReference: null, agreedOn: '2021-09-15', undpCommitmentUsd: usd(2_000_000), parties: [undp(2_000_000), novoSarajevo], exchangeRates: [BAM_RATE], totals: { totalUsd: usd(3_200_000) } },
        {
          version: 2,
          reason: 'UNDP dodaje USD 5.000 za rasvjetu',
          amendmentReference: `MAKERS-CF-${A}/A1`,
          agreedOn: '2021-12-20',
          undpCommitmentUsd: usd(2_500_000),
          parties: [undp(2_500_000), novoSarajevo],
          exchangeRates: [BAM_RATE],
          totals: { totalUsd: usd(3_700_000) },
        },
      ],
    });
    expect(initiativeAgreement.versions.map((version: { recordedAt: string }) => version.recordedAt)).toEqual([expect.any(String), expect.any(String)]);

    const { initiativeRefunds } = await read(
      `query ($id: ID!) { initiativeRefunds(initiativeId: $id) { refundId partyId amount ${MONEY} valueDate exchangeRate { currency } amountUsd ${MONEY} valueAtRefundRateUsd ${MONEY} exchangeDifferenceUsd ${MONEY} recordedBy } }`,
      { id: A },
    );
    // A USD refund is worth at its own rate what it takes off the dollars paid out: no exchange difference.
    expect(initiativeRefunds).toEqual([
      {
        refundId: 'unspent',
        partyId: 'undp',
        amount: usd(85_000),
        valueDate: '2022-07-15',
        exchangeRate: { currency: 'USD' },
        amountUsd: usd(85_000),
        valueAtRefundRateUsd: usd(85_000),
        exchangeDifferenceUsd: usd(0),
        recordedBy: AMRA.subject,
      },
    ]);
  });

  it('moves A from AGREED to COMPLETED once its final report is accepted', async () => {
    const stateOf = async () => (await read('query ($id: ID!) { initiative(id: $id) { state } }', { id: A })).initiative.state;
    expect(await stateOf()).toBe('AGREED');
    await mutate(SUBMIT_REPORT, reportInput(A, 'final'), OFFICER);
    expect(await stateOf()).toBe('AGREED');
    await mutate(ACCEPT_REPORT, { initiativeId: A, reportId: 'final' }, AMRA);
    expect(await stateOf()).toBe('COMPLETED');
  });

  it('shows each initiative with its origin, state, agreement in force in USD and what was disbursed', async () => {
    const { initiative } = await read(
      `query ($id: ID!) { initiative(id: $id) { id programmeId origin { kind callId proposalId platformId priorityId } municipalityId title amount ${MONEY}
        state coFinanced agreementReference agreementVersion undpUsd ${MONEY} municipalUsd ${MONEY} totalUsd ${MONEY} disbursedUsd ${MONEY} closedAt } }`,
      { id: A },
    );
    const { platformId, priorityId } = await examplePriority(api);
    expect(initiative).toEqual({
      id: A,
      programmeId,
      origin: { kind: 'PRIORITY', callId: null, proposalId: null, platformId, priorityId },
      municipalityId: EXAMPLE_MUNICIPALITY_ID,
      title: 'Skate park za mlade Novo Sarajevo',
      amount: null,
      state: 'COMPLETED',
      coFinanced: true,
      agreementReference: `MAKERS-CF-${A}`,
      agreementVersion: 2,
      undpUsd: usd(2_500_000),
      municipalUsd: usd(1_200_000),
      totalUsd: usd(3_700_000),
      // UNDP 12,000 + 8,000, Novo Sarajevo 12,000, less the 850 refunded.
      disbursedUsd: usd(3_115_000),
      closedAt: null,
    });
    const award = (await read(`query ($id: ID!) { initiative(id: $id) { origin { kind callId proposalId platformId } amount ${MONEY} state } }`, { id: B })).initiative;
    expect(award).toEqual({ origin: { kind: 'AWARD', callId: 'call-queries', proposalId: 'proposal-tuzla', platformId: null }, amount: usd(1_000_000), state: 'AGREED' });
  });

  it('filters initiatives by municipality, state, programme and co-financing', async () => {
    const ids = async (filter: string) => {
      const { initiatives } = await read(`{ initiatives(first: 50, ${filter}) { nodes { id } totalCount } }`);
      expect(initiatives.totalCount).toBe(initiatives.nodes.length);
      return initiatives.nodes.map((node: { id: string }) => node.id).sort();
    };
    expect(await ids(`programmeId: "${programmeId}"`)).toEqual([A, C, B].sort());
    expect(await ids(`municipalityId: "${EXAMPLE_MUNICIPALITY_ID}", programmeId: "${programmeId}"`)).toEqual([A, C].sort());
    expect(await ids(`municipalityId: "${TUZLA}"`)).toEqual([B]);
    expect(await ids(`state: STARTED, programmeId: "${programmeId}"`)).toEqual([C]);
    expect(await ids(`state: AGREED, programmeId: "${programmeId}"`)).toEqual([B]);
    expect(await ids(`state: COMPLETED, municipalityId: "${EXAMPLE_MUNICIPALITY_ID}", programmeId: "${programmeId}"`)).toEqual([A]);
    expect(await ids(`coFinanced: true, programmeId: "${programmeId}"`)).toEqual([A, B].sort());
    expect(await ids(`coFinanced: false, programmeId: "${programmeId}"`)).toEqual([C]);

    // Pages of one follow one another to the end.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { initiatives: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await read(
        'query ($programmeId: ID!, $after: String) { initiatives(programmeId: $programmeId, first: 1, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }',
        { programmeId, after },
      );
      seen.push(...page.initiatives.nodes.map((node) => node.id));
      after = page.initiatives.pageInfo.hasNextPage ? page.initiatives.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([A, B, C].sort());
  });

  it('shows the envelope: UNDP committed under the agreements in force, disbursed to UNDP net of refunds, remaining to commit', async () => {
    const { envelope } = await read(ENVELOPE, { programmeId });
    expect(envelope).toEqual({
      programmeId,
      envelope: usd(42_500_000),
      committed: usd(2_500_000 + 800_000),
      disbursed: usd(1_200_000 + 800_000 + 500_000 - 85_000),
      remaining: usd(42_500_000 - 3_300_000),
      initiativeCount: 3,
    });

    // Before any reservation, the envelope is the programme's own.
    const untouched = await prepareProgramme(api, 'queries-untouched');
    expect((await read(ENVELOPE, { programmeId: untouched })).envelope).toEqual({
      programmeId: untouched,
      envelope: usd(42_500_000),
      committed: usd(0),
      disbursed: usd(0),
      remaining: usd(42_500_000),
      initiativeCount: 0,
    });
  });

  it('shows budget execution by year, by party, by party kind and by the municipality where the money is spent, in BAM and in USD', async () => {
    // The amendments count in the year they were agreed, not the year they were recorded: nothing is booked this year.
    expect((await read(YEARS, { programmeId })).budgetExecutionYears).toEqual([2021, 2022]);
    const row = (committed: Money, committedUsd: Money, disbursed: Money, disbursedUsd: Money, refunded: Money, refundedUsd: Money) => ({
      currency: committed.currency,
      committed,
      committedUsd,
      disbursed,
      disbursedUsd,
      refunded,
      refundedUsd,
    });
    // A's UNDP share signed at 20,000 and raised by 5,000 on 20 December 2021.
    const undp2021 = row(usd(2_500_000), usd(2_500_000), usd(1_200_000), usd(1_200_000), usd(0), usd(0));
    const novoSarajevo2021 = row(bam(1_955_830), usd(1_200_000), bam(1_955_830), usd(1_200_000), bam(0), usd(0));
    const execution2021: Execution = (await read(EXECUTION, { programmeId, year: 2021 })).budgetExecution;
    expect(execution2021).toEqual({
      year: 2021,
      totals: { committedUsd: usd(3_700_000), disbursedUsd: usd(2_400_000), refundedUsd: usd(0) },
      byParty: [
        { partyKind: 'UNDP', name: 'UNDP Bosna i Hercegovina', municipalityId: null, ...undp2021 },
        { partyKind: 'MUNICIPALITY', name: 'Općina Novo Sarajevo', municipalityId: EXAMPLE_MUNICIPALITY_ID, ...novoSarajevo2021 },
      ],
      byPartyKind: [
        { partyKind: 'UNDP', ...undp2021 },
        { partyKind: 'MUNICIPALITY', ...novoSarajevo2021 },
      ],
      byMunicipality: [
        { municipalityId: EXAMPLE_MUNICIPALITY_ID, ...novoSarajevo2021 },
        { municipalityId: EXAMPLE_MUNICIPALITY_ID, ...undp2021 },
      ],
    });
    const execution2022: Execution = (await read(EXECUTION, { programmeId, year: 2022 })).budgetExecution;
    // B signed in 2022 and lowered by 2,000 on 1 September 2022.
    expect(execution2022.totals).toEqual({ committedUsd: usd(1_000_000 + 600_000 - 200_000), disbursedUsd: usd(800_000 + 500_000 + 600_000), refundedUsd: usd(85_000) });
    const tuzla2022 = row(bam(977_915), usd(600_000), bam(977_915), usd(600_000), bam(0), usd(0));
    expect(execution2022.byMunicipality.find((line) => line.municipalityId === TUZLA && line.currency === 'BAM')).toEqual({ municipalityId: TUZLA, ...tuzla2022 });
    // Each municipality's own share apart; UNDP in one row across both initiatives.
    expect(execution2022.byParty.map(({ partyKind, name, municipalityId, currency }) => [partyKind, name, municipalityId, currency])).toEqual([
      ['UNDP', 'UNDP Bosna i Hercegovina', null, 'USD'],
      ['MUNICIPALITY', 'Grad Tuzla', TUZLA, 'BAM'],
    ]);
    expect(execution2022.byParty[1]).toEqual({ partyKind: 'MUNICIPALITY', name: 'Grad Tuzla', municipalityId: TUZLA, ...tuzla2022 });
    expect(execution2022.byPartyKind[0]).toEqual({ partyKind: 'UNDP', ...row(usd(800_000), usd(800_000), usd(800_000 + 500_000), usd(800_000 + 500_000), usd(85_000), usd(85_000)) });
    expect((await read(EXECUTION, { programmeId, year: THIS_YEAR })).budgetExecution).toMatchObject({ totals: { committedUsd: usd(0) }, byParty: [] });
    expect((await read(EXECUTION, { programmeId, year: 2019 })).budgetExecution).toMatchObject({ totals: { committedUsd: usd(0) }, byParty: [], byPartyKind: [], byMunicipality: [] });
  });

  it('adds up: the envelope and every year’s execution equal the sums of the money events and the agreements in force', async () => {
    const sums = await expectQueriesToAddUpToTheEvents(api, programmeId);
    expect(sums.reservedUsdMinor).toBe(3_300_000);
    expect(Object.keys(sums.byPartyKind).sort()).toEqual(['municipality BAM', 'undp USD']);
    expect(Object.keys(sums.byParty).sort()).toEqual([`municipality ${EXAMPLE_MUNICIPALITY_ID} BAM`, `municipality ${TUZLA} BAM`, 'undp USD'].sort());
  });

  it('refuses a year that is not a whole four-digit year, and an unknown programme or initiative', async () => {
    for (const year of [21, 20210, -2021]) {
      const response = await api.graphql(EXECUTION, { programmeId, year });
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'YearInvalid']]);
    }
    expect((await api.graphql(EXECUTION, { programmeId, year: 2021.5 })).errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);

    for (const document of [ENVELOPE, YEARS]) {
      const response = await api.graphql(document, { programmeId: 'no-such-programme' });
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.rule])).toEqual([['NOT_FOUND', 'ProgrammeNotFound']]);
    }
    expect((await api.graphql(EXECUTION, { programmeId: 'no-such-programme', year: 2021 })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'ProgrammeNotFound' });

    const byInitiative = {
      initiativeAgreement: 'version',
      initiativeTranches: 'trancheId',
      initiativeDisbursements: 'disbursementId',
      initiativeRefunds: 'refundId',
      initiativeReports: 'reportId',
    };
    for (const [query, fields] of Object.entries(byInitiative)) {
      const response = await api.graphql(`query ($id: ID!) { ${query}(initiativeId: $id) { ${fields} } }`, { id: 'no-such-initiative' });
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.rule])).toEqual([['NOT_FOUND', 'InitiativeNotFound']]);
    }
    // A known initiative without an agreement has none, and empty lists.
    const unsigned = await read(`query ($id: ID!) { initiativeAgreement(initiativeId: $id) { version } initiativeTranches(initiativeId: $id) { trancheId } initiative(id: $id) { agreement { version } disbursements { disbursementId } } }`, { id: C });
    expect(unsigned).toEqual({ initiativeAgreement: null, initiativeTranches: [], initiative: { agreement: null, disbursements: [] } });
  });

  it('shows who acted to programme managers, administrators and donor auditors; every other reader sees the money with those fields null', async () => {
    const WHO = `query ($id: ID!) {
      initiativeDisbursements(initiativeId: $id) { disbursementId amount ${MONEY} status requestedBy approvedBy rejectedBy paidBy paidAt }
      initiativeRefunds(initiativeId: $id) { refundId recordedBy }
      initiativeReports(initiativeId: $id) { reportId submittedBy reviews { outcome reviewedBy } }
      initiativeTranches(initiativeId: $id) { trancheId definedBy definedAt }
      initiativeAgreement(initiativeId: $id) { versions { version recordedBy recordedAt } }
      initiative(id: $id) {
        disbursements { requestedBy approvedBy paidBy } refunds { recordedBy } reports { submittedBy reviews { reviewedBy } }
        tranches { definedBy } agreement { versions { recordedBy } }
      }
    }`;
    const subjects = (data: unknown): string[] => JSON.stringify(data).match(/"[^"]+@[^"]+"/g) ?? [];

    const asAuditor = await read(WHO, { id: A }, 'donor-auditor');
    expect(asAuditor).toEqual(await read(WHO, { id: A }, 'administrator'));
    expect(asAuditor.initiativeDisbursements[0]).toMatchObject({ requestedBy: AMRA.subject, approvedBy: NIKOLA.subject, paidBy: AMRA.subject, paidAt: expect.any(String) });
    // Who recorded a payment, defined the schedule or recorded an agreement version comes from the events' metadata.
    expect(asAuditor.initiativeTranches.map((tranche: { definedBy: string }) => tranche.definedBy)).toEqual([AMRA.subject, AMRA.subject, AMRA.subject]);
    expect(asAuditor.initiativeAgreement.versions).toEqual([
      { version: 1, recordedBy: AMRA.subject, recordedAt: expect.any(String) },
      { version: 2, recordedBy: AMRA.subject, recordedAt: expect.any(String) },
    ]);
    expect(asAuditor.initiative).toMatchObject({ tranches: [{ definedBy: AMRA.subject }, {}, {}], agreement: { versions: [{ recordedBy: AMRA.subject }, { recordedBy: AMRA.subject }] } });
    expect(asAuditor.initiative.reports[0]).toMatchObject({ submittedBy: OFFICER.subject, reviews: [{ reviewedBy: NIKOLA.subject }, { reviewedBy: NIKOLA.subject }] });
    expect(new Set(subjects(asAuditor))).toEqual(new Set([AMRA, NIKOLA, OFFICER].map((who) => `"${who.subject}"`)));

    for (const reader of ['platform-member', 'applicant', 'evaluator', 'platform-moderator', OFFICER] as const) {
      const seen = await read(WHO, { id: A }, reader);
      expect(subjects(seen)).toEqual([]);
      // The same money, statuses and lists as the auditor sees.
      expect(seen.initiativeDisbursements.map(({ disbursementId, amount, status }: { disbursementId: string; amount: Money; status: string }) => ({ disbursementId, amount, status }))).toEqual(
        asAuditor.initiativeDisbursements.map(({ disbursementId, amount, status }: { disbursementId: string; amount: Money; status: string }) => ({ disbursementId, amount, status })),
      );
      expect(seen.initiativeDisbursements[0]).toMatchObject({ requestedBy: null, approvedBy: null, paidBy: null, paidAt: asAuditor.initiativeDisbursements[0].paidAt });
      expect(seen.initiativeTranches.map((tranche: { definedBy: string | null }) => tranche.definedBy)).toEqual([null, null, null]);
      expect(seen.initiativeAgreement.versions.map((version: { recordedBy: string | null }) => version.recordedBy)).toEqual([null, null]);
      expect(seen.initiativeReports[0].reviews).toEqual([
        { outcome: 'RETURNED', reviewedBy: null },
        { outcome: 'ACCEPTED', reviewedBy: null },
      ]);
    }
  });
});

describe.each<ReadModelKind>(['sqlite', 'postgres'])('the MAKERS demo data: the envelope and the execution add up to the money events (read models in %s)', (readModels) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(readModels);
    await seedDemoData(api.app);
  }, 60_000);
  afterAll(() => api.close());

  it('reserves on the envelope what the agreements in force commit for UNDP, every party’s commitments over the years come to its amount in force, and every year’s execution sums to the payments and refunds', async () => {
    const sums = await expectQueriesToAddUpToTheEvents(api, makersProgramme.programmeId);
    expect(sums.reservedUsdMinor).toBeGreaterThan(0);
    expect(sums.totalsUsdMinor.disbursed).toBeGreaterThan(0);
    expect(Object.keys(sums.byPartyKind)).toEqual(expect.arrayContaining(['undp USD', 'undp BAM', 'municipality BAM']));
    // Ten partner municipalities, each its own share.
    expect(Object.keys(sums.byParty).filter((key) => key.startsWith('municipality ')).length).toBeGreaterThanOrEqual(10);
  });
});
