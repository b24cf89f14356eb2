import { identity, type Identity } from '@makers/kernel';
import { commandMetadataFor } from '../request/command-metadata';
import { handleCommand, type CommandMetadata } from '@makers/event-store';
import { callDecider, callPolicy, callStreamName, type CallCommand, type CallTerms } from '@makers/calls';
import { CommandSender } from '../commands/command-sender';
import { ProjectionRunnerService } from '../infrastructure/projection-runner.service';
import type { ApiHarness } from '../testing/api-harness';
import { EXAMPLE_MUNICIPALITY_IDS } from '../platforms/platforms.mutation-examples';
import type { CallRequest } from './call.commands';
import { sendCallCommandAt } from './call.mutation-examples';
import { ExecuteProposalCommand, type ProposalRequest } from './proposals.commands';

/**
 * Calls at a chosen point of their life, for the proposal and ballot examples and API tests. A call's rules read the
 * command's time (submissions open and close, voting, the appeal period), so what happened before "now" is sent
 * through the bus with the moment it happened, like the demo seed does; what a test is about goes over HTTP, now.
 */

export const PROGRAMME_STAFF = identity('example:programme-manager', ['programme-manager']);
/** Submits the example proposals: the identity that alone may revise, withdraw or appeal them. */
export const EXAMPLE_APPLICANT = identity('example:applicant', ['applicant']);

/** The example call is open to both example partner municipalities; proposals come from the first. */
export const [PROPOSAL_MUNICIPALITY_ID, OTHER_MUNICIPALITY_ID] = EXAMPLE_MUNICIPALITY_IDS;
export const NOT_ELIGIBLE_MUNICIPALITY_ID = 'not-a-partner';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Where the call is now (the test's real time). */
export type CallStage =
  /** Taking submissions. */
  | 'open'
  /** Submissions closed, voting open, not yet closed: proposals are only voted on. */
  | 'voting'
  /** Closed, voting open: proposals are scored and voted on. */
  | 'evaluating'
  /** Voting closed 10 days ago; awarded then (see `awardExampleCall`). */
  | 'awarded';

export interface ExampleCallOptions {
  readonly secret?: boolean;
  /** For the 'awarded' stage: appeals are filed this many days from the award (default 30). */
  readonly appealPeriodDays?: number;
  /** The call's evaluators (identity subjects). */
  readonly evaluatorIds?: readonly string[];
  /** For the 'open' stage: submissions close this many whole seconds from now (default an hour). */
  readonly closesInSeconds?: number;
}

export interface ExampleCall {
  readonly callId: string;
  readonly terms: CallTerms;
  /** Moments of the call's life as Dates: what a test sends commands at. */
  readonly whileOpen: Date;
  readonly afterClosing: Date;
  readonly afterVoting: Date;
}

/** A whole second: the call's times are written to the second, and so is "one second after". */
const wholeSecond = (at: number) => Math.floor(at / 1000) * 1000;
const iso = (at: number) => new Date(at).toISOString();

/** The terms of the example call, its times from `opensAt`. */
export const exampleTerms = (opensAt: number, closesAt: number, votingOpensAt: number, votingClosesAt: number, options: ExampleCallOptions = {}): CallTerms => ({
  title: 'MAKERS javni poziv za inicijative mladih',
  description: 'Inicijative mladih koje grade povjerenje među zajednicama, u partnerstvu s općinama.',
  currency: 'USD',
  budget: { total: { amountMinor: 10_000_000, currency: 'USD' }, perProposalCeiling: { amountMinor: 1_500_000, currency: 'USD' } },
  eligibleApplicantTypes: ['civil-society-organisation', 'informal-youth-group'],
  eligibleMunicipalityIds: [...EXAMPLE_MUNICIPALITY_IDS],
  criteria: [
    { criterionId: 'relevance', name: 'Relevance to the platform’s priorities', weight: 40, maxScore: 10 },
    { criterionId: 'cohesion', name: 'Social cohesion across communities', weight: 40, maxScore: 10 },
    { criterionId: 'feasibility', name: 'Feasibility and budget', weight: 20, maxScore: 5 },
  ],
  opensAt: iso(opensAt),
  closesAt: iso(closesAt),
  voting: { opensAt: iso(votingOpensAt), closesAt: iso(votingClosesAt), secret: options.secret ?? false },
  awardRule: { scoreWeight: 70, votesWeight: 30 },
  appealPeriodDays: options.appealPeriodDays ?? 30,
});

/**
 * Sends a call command at `at`: through the call's own handler (as its mutations do), but for the draft, which goes
 * straight to the aggregate with the example municipalities as the programme's partners (the platforms' examples
 * record them, under another programme), so a call can be open to the municipalities an example platform covers.
 */
export const sendCallCommand = async (api: ApiHarness, command: CallCommand | CallRequest, at: Date, who: Identity = PROGRAMME_STAFF): Promise<void> => {
  if (command.type !== 'DraftCall') {
    await sendCallCommandAt(api, at, command as CallRequest, who);
    return;
  }
  const target = { streamName: callStreamName(command.data.callId), decider: callDecider, policy: callPolicy };
  const handled = await handleCommand(api.store, target, command as CallCommand, { ...commandMetadataFor(who), issuedAt: at });
  if (handled.appended) await api.app.get(ProjectionRunnerService).waitForPosition(handled.appended.position);
};

/** Sends a proposal command through the bus as `who`, at `at`. */
export const sendProposalCommand = async (api: ApiHarness, request: ProposalRequest, at: Date, who: Identity = EXAMPLE_APPLICANT): Promise<void> => {
  const metadata: CommandMetadata = { ...commandMetadataFor(who), issuedAt: at };
  await api.app.get(CommandSender).send(new ExecuteProposalCommand(request, metadata));
};

/** A call `call-<unique>`, drafted and published in the past, at `stage` now. */
export const prepareCall = async (api: ApiHarness, unique: string, stage: CallStage, options: ExampleCallOptions = {}): Promise<ExampleCall> => {
  const now = wholeSecond(Date.now());
  // Every stage's times, relative to now: an awarded call ran its course weeks ago.
  const [opensAt, closesAt, votingOpensAt, votingClosesAt] =
    stage === 'open'
      ? [now - HOUR, now + (options.closesInSeconds ?? 3600) * 1000, now + HOUR, now + 2 * HOUR]
      : stage === 'awarded'
        ? [now - 40 * DAY, now - 30 * DAY, now - 30 * DAY, now - 10 * DAY]
        : [now - 3 * HOUR, now - HOUR, now - HOUR, now + HOUR];
  const callId = `call-${unique}`;
  const terms = exampleTerms(opensAt, closesAt, votingOpensAt, votingClosesAt, options);
  const call: ExampleCall = {
    callId,
    terms,
    whileOpen: new Date(opensAt + HOUR / 2),
    afterClosing: new Date(closesAt + 1000),
    afterVoting: new Date(votingClosesAt + 1000),
  };
  const drafting = new Date(opensAt - HOUR);
  await sendCallCommand(api, { type: 'DraftCall', data: { callId, programmeId: 'makers-example', terms, partnerIds: [...EXAMPLE_MUNICIPALITY_IDS] } }, drafting);
  await sendCallCommand(api, { type: 'PublishCall', data: { callId } }, drafting);
  for (const evaluatorId of options.evaluatorIds ?? []) await sendCallCommand(api, { type: 'AssignEvaluator', data: { callId, evaluatorId } }, drafting);
  return call;
};

/** What an example proposal holds: USD 12,000 in two lines, USD 2,500 co-financing. */
export const proposalContent = (municipalityId: string = PROPOSAL_MUNICIPALITY_ID) => ({
  applicant: { name: 'Udruženje mladih Novo Sarajevo', type: 'civil-society-organisation' as const },
  municipalityId,
  title: 'Omladinski centar – zajednički prostor',
  summary: 'Obnova prostora za zajedničke aktivnosti mladih iz obje općine.\nRadionice, volonterski rad i kulturni program.',
  budgetLines: [
    { description: 'Radovi na obnovi', amount: { amountMinor: 900_000, currency: 'USD' as const } },
    { description: 'Oprema i namještaj', amount: { amountMinor: 300_000, currency: 'USD' as const } },
  ],
  requestedAmount: { amountMinor: 1_200_000, currency: 'USD' as const },
  coFinancingOffered: { amountMinor: 250_000, currency: 'USD' as const },
  priority: null,
});

/** The same content as a GraphQL input. */
export const proposalContentInput = (municipalityId: string = PROPOSAL_MUNICIPALITY_ID) => ({
  applicant: { name: 'Udruženje mladih Novo Sarajevo', type: 'CIVIL_SOCIETY_ORGANISATION' },
  municipalityId,
  title: 'Omladinski centar – zajednički prostor',
  summary: 'Obnova prostora za zajedničke aktivnosti mladih iz obje općine.\nRadionice, volonterski rad i kulturni program.',
  currency: 'USD',
  budgetLines: [
    { description: 'Radovi na obnovi', amountMinor: 900_000 },
    { description: 'Oprema i namještaj', amountMinor: 300_000 },
  ],
  requestedAmountMinor: 1_200_000,
  coFinancingOfferedMinor: 250_000,
});

/** A proposal `proposal-<unique>` submitted to the call while it was open, by `who`. */
export const submitExampleProposal = async (api: ApiHarness, call: ExampleCall, proposalId: string, who: Identity = EXAMPLE_APPLICANT): Promise<void> =>
  sendProposalCommand(api, { type: 'SubmitProposal', data: { proposalId, callId: call.callId, ...proposalContent() } }, call.whileOpen, who);

/** Closes the call (after its closing time). */
export const closeCall = (api: ApiHarness, call: ExampleCall) => sendCallCommand(api, { type: 'CloseCall', data: { callId: call.callId } }, call.afterClosing);

/** An evaluator with no conflict scores the proposal: 8 and 6 of 10, 4 of 5 (weighted 7200). */
export const scoreExampleProposal = async (api: ApiHarness, call: ExampleCall, proposalId: string, evaluator: Identity): Promise<void> => {
  await sendProposalCommand(api, { type: 'DeclareConflictOfInterest', data: { proposalId, hasConflict: false, note: null } }, call.afterClosing, evaluator);
  const scores = [
    { criterionId: 'relevance', score: 8 },
    { criterionId: 'cohesion', score: 6 },
    { criterionId: 'feasibility', score: 4 },
  ];
  await sendProposalCommand(api, { type: 'ScoreProposal', data: { proposalId, scores } }, call.afterClosing, evaluator);
};

/**
 * Takes a call at the 'awarded' stage through closing, scoring (by `evaluator`, assigned to the call), evaluation and
 * the award, when its voting closed: the appeal period runs from then.
 */
export const awardExampleCall = async (api: ApiHarness, call: ExampleCall, proposalIds: readonly string[], evaluator: Identity): Promise<void> => {
  await closeCall(api, call);
  for (const proposalId of proposalIds) await scoreExampleProposal(api, call, proposalId, evaluator);
  // The call's handler finds the proposals through the proposals read model and folds where each stands.
  await sendCallCommand(api, { type: 'CompleteEvaluation', data: { callId: call.callId } }, call.afterVoting);
  await sendCallCommand(api, { type: 'AwardCall', data: { callId: call.callId } }, call.afterVoting);
};
