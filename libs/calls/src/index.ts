// The calls context's public face.

// call: stream calls-call-<callId>. Terms, the snapshot other aggregates receive, where a proposal stands.
export { APPLICANT_TYPES, MAX_CALL_DESCRIPTION_LENGTH, isApplicantType, validTerms } from './call/call.terms';
export type { ApplicantType, AwardRule, CallBudget, CallTerms, Criterion, VotingRules } from './call/call.terms';
export { CALL_STATUSES, isOpenForSubmissions } from './call/call.snapshot';
export type { CallSnapshot, CallStatus } from './call/call.snapshot';
export type { ProposalStanding, VoteCounts } from './call/proposal-standing';
export { CALL_STREAM_PREFIX, callStreamName } from './call/call.stream-name';
export { callSnapshotOf } from './call/call.snapshot';
export { CALL_EVENT_TYPES } from './call/call.events';
export type {
  CallAmended,
  CallAwarded,
  CallCancelled,
  CallClosed,
  CallDrafted,
  CallEvent,
  CallPublished,
  DraftRevised,
  EvaluationCompleted,
  EvaluatorAssigned,
} from './call/call.events';
export type { AmendCall, AssignEvaluator, AwardCall, CallCommand, CancelCall, CloseCall, CompleteEvaluation, DraftCall, PublishCall, ReviseDraft } from './call/call.commands';
export { callDecider } from './call/call.decider';
export type { Call, DraftedCall, TermsVersion } from './call/call.decider';
export { callPolicy } from './call/call.policy';
// The award: integer points, ranking with tie-breaks, funding in rank order within the budget.
export { FULL_POINTS, allVotes, combinedPointsOf, divideRoundingHalfUp, isCandidate, rankAndFund, votePointsOf } from './call/award-ranking';
export type { AwardRanking, RankedProposal } from './call/award-ranking';

// ballot-box: stream calls-ballots-<proposalId>; a secret ballot's choice goes to calls-tally-<proposalId> (splitByStream).
export { BALLOT_BOX_EVENT_TYPES, BALLOT_CHOICES, SECRET_TALLY_EVENT_TYPES, isBallotChoice } from './ballot-box/ballot-box.events';
export type { BallotBoxEvent, BallotBoxStreamEvent, BallotCast, BallotChoice, PaperBallotTallyRecorded, SecretVoteCounted } from './ballot-box/ballot-box.events';
export type { BallotBoxCommand, CastBallot, PaperBallotEvidence, RecordPaperBallotTally, VoterSnapshot } from './ballot-box/ballot-box.commands';
export { NO_VOTES, ballotBoxDecider } from './ballot-box/ballot-box.decider';
export type { BallotBox, BallotBoxStatus, PaperTally } from './ballot-box/ballot-box.decider';
export { evolveSecretTally, secretTallyOf, tally } from './ballot-box/ballot-tally';
export type { Tally } from './ballot-box/ballot-tally';
export { ballotBoxPolicy } from './ballot-box/ballot-box.policy';
export { BALLOT_BOX_STREAM_PREFIX, SECRET_TALLY_STREAM_PREFIX, ballotBoxStreamName, secretTallyStreamName, splitByStream } from './ballot-box/ballot-box.stream-name';
export type { BallotBoxAppends } from './ballot-box/ballot-box.stream-name';

// proposal: stream calls-proposal-<proposalId>. Submission with its automatic eligibility checks, revisions, withdrawal,
// screening, conflicts of interest and scores, appeals; the weighted-score arithmetic and the standing for the award.
export { PROPOSAL_EVENT_TYPES } from './proposal/proposal.events';
export type {
  AppealDecided,
  AppealFiled,
  ConflictOfInterestDeclared,
  ProposalEvent,
  ProposalRescored,
  ProposalRevised,
  ProposalScored,
  ProposalScreened,
  ProposalSubmitted,
  ProposalVersion,
  ProposalWithdrawn,
} from './proposal/proposal.events';
export type {
  Applicant,
  BudgetLine,
  CriterionScore,
  DecideAppeal,
  DeclareConflictOfInterest,
  FileAppeal,
  PriorityReference,
  ProposalCommand,
  ProposalContent,
  ReviseProposal,
  ScoreProposal,
  ScreenProposal,
  SubmitProposal,
  WithdrawProposal,
} from './proposal/proposal.commands';
export { appealDeadlineOf, proposalDecider, proposalScore } from './proposal/proposal.decider';
export type { Appeal, EvaluatorScore, Proposal, ProposalStatus, Screening, SubmittedProposal } from './proposal/proposal.decider';
export { MAX_SUMMARY_LENGTH, eligibleContent, openForSubmissions } from './proposal/proposal-eligibility';
export { meanScore, validScores, weightedScore } from './proposal/proposal-score';
export { proposalStanding } from './proposal/proposal.standing';
export { proposalPolicy } from './proposal/proposal.policy';
export { PROPOSAL_STREAM_PREFIX, proposalStreamName } from './proposal/proposal.stream-name';

// Read models: proposals (every version, evaluations, appeals, the award's rank).
export { proposalProjection } from './read-models/proposal/proposal.projection';
export { getAppeal, getProposal, isProposalState, listAppeals, listEvaluations, listProposalVersions, listProposals, proposalIdsOfCall } from './read-models/proposal/proposal.queries';
export type {
  AppealView,
  AwardStandingView,
  EvaluationView,
  ListAppealsOptions,
  ListProposalsOptions,
  ProposalContentView,
  ProposalVersionView,
  ProposalView,
} from './read-models/proposal/proposal.queries';
export { PROPOSAL_STATES } from './read-models/proposal/proposal-read-model.tables';
export type { ProposalState } from './read-models/proposal/proposal-read-model.tables';

// Read models: calls (state, OPEN at query time, every version, evaluators) and their awards with the ranking used.
export { callProjection } from './read-models/call/call.projection';
export { CALL_STATES, callStateAt, getAward, getCall, isCallState, listAwards, listCallEvaluators, listCallVersions, listCalls } from './read-models/call/call.queries';
export type { AwardView, CallEvaluatorView, CallState, CallVersionView, CallView, ListCallsOptions, RankedProposalView } from './read-models/call/call.queries';
// Read models: ballots (who voted, never a secret choice; online and paper tallies apart).
export { ballotProjection } from './read-models/ballot/ballot.projection';
export { getBallotOf, getPaperTally, getTally, listVoters } from './read-models/ballot/ballot.queries';
export type { PaperTallyView, TallyView, VoterView } from './read-models/ballot/ballot.queries';
