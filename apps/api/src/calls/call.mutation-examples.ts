import { identity, type Identity } from '@makers/kernel';
import type { HandledCommand } from '@makers/event-store';
import type { CallEvent } from '@makers/calls';
import { CommandSender } from '../commands/command-sender';
import { ADD_PARTNER, REGISTER_MUNICIPALITY, REGISTER_PROGRAMME, registerProgrammeInput } from '../programme/programme.mutation-examples';
import { commandMetadataFor } from '../request/command-metadata';
import type { ApiHarness } from '../testing/api-harness';
import { setUp, type MutationExample } from '../testing/mutation-examples';
import { ExecuteCallCommand, type CallRequest } from './call.commands';

/**
 * Valid calls of the call mutations, for the matrices and the bad-input properties, and the setup other examples and
 * specs build on: `prepareCall` brings a fresh call to the stage they need.
 *
 * A call's life runs on the clock (published before it opens, closed after it closes, awarded after voting), and
 * the command's time is the edge's clock. Setup that must have happened in the past goes through the same handler
 * and rules with a chosen time, `sendCallCommandAt`, as the demo seed records the 2021 call; the mutation under test
 * always runs now, over GraphQL.
 */

export const DRAFT_CALL = 'mutation ($input: DraftCallInput!) { draftCall(input: $input) { id state version } }';
export const REVISE_DRAFT = 'mutation ($input: ReviseDraftInput!) { reviseDraft(input: $input) { id } }';
export const PUBLISH_CALL = 'mutation ($input: CallIdInput!) { publishCall(input: $input) { id state version } }';
export const AMEND_CALL = 'mutation ($input: AmendCallInput!) { amendCall(input: $input) { id version } }';
export const ASSIGN_EVALUATOR = 'mutation ($input: AssignEvaluatorInput!) { assignEvaluator(input: $input) { id } }';
export const CLOSE_CALL = 'mutation ($input: CallIdInput!) { closeCall(input: $input) { id state } }';
export const COMPLETE_EVALUATION = 'mutation ($input: CallIdInput!) { completeEvaluation(input: $input) { id state } }';
export const AWARD_CALL = 'mutation ($input: CallIdInput!) { awardCall(input: $input) { id state } }';
export const CANCEL_CALL = 'mutation ($input: CancelCallInput!) { cancelCall(input: $input) { id state } }';

/** The programme and partner municipalities every example call is open to, recorded once per app. */
export const CALL_EXAMPLE_PROGRAMME_ID = 'calls-example';
export const CALL_EXAMPLE_MUNICIPALITY_IDS = ['calls-example-doboj-istok', 'calls-example-trebinje'] as const;

/** Who records setup that happened in the past. */
export const CALL_SETUP_IDENTITY: Identity = identity('test:call-setup', ['administrator']);

const DAY_MS = 24 * 60 * 60 * 1000;
/** An instant `days` from now (negative: ago), as an ISO 8601 date-time in UTC. */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString();

/** When a call's submissions and voting run; `callTermsInput` takes any of them. */
export interface CallWindow {
  readonly opensAt: string;
  readonly closesAt: string;
  readonly votingOpensAt: string;
  readonly votingClosesAt: string;
}

/** The 2021 MAKERS call's window: long past, for calls set up through `sendCallCommandAt`. */
export const PAST_WINDOW: CallWindow = {
  opensAt: '2021-06-15T09:00:00+02:00',
  closesAt: '2021-07-15T16:00:00+02:00',
  votingOpensAt: '2021-07-20T09:00:00+02:00',
  votingClosesAt: '2021-07-31T20:00:00+02:00',
};
/** Before the past window opens: when a past call was published. */
export const BEFORE_PAST_WINDOW = new Date('2021-06-01T09:00:00+02:00');
/** After its submissions closed, before voting. */
export const AFTER_PAST_CLOSING = new Date('2021-07-16T09:00:00+02:00');

/** A window a month ahead, for calls published now. */
export const futureWindow = (): CallWindow => ({ opensAt: daysFromNow(30), closesAt: daysFromNow(60), votingOpensAt: daysFromNow(61), votingClosesAt: daysFromNow(70) });

/** Open now: opened yesterday (published before that, through `sendCallCommandAt`), closes in a month. */
export const openWindow = (): CallWindow => ({ opensAt: daysFromNow(-1), closesAt: daysFromNow(30), votingOpensAt: daysFromNow(31), votingClosesAt: daysFromNow(40) });

/** The terms input of a call, as GraphQL takes it: USD 100,000 in all, at most USD 15,000 a proposal. */
export const callTermsInput = (window: CallWindow = futureWindow(), overrides: Record<string, unknown> = {}) => ({
  title: 'MAKERS javni poziv za inicijative mladih',
  description: 'Inicijative mladih koje grade povjerenje među zajednicama, u partnerstvu s općinama i gradovima.',
  currency: 'USD',
  budget: { totalMinor: 10_000_000, perProposalCeilingMinor: 1_500_000 },
  eligibleApplicantTypes: ['CIVIL_SOCIETY_ORGANISATION', 'INFORMAL_YOUTH_GROUP'],
  eligibleMunicipalityIds: [...CALL_EXAMPLE_MUNICIPALITY_IDS],
  criteria: [
    { criterionId: 'relevance', name: 'Relevance to the platform’s priorities', weight: 40, maxScore: 10 },
    { criterionId: 'cohesion', name: 'Social cohesion across communities', weight: 35, maxScore: 10 },
    { criterionId: 'feasibility', name: 'Feasibility and budget', weight: 25, maxScore: 5 },
  ],
  opensAt: window.opensAt,
  closesAt: window.closesAt,
  voting: { opensAt: window.votingOpensAt, closesAt: window.votingClosesAt, secret: true },
  awardRule: { scoreWeight: 70, votesWeight: 30 },
  appealPeriodDays: 15,
  ...overrides,
});

/** Runs a setup step as an administrator; a conflict means an earlier example in the same app did it. */
const setUpOnce = async (api: ApiHarness, document: string, input: Record<string, unknown>): Promise<void> => {
  const response = await api.graphql(document, { input }, { as: 'administrator' });
  const errors = (response.errors ?? []).filter((error) => error.extensions?.code !== 'CONFLICT');
  if (errors.length) throw new Error(`Setup failed: ${JSON.stringify(errors)}`);
};

const partnersRecorded = new WeakSet<ApiHarness>();

/** The example programme with its two partner municipalities, one in each entity. */
export const callExamplePartners = async (api: ApiHarness): Promise<void> => {
  if (partnersRecorded.has(api)) return;
  await setUpOnce(api, REGISTER_PROGRAMME, registerProgrammeInput(CALL_EXAMPLE_PROGRAMME_ID));
  const [fbih, rs] = CALL_EXAMPLE_MUNICIPALITY_IDS;
  await setUpOnce(api, REGISTER_MUNICIPALITY, { id: fbih, name: 'Doboj Istok', entity: 'FBIH' });
  await setUpOnce(api, REGISTER_MUNICIPALITY, { id: rs, name: 'Trebinje', nameCyrillic: 'Требиње', entity: 'RS' });
  for (const municipalityId of CALL_EXAMPLE_MUNICIPALITY_IDS) await setUpOnce(api, ADD_PARTNER, { programmeId: CALL_EXAMPLE_PROGRAMME_ID, municipalityId });
  partnersRecorded.add(api);
};

/**
 * Sends a call command through the same handler and rules as the mutations, at a chosen time: for setup that had to
 * happen in the past (publishing before the opening, closing after the closing). Refusals throw, as from the bus.
 */
export const sendCallCommandAt = (api: ApiHarness, at: Date, request: CallRequest, who: Identity = CALL_SETUP_IDENTITY): Promise<HandledCommand<CallEvent>> =>
  api.app.get(CommandSender).send(new ExecuteCallCommand(request, { ...commandMetadataFor(who), issuedAt: at }));

/** How far `prepareCall` takes a call. */
export type CallStage =
  /** Drafted, opening in a month. */
  | 'draft'
  /** Published now, opening in a month: amendable. */
  | 'published'
  /** Published yesterday's way: open for submissions now, closing in a month. */
  | 'open'
  /** The 2021 window: published, submissions closed, not yet closed by command. */
  | 'past-closing'
  /** …closed. */
  | 'closed'
  /** …evaluated (no proposals: nothing to score); voting has closed, so it can be awarded now. */
  | 'evaluated';

/**
 * A fresh call `call-<unique>` of the example programme at `stage`, drafted over GraphQL; the steps the clock forbids
 * now are sent with their time. `window` overrides the stage's window where a spec needs another, `termsOverrides`
 * any other term.
 */
export const prepareCall = async (api: ApiHarness, unique: string, stage: CallStage, window?: CallWindow, termsOverrides: Record<string, unknown> = {}): Promise<string> => {
  await callExamplePartners(api);
  const callId = `call-${unique}`;
  const past = stage === 'past-closing' || stage === 'closed' || stage === 'evaluated';
  const terms = callTermsInput(window ?? (past ? PAST_WINDOW : stage === 'open' ? openWindow() : futureWindow()), termsOverrides);
  await setUp(api, DRAFT_CALL, { id: callId, programmeId: CALL_EXAMPLE_PROGRAMME_ID, terms });
  if (stage === 'draft') return callId;
  if (stage === 'published') {
    await setUp(api, PUBLISH_CALL, { callId });
    return callId;
  }
  await sendCallCommandAt(api, new Date(Date.parse(terms.opensAt) - DAY_MS), { type: 'PublishCall', data: { callId } });
  if (stage === 'open' || stage === 'past-closing') return callId;
  await sendCallCommandAt(api, new Date(Date.parse(terms.closesAt) + 1000), { type: 'CloseCall', data: { callId } });
  if (stage === 'closed') return callId;
  await sendCallCommandAt(api, new Date(Date.parse(terms.closesAt) + DAY_MS), { type: 'CompleteEvaluation', data: { callId } });
  return callId;
};

export const callMutationExamples: Readonly<Record<string, MutationExample>> = {
  draftCall: {
    document: DRAFT_CALL,
    prepare: async (api, unique) => {
      await callExamplePartners(api);
      return { input: { id: `call-${unique}`, programmeId: CALL_EXAMPLE_PROGRAMME_ID, terms: callTermsInput() } };
    },
  },
  reviseDraft: {
    document: REVISE_DRAFT,
    prepare: async (api, unique) => ({
      input: { callId: await prepareCall(api, unique, 'draft'), terms: callTermsInput(futureWindow(), { title: 'MAKERS javni poziv 2021 (revidirano)' }) },
    }),
  },
  publishCall: {
    document: PUBLISH_CALL,
    prepare: async (api, unique) => ({ input: { callId: await prepareCall(api, unique, 'draft') } }),
  },
  amendCall: {
    document: AMEND_CALL,
    prepare: async (api, unique) => {
      const window = futureWindow();
      const callId = await prepareCall(api, unique, 'published', window);
      const terms = callTermsInput({ ...window, closesAt: daysFromNow(61), votingOpensAt: daysFromNow(62) });
      return { input: { callId, terms, reason: 'Submissions stay open a day longer after the info session moved' } };
    },
  },
  assignEvaluator: {
    document: ASSIGN_EVALUATOR,
    prepare: async (api, unique) => ({ input: { callId: await prepareCall(api, unique, 'published'), evaluatorId: 'amra.hadzic@undp.org' } }),
  },
  closeCall: {
    document: CLOSE_CALL,
    prepare: async (api, unique) => ({ input: { callId: await prepareCall(api, unique, 'past-closing') } }),
  },
  completeEvaluation: {
    document: COMPLETE_EVALUATION,
    prepare: async (api, unique) => ({ input: { callId: await prepareCall(api, unique, 'closed') } }),
  },
  awardCall: {
    document: AWARD_CALL,
    prepare: async (api, unique) => ({ input: { callId: await prepareCall(api, unique, 'evaluated') } }),
  },
  cancelCall: {
    document: CANCEL_CALL,
    prepare: async (api, unique) => ({ input: { callId: await prepareCall(api, unique, 'published'), reason: 'The programme merged this call into the 2022 call' } }),
  },
};
