import type { QueryExamples } from '../authorization/query-example';
import { setUp } from '../testing/mutation-examples';
import { prepareInitiative, RECORD_REFUND, reportInput, SUBMIT_REPORT, USD_RATE } from './cofinancing.mutation-examples';

const UNIQUE = 'query-matrix';
/** What prepareInitiative names them. */
const INITIATIVE_ID = `initiative-${UNIQUE}`;
const PROGRAMME_ID = `cofinancing-${UNIQUE}`;

const MONEY = '{ amountMinor currency }';
const byInitiative = (query: string, fields: string) => ({
  document: `query ($initiativeId: ID!) { ${query}(initiativeId: $initiativeId) ${fields} }`,
  variables: { initiativeId: INITIATIVE_ID },
});

/**
 * An initiative in a programme of its own, taken through the mutation examples' setup: signed (UNDP USD 20,000,
 * Gradačac in BAM), tranches scheduled, USD 12,000 requested, approved and paid in 2021; then a final report submitted and
 * a refund recorded, so that every list has something to show.
 */
export const cofinancingQueryExamples: QueryExamples = {
  prepare: async (api) => {
    await prepareInitiative(api, UNIQUE, 'paid');
    await setUp(api, SUBMIT_REPORT, reportInput(INITIATIVE_ID, 'report-1'));
    await setUp(api, RECORD_REFUND, { initiativeId: INITIATIVE_ID, refundId: 'refund-1', partyId: 'undp', amountMinor: 85_000, currency: 'USD', valueDate: '2022-07-15', exchangeRate: USD_RATE });
  },
  queries: {
    initiative: {
      document: `query ($id: ID!) { initiative(id: $id) { id programmeId origin { kind callId proposalId platformId priorityId } municipalityId title amount ${MONEY} state coFinanced agreementReference agreementVersion undpUsd ${MONEY} municipalUsd ${MONEY} totalUsd ${MONEY} disbursedUsd ${MONEY} startedAt closedAt } }`,
      variables: { id: INITIATIVE_ID },
    },
    initiatives: {
      document: '{ initiatives(first: 10, state: AGREED, coFinanced: true) { nodes { id title state } totalCount } }',
    },
    initiativeAgreement: byInitiative(
      'initiativeAgreement',
      `{ agreementReference signedOn version totals { undpUsd ${MONEY} totalUsd ${MONEY} } versions { version reason amendmentReference agreedOn recordedBy recordedAt parties { partyId kind amount ${MONEY} amountUsd ${MONEY} } exchangeRates { currency usdPerUnit { numerator denominator } } } }`,
    ),
    initiativeTranches: byInitiative('initiativeTranches', `{ trancheId partyName amount ${MONEY} percent condition conditionMet requested ${MONEY} paid ${MONEY} definedBy definedAt }`),
    initiativeDisbursements: byInitiative('initiativeDisbursements', `{ disbursementId status amount ${MONEY} requestedBy approvedBy paymentReference valueDate paidBy paidAt amountUsd ${MONEY} }`),
    initiativeRefunds: byInitiative('initiativeRefunds', `{ refundId partyId amount ${MONEY} amountUsd ${MONEY} recordedBy }`),
    initiativeReports: byInitiative('initiativeReports', '{ reportId kind status beneficiaries { sex ageGroup count } volunteerTime { minutes hours } submittedBy reviews { outcome reviewedBy } }'),
    envelope: {
      document: `query ($programmeId: ID!) { envelope(programmeId: $programmeId) { envelope ${MONEY} committed ${MONEY} disbursed ${MONEY} remaining ${MONEY} initiativeCount } }`,
      variables: { programmeId: PROGRAMME_ID },
    },
    budgetExecution: {
      document: `query ($programmeId: ID!) { budgetExecution(programmeId: $programmeId, year: 2021) { totals { committedUsd ${MONEY} disbursedUsd ${MONEY} } byParty { partyKind name municipalityId currency committed ${MONEY} disbursedUsd ${MONEY} } byPartyKind { partyKind currency committedUsd ${MONEY} } byMunicipality { municipalityId currency disbursed ${MONEY} } } }`,
      variables: { programmeId: PROGRAMME_ID },
    },
    budgetExecutionYears: { document: 'query ($programmeId: ID!) { budgetExecutionYears(programmeId: $programmeId) }', variables: { programmeId: PROGRAMME_ID } },
  },
};
