import { ROLES, type Role } from '@makers/kernel';
import { QUERY_RULES } from './access-rules';
import { errorCodes, startApi, type ApiHarness, type Caller } from '../testing/api-harness';
import { coverageGaps, schemaFields } from './access-matrix';
import { declaredQueryRules } from './declared-query-rules';
import { prepareQueryExamples, queryExamples } from './all-query-examples';

const THIS_FILE = 'the query rules of its context (apps/api/src/<context>/<context>.access-rules.ts, merged in authorization/access-rules.ts)';
const EXAMPLES_FILE = 'the query examples of its context (apps/api/src/<context>/<context>.query-examples.ts)';

const sameRoles = (a: readonly Role[], b: readonly Role[]) => [...a].sort().join() === [...b].sort().join();

describe('who may read each query (every query of the schema × every role)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('sqlite');
    await prepareQueryExamples(api);
  });
  afterAll(() => api.close());

  /** Runs a query's example as `caller` and says what happened: `answers`, or the error codes. */
  const read = async (query: string, caller: Caller): Promise<string> => {
    const { document, variables } = queryExamples[query];
    const response = await api.graphql(document, variables, { as: caller });
    const answered = response.data?.[query] != null;
    const codes = errorCodes(response);
    if (codes.length === 0) return answered ? 'answers' : 'answers null';
    return answered ? `${codes.join(', ')} but answered` : codes.join(', ');
  };

  it('has a rule, an @AllowedRoles on its resolver and an example for every query in the schema', () => {
    const declared = declaredQueryRules(api.app);
    const gaps = coverageGaps(
      schemaFields(api.app, 'Query'),
      [
        { what: 'a row saying which roles may read it', where: `to ${THIS_FILE}`, has: (field) => field in QUERY_RULES },
        { what: '@AllowedRoles(...)', where: 'on its resolver method (see apps/api/src/authorization/allowed-roles.ts)', has: (field) => declared.get(field) !== undefined },
        { what: 'a valid call', where: `to ${EXAMPLES_FILE}`, has: (field) => field in queryExamples },
      ],
      Object.keys(QUERY_RULES),
      THIS_FILE,
    );
    expect(gaps).toEqual([]);
  });

  it('enforces in each resolver the roles the table names', () => {
    const differing = [...declaredQueryRules(api.app)]
      .filter(([field, roles]) => field in QUERY_RULES && roles && !sameRoles(roles, QUERY_RULES[field]))
      .map(([field, roles]) => `${field}: @AllowedRoles(${roles?.join(', ')}) but ${THIS_FILE} says ${QUERY_RULES[field].join(', ')}`);
    expect(differing).toEqual([]);
  });

  it.each(Object.keys(QUERY_RULES))('%s: exactly the allowed roles get an answer; every other is FORBIDDEN; no token is UNAUTHENTICATED', async (query) => {
    if (!queryExamples[query]) throw new Error(`${query}: add a valid call to ${EXAMPLES_FILE}`);
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const role of ROLES) {
      expected[role] = QUERY_RULES[query].includes(role) ? 'answers' : 'FORBIDDEN';
      actual[role] = await read(query, role);
    }
    expected.anonymous = 'UNAUTHENTICATED';
    actual.anonymous = await read(query, 'anonymous');
    expect(actual).toEqual(expected);
  });

  it('answers the donor auditor every query the schema has', async () => {
    const unanswered: string[] = [];
    for (const query of schemaFields(api.app, 'Query')) {
      if (!queryExamples[query]) unanswered.push(`${query}: no example in ${EXAMPLES_FILE}`);
      else if ((await read(query, 'donor-auditor')) !== 'answers') unanswered.push(query);
    }
    expect(unanswered).toEqual([]);
  });

  it('shows the donor auditor the whole trail of a stream, exactly as an administrator sees it', async () => {
    const { document, variables } = queryExamples.auditTrail;
    const asAuditor = await api.graphql(document, variables, { as: 'donor-auditor' });
    const asAdministrator = await api.graphql(document, variables, { as: 'administrator' });
    expect(asAuditor.data?.auditTrail.events.map((event: { type: string }) => event.type)).toEqual(['ProgrammeRegistered', 'MunicipalityAddedAsPartner']);
    expect(asAuditor.data).toEqual(asAdministrator.data);
  });

  it('tells a refused reader who they are and what they may not read, as a refused command does', async () => {
    const { document, variables } = queryExamples.auditTrail;
    const response = await api.graphql(document, variables, { as: 'applicant' });
    expect(response.errors?.[0]).toMatchObject({
      message: 'test:applicant (applicant) may not read auditTrail',
      extensions: { code: 'FORBIDDEN', rule: 'NotPermitted' },
    });
    expect(response.data ?? null).toBeNull();
  });
});
