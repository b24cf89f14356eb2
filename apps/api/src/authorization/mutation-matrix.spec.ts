import { ROLES } from '@makers/kernel';
import { errorCodes, startApi, type ApiHarness, type Caller } from '../testing/api-harness';
import { mutationExamples } from '../testing/all-mutation-examples';
import type { MutationExample, PreparedCall } from '../testing/mutation-examples';
import { allows, COLUMNS, coverageGaps, missingConcern, schemaFields } from './access-matrix';
import { MUTATION_RULES } from './access-rules';

const THIS_FILE = 'the mutation rules of its context (apps/api/src/<context>/<context>.access-rules.ts, merged in authorization/access-rules.ts)';

describe('who may call each mutation (every mutation of the schema × every role)', () => {
  let api: ApiHarness;
  let calls = 0;

  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(() => api.close());

  /**
   * Prepares a fresh aggregate (as an administrator), then calls the mutation once as `caller` and says what
   * happened: `succeeds`, or the error codes; and whether the call itself appended anything.
   */
  const attempt = async (example: MutationExample, caller: (prepared: PreparedCall, unique: string) => Caller): Promise<string> => {
    const unique = `matrix-${++calls}`;
    const prepared = await example.prepare(api, unique);
    const before = (await api.allEvents()).length;
    const response = await api.graphql(example.document, { input: prepared.input }, { as: caller(prepared, unique) });
    const appended = (await api.allEvents()).length - before;
    const codes = errorCodes(response);
    if (codes.length === 0) return appended > 0 ? 'succeeds' : 'succeeds but appended nothing';
    return appended === 0 ? codes.join(', ') : `${codes.join(', ')} but appended ${appended}`;
  };

  it('has a rule and an example for every mutation in the schema', () => {
    const gaps = coverageGaps(
      schemaFields(api.app, 'Mutation'),
      [
        { what: 'a row saying which roles may call it', where: `to ${THIS_FILE}`, has: (field) => field in MUTATION_RULES },
        { what: 'a valid call with its setup', where: 'to the mutation examples of its context (apps/api/src/<context>/<context>.mutation-examples.ts)', has: (field) => field in mutationExamples },
      ],
      Object.keys(MUTATION_RULES),
      THIS_FILE,
    );
    expect(gaps).toEqual([]);
  });

  it('keeps the donor auditor read-only: no rule lets them change anything', () => {
    const letIn = Object.entries(MUTATION_RULES).filter(([, rule]) => rule.roles.includes('donor-auditor'));
    expect(letIn.map(([mutation]) => mutation)).toEqual([]);
  });

  it('names only roles the kernel knows', () => {
    const named = Object.values(MUTATION_RULES).flatMap((rule) => [...rule.roles, ...(rule.withinScope ?? [])]);
    expect(named.filter((role) => !(ROLES as readonly string[]).includes(role))).toEqual([]);
  });

  it.each(Object.keys(MUTATION_RULES))('%s: exactly the allowed roles succeed; every other is FORBIDDEN and appends nothing; no token is UNAUTHENTICATED', async (mutation) => {
    const rule = MUTATION_RULES[mutation];
    const example = mutationExamples[mutation];
    if (!example) throw new Error(`${mutation}: add a valid call with its setup to apps/api/src/<context>/<context>.mutation-examples.ts`);

    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const column of COLUMNS) {
      expected[column.name] = allows(rule, column) ? 'succeeds' : 'FORBIDDEN';
      actual[column.name] = await attempt(example, ({ concerns }, unique) => {
        const missing = missingConcern(rule, concerns);
        if (missing) throw new Error(`${mutation}: its example must say what the call concerns: add ${missing}`);
        return column.identity(concerns, unique);
      });
    }
    expected.anonymous = 'UNAUTHENTICATED';
    actual.anonymous = await attempt(example, () => 'anonymous');

    expect(actual).toEqual(expected);
  });
});
