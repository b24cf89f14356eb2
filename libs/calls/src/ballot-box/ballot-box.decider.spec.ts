import { fold } from '@makers/kernel';
import { given } from '@makers/kernel/testing';
import type { CastBallot, RecordPaperBallotTally, VoterSnapshot } from './ballot-box.commands';
import { ballotBoxDecider, NO_VOTES } from './ballot-box.decider';
import type { BallotBoxEvent, BallotCast, BallotChoice, PaperBallotTallyRecorded, SecretVoteCounted } from './ballot-box.events';
import { ballotBoxStreamName, secretTallyStreamName, splitByStream } from './ballot-box.stream-name';
import { secretTallyOf, tally } from './ballot-tally';

const PROPOSAL_ID = 'doboj-istok-youth-centre';
const DOBOJ_ISTOK_PLATFORMS = ['doboj-istok', 'doboj-doboj-istok-inter-entity'];

// Voting runs from 1 to 15 July 2021, local time; the default test moment is 1 June, so each test names its moment.
const duringVoting = { now: new Date('2021-07-05T10:00:00.000Z') };

const voter = (voterId: string, data: Partial<VoterSnapshot> = {}): VoterSnapshot => ({
  voterId,
  platformIds: ['doboj-istok'],
  platformsOfMunicipality: DOBOJ_ISTOK_PLATFORMS,
  secret: false,
  votingOpensAt: '2021-07-01T00:00:00+02:00',
  votingClosesAt: '2021-07-15T00:00:00+02:00',
  ...data,
});

const cast = (voterId: string, choice: BallotChoice, data: Partial<VoterSnapshot> = {}): CastBallot => ({
  type: 'CastBallot',
  data: { proposalId: PROPOSAL_ID, choice, voter: voter(voterId, data) },
});

const openBallot = (voterId: string, choice: BallotChoice): BallotCast => ({ type: 'BallotCast', data: { proposalId: PROPOSAL_ID, voterId, secret: false, choice } });
const secretBallot = (voterId: string): BallotCast => ({ type: 'BallotCast', data: { proposalId: PROPOSAL_ID, voterId, secret: true } });
const counted = (choice: BallotChoice): SecretVoteCounted => ({ type: 'SecretVoteCounted', data: { proposalId: PROPOSAL_ID, choice } });

const recordPaper = (data: Partial<Record<keyof RecordPaperBallotTally['data'], unknown>> = {}): RecordPaperBallotTally =>
  ({
    type: 'RecordPaperBallotTally',
    data: {
      proposalId: PROPOSAL_ID,
      tallyId: 'doboj-istok-2021-07-08',
      platformId: 'doboj-istok',
      meetingId: 'doboj-istok-2021-07',
      evidence: { reference: 'Zapisnik sa sastanka 8. 7. 2021, tačka 3', documentUrl: 'https://makers.ba/dokumenti/doboj-istok-2021-07.pdf' },
      for: 14,
      against: 3,
      abstain: 2,
      platformsOfMunicipality: DOBOJ_ISTOK_PLATFORMS,
      ...data,
    },
  }) as RecordPaperBallotTally;

const paperRecorded: PaperBallotTallyRecorded = {
  type: 'PaperBallotTallyRecorded',
  data: {
    proposalId: PROPOSAL_ID,
    tallyId: 'doboj-istok-2021-07-08',
    platformId: 'doboj-istok',
    meetingId: 'doboj-istok-2021-07',
    evidence: { reference: 'Zapisnik sa sastanka 8. 7. 2021, tačka 3', documentUrl: 'https://makers.ba/dokumenti/doboj-istok-2021-07.pdf' },
    for: 14,
    against: 3,
    abstain: 2,
  },
};

describe('casting a ballot', () => {
  it('records an open ballot with the member and the choice', () =>
    given(ballotBoxDecider).when(cast('selma.hodzic', 'for'), duringVoting).then([openBallot('selma.hodzic', 'for')]));

  it('keeps a secret ballot’s choice off the voter’s event', () =>
    given(ballotBoxDecider)
      .when(cast('selma.hodzic', 'against', { secret: true }), duringVoting)
      .then([secretBallot('selma.hodzic'), counted('against')]));

  it('takes a member whose identity is an e-mail address, as identity providers issue them', () =>
    given(ballotBoxDecider).when(cast('nikola.savic@platforma.example', 'for'), duringVoting).then([openBallot('nikola.savic@platforma.example', 'for')]));

  it('refuses a second ballot from the same member', () =>
    given(ballotBoxDecider, [openBallot('selma.hodzic', 'for')]).when(cast('selma.hodzic', 'against'), duringVoting).thenThrows({ code: 'CONFLICT', rule: 'AlreadyVoted' }));

  it('refuses a second secret ballot from the same member', () =>
    given(ballotBoxDecider, [secretBallot('selma.hodzic')]).when(cast('selma.hodzic', 'for', { secret: true }), duringVoting).thenThrows('AlreadyVoted'));

  it('takes a ballot from another member of the same platform', () =>
    given(ballotBoxDecider, [openBallot('selma.hodzic', 'for')]).when(cast('marko.ilic', 'abstain'), duringVoting).then([openBallot('marko.ilic', 'abstain')]));

  it('takes a ballot from a member of an inter-entity platform covering the municipality', () =>
    given(ballotBoxDecider)
      .when(cast('marko.ilic', 'for', { platformIds: ['doboj-doboj-istok-inter-entity'] }), duringVoting)
      .then([openBallot('marko.ilic', 'for')]));

  it('refuses a member of a platform of another municipality', () =>
    given(ballotBoxDecider).when(cast('jovana.vukovic', 'for', { platformIds: ['trebinje'] }), duringVoting).thenThrows({ code: 'FORBIDDEN', rule: 'VoterNotEligible' }));

  it('refuses someone who is a member of no platform', () =>
    given(ballotBoxDecider).when(cast('gost', 'for', { platformIds: [] }), duringVoting).thenThrows('VoterNotEligible'));

  it('refuses a ballot before voting opens', () =>
    given(ballotBoxDecider).when(cast('selma.hodzic', 'for'), { now: new Date('2021-06-30T21:59:59.000Z') }).thenThrows({ code: 'CONFLICT', rule: 'VotingNotOpen' }));

  it('takes a ballot at the moment voting opens, in local time', () =>
    given(ballotBoxDecider).when(cast('selma.hodzic', 'for'), { now: new Date('2021-06-30T22:00:00.000Z') }).then([openBallot('selma.hodzic', 'for')]));

  it('takes a ballot one second before voting closes', () =>
    given(ballotBoxDecider).when(cast('selma.hodzic', 'for'), { now: new Date('2021-07-14T21:59:59.000Z') }).then([openBallot('selma.hodzic', 'for')]));

  it('refuses a ballot at the moment voting closes', () =>
    given(ballotBoxDecider).when(cast('selma.hodzic', 'for'), { now: new Date('2021-07-14T22:00:00.000Z') }).thenThrows({ code: 'CONFLICT', rule: 'VotingClosed' }));

  it('refuses a choice other than for, against or abstain', () =>
    given(ballotBoxDecider)
      .when({ type: 'CastBallot', data: { proposalId: PROPOSAL_ID, choice: 'maybe', voter: voter('selma.hodzic') } } as unknown as CastBallot, duringVoting)
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'BallotChoiceInvalid', field: 'choice' }));

  it('counts exactly one of two ballots a member casts at once: the second, decided again on the first, is refused', () => {
    const [first] = ballotBoxDecider.decide(cast('selma.hodzic', 'for'), ballotBoxDecider.initialState, { ...duringVoting, actor: 'selma.hodzic' });
    // The second append fails on the expected revision; the handler folds again and decides again.
    given(ballotBoxDecider, [first]).when(cast('selma.hodzic', 'against'), duringVoting).thenThrows('AlreadyVoted');
  });
});

describe('the secret ballot’s two streams', () => {
  it('sends the voter’s ballot to the ballot box and the choice, without the voter, to the tally stream', () => {
    const events = ballotBoxDecider.decide(cast('selma.hodzic', 'for', { secret: true }), ballotBoxDecider.initialState, { ...duringVoting, actor: 'selma.hodzic' });
    const appends = splitByStream(PROPOSAL_ID, events);
    expect(appends.ballots).toEqual({ streamName: 'calls-ballots-doboj-istok-youth-centre', events: [secretBallot('selma.hodzic')] });
    expect(appends.tally).toEqual({ streamName: 'calls-tally-doboj-istok-youth-centre', events: [counted('for')] });
    expect(JSON.stringify(appends.tally.events)).not.toContain('selma.hodzic');
  });

  it('sends nothing to the tally stream for an open ballot', () => {
    const events = ballotBoxDecider.decide(cast('selma.hodzic', 'for'), ballotBoxDecider.initialState, { ...duringVoting, actor: 'selma.hodzic' });
    expect(splitByStream(PROPOSAL_ID, events).tally.events).toEqual([]);
  });

  it('names the streams per proposal', () => {
    expect(ballotBoxStreamName('trebinje-park')).toBe('calls-ballots-trebinje-park');
    expect(secretTallyStreamName('trebinje-park')).toBe('calls-tally-trebinje-park');
  });
});

describe('recording a paper-ballot tally', () => {
  it('records the paper ballots of a meeting with their evidence', () => given(ballotBoxDecider).when(recordPaper()).then([paperRecorded]));

  it('records paper ballots counted outside a meeting', () =>
    given(ballotBoxDecider)
      .when(recordPaper({ meetingId: undefined }))
      .then([{ ...paperRecorded, data: { ...paperRecorded.data, meetingId: null } }]));

  it('refuses a document link that is not https', () =>
    given(ballotBoxDecider)
      .when(recordPaper({ evidence: { reference: 'Zapisnik', documentUrl: 'http://makers.ba/zapisnik.pdf' } }))
      .thenThrows({ code: 'BAD_USER_INPUT', rule: 'EvidenceLinkInvalid', field: 'evidence.documentUrl' }));

  it('refuses evidence without a reference', () =>
    given(ballotBoxDecider)
      .when(recordPaper({ evidence: { reference: ' ', documentUrl: 'https://makers.ba/zapisnik.pdf' } }))
      .thenThrows({ code: 'BAD_USER_INPUT', field: 'evidence.reference' }));

  it('refuses a negative count', () => given(ballotBoxDecider).when(recordPaper({ against: -1 })).thenThrows({ rule: 'PaperBallotCountInvalid', field: 'against' }));

  it('refuses a fractional count', () => given(ballotBoxDecider).when(recordPaper({ for: 2.5 })).thenThrows({ rule: 'PaperBallotCountInvalid', field: 'for' }));

  it('refuses a tally from a platform that does not cover the proposal’s municipality', () =>
    given(ballotBoxDecider).when(recordPaper({ platformId: 'trebinje' })).thenThrows({ rule: 'PlatformNotOfMunicipality', field: 'platformId' }));

  it('refuses to record the same tally twice', () =>
    given(ballotBoxDecider, [paperRecorded]).when(recordPaper({ meetingId: 'doboj-istok-2021-07-b' })).thenThrows({ code: 'CONFLICT', rule: 'PaperTallyAlreadyRecorded' }));

  it('refuses a second tally of the same meeting, which would count its ballots twice', () =>
    given(ballotBoxDecider, [paperRecorded]).when(recordPaper({ tallyId: 'doboj-istok-2021-07-08-b' })).thenThrows({ code: 'CONFLICT', rule: 'MeetingTallyAlreadyRecorded' }));
});

describe('the tally', () => {
  const history: BallotBoxEvent[] = [openBallot('selma.hodzic', 'for'), openBallot('marko.ilic', 'for'), openBallot('ana.peric', 'against'), paperRecorded];

  it('counts open ballots online and paper ballots apart', () =>
    expect(tally(fold(ballotBoxDecider, history), NO_VOTES)).toEqual({
      online: { for: 2, against: 1, abstain: 0 },
      paper: { for: 14, against: 3, abstain: 2 },
      voters: 3,
    }));

  it('counts secret ballots from the tally stream, and who voted from the ballot box', () => {
    const box = fold(ballotBoxDecider, [secretBallot('selma.hodzic'), secretBallot('marko.ilic'), secretBallot('ana.peric')]);
    expect(tally(box, secretTallyOf([counted('for'), counted('abstain'), counted('for')]))).toEqual({
      online: { for: 2, against: 0, abstain: 1 },
      paper: NO_VOTES,
      voters: 3,
    });
  });

  it('shows no votes on a proposal nobody voted on', () => expect(tally(ballotBoxDecider.initialState, NO_VOTES)).toEqual({ online: NO_VOTES, paper: NO_VOTES, voters: 0 }));
});
