import { authorize, identity, type Identity } from '@makers/kernel';
import type { BallotBoxCommand, CastBallot, RecordPaperBallotTally } from './ballot-box.commands';
import { ballotBoxDecider } from './ballot-box.decider';
import { ballotBoxPolicy } from './ballot-box.policy';

const DOBOJ_ISTOK_PLATFORMS = ['doboj-istok', 'doboj-doboj-istok-inter-entity'];

const castBy = (voterId: string, platformIds: string[]): CastBallot => ({
  type: 'CastBallot',
  data: {
    proposalId: 'doboj-istok-youth-centre',
    choice: 'for',
    voter: {
      voterId,
      platformIds,
      platformsOfMunicipality: DOBOJ_ISTOK_PLATFORMS,
      secret: true,
      votingOpensAt: '2021-07-01T00:00:00+02:00',
      votingClosesAt: '2021-07-15T00:00:00+02:00',
    },
  },
});

const paperFrom = (platformId: string): RecordPaperBallotTally => ({
  type: 'RecordPaperBallotTally',
  data: {
    proposalId: 'doboj-istok-youth-centre',
    tallyId: 'doboj-istok-2021-07-08',
    platformId,
    evidence: { reference: 'Zapisnik 8. 7. 2021', documentUrl: 'https://makers.ba/zapisnik.pdf' },
    for: 14,
    against: 3,
    abstain: 2,
    platformsOfMunicipality: DOBOJ_ISTOK_PLATFORMS,
  },
});

const given = (who: Identity) => ({
  when: (command: BallotBoxCommand) => ({
    thenAllowed: () => expect(() => authorize(ballotBoxPolicy, command, ballotBoxDecider.initialState, who)).not.toThrow(),
    thenRefused: () => expect(() => authorize(ballotBoxPolicy, command, ballotBoxDecider.initialState, who)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' })),
  }),
});

const member = (subject: string, ...platformIds: string[]) => identity(subject, ['platform-member'], { platformIds });
const moderatorOf = (...platformIds: string[]) => identity(`moderator:${platformIds.join('+')}`, ['platform-moderator'], { platformIds });

describe('who may vote', () => {
  it('lets a platform member cast their own ballot', () => given(member('selma.hodzic', 'doboj-istok')).when(castBy('selma.hodzic', ['doboj-istok'])).thenAllowed());

  it('refuses a ballot cast in another member’s name', () => given(member('marko.ilic', 'doboj-istok')).when(castBy('selma.hodzic', ['doboj-istok'])).thenRefused());

  it('refuses a voter snapshot claiming platforms the token does not give', () =>
    given(member('selma.hodzic', 'trebinje')).when(castBy('selma.hodzic', ['doboj-istok'])).thenRefused());

  it('refuses a programme manager: votes are the members’', () =>
    given(identity('selma.hodzic', ['programme-manager'], { platformIds: ['doboj-istok'] })).when(castBy('selma.hodzic', ['doboj-istok'])).thenRefused());
});

describe('who may record a paper-ballot tally', () => {
  it('lets a moderator of a platform of the proposal’s municipality record its paper ballots', () => given(moderatorOf('doboj-istok')).when(paperFrom('doboj-istok')).thenAllowed());

  it('lets a moderator of an inter-entity platform covering the municipality record its paper ballots', () =>
    given(moderatorOf('doboj-doboj-istok-inter-entity')).when(paperFrom('doboj-doboj-istok-inter-entity')).thenAllowed());

  it('refuses a moderator recording for a platform they do not moderate', () => given(moderatorOf('doboj-istok')).when(paperFrom('doboj-doboj-istok-inter-entity')).thenRefused());

  it('refuses a moderator of a platform of another municipality', () => given(moderatorOf('trebinje')).when(paperFrom('trebinje')).thenRefused());

  it('refuses a platform member of that platform', () => given(member('selma.hodzic', 'doboj-istok')).when(paperFrom('doboj-istok')).thenRefused());

  it('refuses a programme manager: the moderator answers for the paper count', () => given(identity('pm', ['programme-manager'])).when(paperFrom('doboj-istok')).thenRefused());
});
