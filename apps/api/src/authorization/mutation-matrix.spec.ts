import { ROLES } from '@makers/kernel';
import { errorCodes, startApi, type ApiHarness, type Caller } from '../testing/api-harness';
import { mutationExamples, type MutationExample, type PreparedCall } from '../testing/mutation-examples';
import { allows, COLUMNS, coverageGaps, missingConcern, schemaFields, type AccessRule } from './access-matrix';

/**
 * Who may call each mutation: the rules as the programme states them, written down independently of the policies
 * that enforce them. Every mutation the schema serves needs a row; `withinScope` lists scoped roles allowed only for
 * the municipality or platform the call concerns (none yet: the register and the partnerships are UNDP's to keep).
 */
const MUTATION_RULES: Readonly<Record<string, AccessRule>> = {
  registerProgramme: { roles: ['programme-manager', 'administrator'] },
  registerMunicipality: { roles: ['programme-manager', 'administrator'] },
  addPartnerMunicipality: { roles: ['programme-manager', 'administrator'] },
  removePartnerMunicipality: { roles: ['programme-manager', 'administrator'] },
};

const THIS_FILE = 'MUTATION_RULES (apps/api/src/authorization/mutation-matrix.spec.ts)';

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
        { what: 'a valid call with its setup', where: 'to mutationExamples (apps/api/src/testing/mutation-examples.ts)', has: (field) => field in mutationExamples },
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
    if (!example) throw new Error(`${mutation}: add a valid call with its setup to mutationExamples (apps/api/src/testing/mutation-examples.ts)`);

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
