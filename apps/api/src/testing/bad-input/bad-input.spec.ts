import type { Server } from 'node:http';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import request from 'supertest';
import { errorCodes, startApi, type ApiHarness } from '../api-harness';
import { mutationExamples } from '../all-mutation-examples';
import { garbageInput, oneBadField, requiredFieldsMissing, unknownField, type BadInputCase } from './bad-input-cases';
import { describeInput, inputTypeOf, mutationsOf, type MutationInput } from './input-slots';
import { preview, refusalProblem } from './refusal';

/**
 * Thousands of generated bad inputs at every mutation in the schema, including those added later: each is refused
 * with BAD_USER_INPUT naming the field at fault, appends nothing, and leaves the process serving.
 *
 * Reproduce a failure with the seed it prints: BAD_INPUT_SEED=<seed> npx jest --selectProjects api bad-input.
 * BAD_INPUT_RUNS=<factor> scales the number of generated inputs (default 1).
 */
const SEED = Number(process.env.BAD_INPUT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SCALE = Number(process.env.BAD_INPUT_RUNS ?? 1);
const runs = (count: number) => Math.max(1, Math.round(count * SCALE));

/** Generated inputs per property and mutation; one bad field gets this many per field it can go into. */
// Per field: enough for every kind of bad value its meaning has, across the ~300 fields of ~45 mutations.
const RUNS_PER_FIELD = runs(30);
const RUNS_MISSING = runs(50);
const RUNS_UNKNOWN = runs(50);
const RUNS_GARBAGE = runs(50);

/** fast-check's report with a 20,000-character counterexample cut short, keeping what went wrong (which names the input too). */
const shortened = (report: string) => {
  const gotError = report.indexOf('Got error:');
  if (report.length <= 6000 || gotError < 0) return report;
  return `${report.slice(0, Math.min(gotError, 800))}…\n${report.slice(gotError, gotError + 5000)}`;
};

interface Target {
  readonly input: MutationInput;
  readonly document: string;
  readonly example: Record<string, unknown>;
}

describe('bad input to every mutation in the schema', () => {
  let api: ApiHarness;
  let token: string;
  let mutations: string[] = [];
  const targets: Target[] = [];
  let sent = 0;
  let started = 0;

  beforeAll(async () => {
    // Thousands of requests from one identity: the harness lifts the rate limit (tested on its own in graphql/hardening).
    api = await startApi('sqlite');
    // One listening socket for thousands of requests, instead of one per request.
    const server = api.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    token = await api.tokenFor('administrator');
    const schema = api.app.get(GraphQLSchemaHost).schema;
    mutations = mutationsOf(schema).map((field) => field.name);
    for (const [index, field] of mutationsOf(schema).entries()) {
      const example = mutationExamples[field.name];
      const type = inputTypeOf(field);
      if (!example || !type) continue;
      const { input } = await example.prepare(api, `bad-${index}`);
      targets.push({ input: describeInput(field.name, type, input), document: example.document, example: input });
    }
    started = Date.now();
  }, 60_000);

  afterAll(async () => {
    if (started) console.info(`bad input: ${sent} generated inputs sent in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
    await api?.close();
  });

  /** Sends a case and states what is wrong with the answer, or nothing; it must append no event either way. */
  const refused = async (target: Target, badCase: BadInputCase) => {
    const before = await api.store.headPosition();
    sent += 1;
    const response = await api.graphql(target.document, badCase.input === undefined ? {} : { input: badCase.input }, { as: { token } });
    const problem = refusalProblem(target.input.mutation, response, badCase.names);
    const after = await api.store.headPosition();
    const sentInput = `input ${preview(badCase.input)}`;
    if (after !== before) throw new Error(`${after - before} event(s) appended for ${sentInput}. ${problem ?? ''}`);
    if (problem) throw new Error(`${problem}, for ${sentInput}`);
  };

  /** Runs the property over each mutation and reports every mutation that broke it, each with the seed. */
  const everyMutationRefuses = async (cases: (target: Target) => fc.Arbitrary<BadInputCase> | undefined, numRuns: (target: Target) => number) => {
    const failures: string[] = [];
    for (const target of targets) {
      const arbitrary = cases(target);
      if (!arbitrary) continue;
      try {
        await fc.assert(
          fc.asyncProperty(arbitrary, (badCase) => refused(target, badCase)),
          // No shrinking: an input wrongly accepted changes what the next one meets, so the first failure is the one to read.
          { seed: SEED, numRuns: numRuns(target), includeErrorInReport: true, endOnFailure: true },
        );
      } catch (error) {
        failures.push(`${target.input.mutation} (BAD_INPUT_SEED=${SEED}):\n${shortened(error instanceof Error ? error.message : String(error))}`);
      }
    }
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  };

  it('has a valid example of every mutation to start from (add one to mutation-examples.ts with a new mutation)', () => {
    const missing = mutations.filter((name) => !mutationExamples[name]);
    expect(missing).toEqual([]);
    expect(mutations.length).toBeGreaterThan(0);
  });

  it('refuses a bad value in any one field, at any depth, naming that field', () =>
    everyMutationRefuses(
      (target) => oneBadField(target.input, target.example),
      (target) => RUNS_PER_FIELD * target.input.slots.length,
    ), 600_000);

  it('refuses an input with required fields left out, naming one of them', () =>
    everyMutationRefuses((target) => requiredFieldsMissing(target.input, target.example), () => RUNS_MISSING), 300_000);

  it('refuses fields the input does not have (an actor, a __proto__, anything), at the top or nested, naming them', () =>
    everyMutationRefuses((target) => unknownField(target.input, target.example), () => RUNS_UNKNOWN), 300_000);

  it('refuses garbage, however deeply nested, in place of the whole input', () =>
    everyMutationRefuses((target) => garbageInput(target.input), () => RUNS_GARBAGE), 300_000);

  it('still serves afterwards: /health answers and a valid call of every mutation succeeds', async () => {
    const health = await request(api.app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    for (const [index, name] of mutations.entries()) {
      const example = mutationExamples[name];
      if (!example) continue;
      const before = await api.store.headPosition();
      const { input, caller } = await example.prepare(api, `ok-${index}`);
      const response = await api.graphql(example.document, { input }, { as: caller ?? 'administrator' });
      expect({ name, codes: errorCodes(response) }).toEqual({ name, codes: [] });
      expect(await api.store.headPosition()).toBeGreaterThan(before);
    }
  }, 60_000);
});
