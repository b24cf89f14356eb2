import { v7 as uuidv7 } from 'uuid';
import {
  ballotBoxDecider,
  ballotBoxPolicy,
  callDecider,
  callSnapshotOf,
  callStreamName,
  proposalDecider,
  proposalPolicy,
  proposalStreamName,
  splitByStream,
  type BallotChoice,
  type CallSnapshot,
  type ProposalCommand,
} from '@makers/calls';
import { authorize, identity, type Identity } from '@makers/kernel';
import { foldStream, handleCommand, loadState, toAppend, type CommandMetadata } from '@makers/event-store';
import { ProjectionRunnerService } from '../infrastructure/projection-runner.service';
import { commandMetadataFor } from '../request/command-metadata';
import type { ApiHarness } from '../testing/api-harness';
import { CALL_EXAMPLE_MUNICIPALITY_IDS } from './call.mutation-examples';

/**
 * What the call's award folds, for the call's API tests: proposals submitted, scored and voted on at the moments the
 * call's rules require, through the domain's own deciders and policies (the proposal and ballot mutations have their
 * own specs). The call's commands themselves go over GraphQL.
 */

export const APPLICANT = identity('test:applicant', ['applicant']);
export const EVALUATOR = identity('amra.hadzic@undp.org', ['evaluator']);

const metadataAt = (who: Identity, at: Date): CommandMetadata => ({ ...commandMetadataFor(who), issuedAt: at });

const callSnapshot = async (api: ApiHarness, callId: string): Promise<CallSnapshot> => {
  const snapshot = callSnapshotOf(await foldStream(api.store, callStreamName(callId), callDecider));
  if (!snapshot) throw new Error(`No call ${callId}`);
  return snapshot;
};

const proposalCommand = async (api: ApiHarness, command: ProposalCommand, who: Identity, at: Date): Promise<void> => {
  const handled = await handleCommand(api.store, { streamName: proposalStreamName(command.data.proposalId), decider: proposalDecider, policy: proposalPolicy }, command, metadataAt(who, at));
  if (handled.appended) await api.app.get(ProjectionRunnerService).waitForPosition(handled.appended.position);
};

export interface ExampleProposal {
  readonly proposalId: string;
  readonly title: string;
  readonly municipalityId?: string;
  readonly requestedMinor: number;
  /** Per criterion of `callTermsInput`: relevance (of 10), cohesion (of 10), feasibility (of 5). */
  readonly scores: readonly [number, number, number];
}

/** Submits a proposal to an open call, at `at`. */
export const submitProposal = async (api: ApiHarness, callId: string, proposal: ExampleProposal, at: Date): Promise<void> => {
  const amount = { amountMinor: proposal.requestedMinor, currency: 'USD' as const };
  await proposalCommand(
    api,
    {
      type: 'SubmitProposal',
      data: {
        proposalId: proposal.proposalId,
        callId,
        applicant: { name: 'Udruženje mladih', type: 'civil-society-organisation' },
        municipalityId: proposal.municipalityId ?? CALL_EXAMPLE_MUNICIPALITY_IDS[0],
        title: proposal.title,
        summary: 'Mladi iz obje zajednice zajedno uređuju prostor za druženje.',
        budgetLines: [{ description: 'Radovi i materijal', amount }],
        requestedAmount: amount,
        coFinancingOffered: { amountMinor: 0, currency: 'USD' },
        priority: null,
        priorityStanding: null,
        call: await callSnapshot(api, callId),
      },
    },
    APPLICANT,
    at,
  );
};

/** The evaluator declares no conflict and scores, at `at` (the call closed, not yet evaluated). */
export const scoreProposal = async (api: ApiHarness, callId: string, proposal: ExampleProposal, at: Date): Promise<void> => {
  const call = await callSnapshot(api, callId);
  await proposalCommand(api, { type: 'DeclareConflictOfInterest', data: { proposalId: proposal.proposalId, hasConflict: false, call } }, EVALUATOR, at);
  const [relevance, cohesion, feasibility] = proposal.scores;
  const scores = [
    { criterionId: 'relevance', score: relevance },
    { criterionId: 'cohesion', score: cohesion },
    { criterionId: 'feasibility', score: feasibility },
  ];
  await proposalCommand(api, { type: 'ScoreProposal', data: { proposalId: proposal.proposalId, scores, call } }, EVALUATOR, at);
};

/**
 * A member of the municipality's platform casts a ballot within the voting window, as the ballot box decides it: a
 * secret ballot's choice goes to the tally stream, without the voter, under a fresh causation id.
 */
export const castBallot = async (api: ApiHarness, callId: string, proposalId: string, voterId: string, choice: BallotChoice, at: Date): Promise<void> => {
  const { terms } = await callSnapshot(api, callId);
  const voter = identity(voterId, ['platform-member'], { platformIds: ['calls-example-platform'] });
  const command = {
    type: 'CastBallot' as const,
    data: {
      proposalId,
      choice,
      voter: {
        voterId,
        platformIds: ['calls-example-platform'],
        platformsOfMunicipality: ['calls-example-platform'],
        secret: terms.voting.secret,
        votingOpensAt: terms.voting.opensAt,
        votingClosesAt: terms.voting.closesAt,
      },
    },
  };
  const metadata = metadataAt(voter, at);
  const { state, expectedRevision } = await loadState(api.store, `calls-ballots-${proposalId}`, ballotBoxDecider);
  authorize(ballotBoxPolicy, command, state, voter);
  const { ballots, tally } = splitByStream(proposalId, ballotBoxDecider.decide(command, state, { now: at, actor: voterId }));
  await api.store.appendToStream(ballots.streamName, ballots.events.map((event) => toAppend(event, metadata)), { expectedRevision });
  if (tally.events.length > 0) {
    const appended = await api.store.appendToStream(tally.streamName, tally.events.map((event) => toAppend(event, { ...metadata, commandId: uuidv7() })), { expectedRevision: 'any' });
    await api.app.get(ProjectionRunnerService).waitForPosition(appended.position);
  }
};
