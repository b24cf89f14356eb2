import { identity } from '@makers/kernel';
import {
  MAKERS_CALL_ID,
  makersAppeal,
  makersCallTerms,
  makersCallTimeline,
  makersEvaluators,
  makersPaperBallotTally,
  makersPlatforms,
  makersProgramme,
  makersProposals,
  scoresOf,
  votersOf,
} from '@makers/demo-data';
import type { DemoSeeder } from '../demo/demo-seeder';
import { SEED_IDENTITY } from '../demo/demo-seeder';
import { ExecuteBallotCommand } from './ballots.commands';
import { ExecuteCallCommand, type CallRequest } from './call.commands';
import { ExecuteProposalCommand, type ProposalRequest } from './proposals.commands';

const minutesAfter = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

/**
 * The MAKERS open call of 2021, replayed as it ran: each command at the moment it happened, by the person whose rule
 * it is (applicants submit and appeal, evaluators score, members vote, a moderator records the paper tally). The award
 * then starts the funded proposals' initiatives through the award process.
 */
export const seedCalls = async (seeder: DemoSeeder): Promise<void> => {
  const call = (request: CallRequest, at: string) => seeder.sendAs(SEED_IDENTITY, (metadata) => new ExecuteCallCommand(request, metadata), at);
  const proposal = (who: ReturnType<typeof identity>, request: ProposalRequest, at: string) =>
    seeder.sendAs(who, (metadata) => new ExecuteProposalCommand(request, metadata), at);
  const callId = MAKERS_CALL_ID;

  await call({ type: 'DraftCall', data: { callId, programmeId: makersProgramme.programmeId, terms: makersCallTerms } }, makersCallTimeline.drafted);
  await call({ type: 'PublishCall', data: { callId } }, makersCallTimeline.published);
  for (const evaluatorId of makersEvaluators) await call({ type: 'AssignEvaluator', data: { callId, evaluatorId } }, makersCallTimeline.evaluatorsAssigned);

  const applicants = new Map(makersProposals.map((demo) => [demo.proposalId, identity(demo.applicant.subject, ['applicant'])]));
  for (const demo of makersProposals) {
    const { proposalId, applicant, municipalityId, title, summary, priority } = demo;
    const lines = demo.budgetLines.map((line) => ({ description: line.description, amount: { amountMinor: line.marks * 100, currency: 'BAM' as const } }));
    const requested = lines.reduce((sum, line) => sum + line.amount.amountMinor, 0);
    await proposal(
      applicants.get(proposalId)!,
      {
        type: 'SubmitProposal',
        data: {
          proposalId,
          callId,
          applicant: { name: applicant.name, type: applicant.type },
          municipalityId,
          title,
          summary,
          budgetLines: lines,
          requestedAmount: { amountMinor: requested, currency: 'BAM' },
          coFinancingOffered: { amountMinor: demo.coFinancingMarks * 100, currency: 'BAM' },
          priority: priority ?? null,
        },
      },
      demo.submittedAt,
    );
  }

  await call({ type: 'CloseCall', data: { callId } }, makersCallTimeline.closed);
  for (const demo of makersProposals) {
    await proposal(SEED_IDENTITY, { type: 'ScreenProposal', data: { proposalId: demo.proposalId, eligible: true, reason: 'Ispunjava uslove poziva.' } }, minutesAfter(makersCallTimeline.closed, 60));
    for (const [index, evaluatorId] of makersEvaluators.entries()) {
      const evaluator = identity(evaluatorId, ['evaluator']);
      const scores = demo.scores[evaluatorId];
      const at = minutesAfter(makersCallTimeline.closed, 24 * 60 * (index + 1));
      await proposal(evaluator, { type: 'DeclareConflictOfInterest', data: { proposalId: demo.proposalId, hasConflict: !scores, note: scores ? null : 'Član upravnog odbora udruženja.' } }, at);
      if (scores) await proposal(evaluator, { type: 'ScoreProposal', data: { proposalId: demo.proposalId, scores: scoresOf(scores) } }, minutesAfter(at, 30));
    }

    // The members of the platforms of the proposal's municipality vote online, in secret.
    const voters = votersOf(demo.municipalityId);
    for (const [index, choice] of demo.votes.entries()) {
      const { platformId, personId } = voters[index];
      const member = identity(`demo:${personId}`, ['platform-member'], { platformIds: [platformId] });
      await seeder.sendAs(member, (metadata) => new ExecuteBallotCommand({ type: 'CastBallot', data: { proposalId: demo.proposalId, choice } }, metadata), minutesAfter(makersCallTerms.voting.opensAt, 60 * (index + 1)));
    }
  }

  const { tallyId, proposalId, platformId, recordedAt, evidence } = makersPaperBallotTally;
  const moderatorId = makersPlatforms.find((platform) => platform.platformId === platformId)?.members.find((member) => member.role === 'moderator')?.personId;
  const moderator = identity(`demo:${moderatorId}`, ['platform-moderator'], { platformIds: [platformId] });
  await seeder.sendAs(
    moderator,
    (metadata) =>
      new ExecuteBallotCommand(
        { type: 'RecordPaperBallotTally', data: { proposalId, tallyId, platformId, meetingId: null, evidence: { ...evidence }, for: makersPaperBallotTally.for, against: makersPaperBallotTally.against, abstain: makersPaperBallotTally.abstain } },
        metadata,
      ),
    recordedAt,
  );

  await call({ type: 'CompleteEvaluation', data: { callId } }, makersCallTimeline.evaluated);
  await call({ type: 'AwardCall', data: { callId } }, makersCallTimeline.awarded);

  const appellant = applicants.get(makersAppeal.proposalId)!;
  await proposal(appellant, { type: 'FileAppeal', data: { proposalId: makersAppeal.proposalId, appealId: makersAppeal.appealId, grounds: makersAppeal.grounds } }, makersAppeal.filedAt);
  await proposal(
    SEED_IDENTITY,
    { type: 'DecideAppeal', data: { proposalId: makersAppeal.proposalId, appealId: makersAppeal.appealId, upheld: makersAppeal.upheld, reason: makersAppeal.reason } },
    makersAppeal.decidedAt,
  );
};
