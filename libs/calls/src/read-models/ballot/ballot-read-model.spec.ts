import type { RecordedEvent } from '@makers/event-store';
import { recordedEvent } from '@makers/event-store/testing';
import { describeOnDatabases } from '@makers/projections/testing';
import type { BallotBoxEvent } from '../../ballot-box/ballot-box.events';
import { ballotBoxStreamName, secretTallyStreamName } from '../../ballot-box/ballot-box.stream-name';
import { ballotProjection } from './ballot.projection';
import { getBallotOf, getTally, listVoters } from './ballot.queries';

const PROPOSAL_ID = 'centar';
const open = (voterId: string, choice: 'for' | 'against' | 'abstain'): BallotBoxEvent => ({ type: 'BallotCast', data: { proposalId: PROPOSAL_ID, voterId, secret: false, choice } });
const secret = (voterId: string): BallotBoxEvent => ({ type: 'BallotCast', data: { proposalId: PROPOSAL_ID, voterId, secret: true } });
const counted = (choice: 'for' | 'against' | 'abstain'): BallotBoxEvent => ({ type: 'SecretVoteCounted', data: { proposalId: PROPOSAL_ID, choice } });
const paper: BallotBoxEvent = {
  type: 'PaperBallotTallyRecorded',
  data: {
    proposalId: PROPOSAL_ID,
    tallyId: 'tally-1',
    platformId: 'doboj-istok',
    meetingId: 'meeting-7',
    evidence: { reference: 'Zapisnik 7/2021', documentUrl: 'https://makers.example.org/7-2021.pdf' },
    for: 14,
    against: 3,
    abstain: 2,
  },
};

describeOnDatabases('the ballots read model', (database) => {
  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) await database.db.transaction().execute((trx) => ballotProjection.apply(trx, event));
  };
  const recorded = (event: BallotBoxEvent) =>
    recordedEvent(event, event.type === 'SecretVoteCounted' ? secretTallyStreamName(PROPOSAL_ID) : ballotBoxStreamName(PROPOSAL_ID), {
      actor: event.type === 'BallotCast' ? event.data.voterId : 'moderator',
      occurredAt: '2021-07-25T10:00:00.000Z',
    });
  const project = (...events: BallotBoxEvent[]) => apply(...events.map(recorded));

  beforeEach(() => ballotProjection.setup(database.db));

  it('counts open ballots by choice and shows who chose what', async () => {
    await project(open('amra', 'for'), open('nikola', 'against'), open('dragan', 'for'));
    expect(await getTally(database.db, PROPOSAL_ID)).toMatchObject({ online: { for: 2, against: 1, abstain: 0 }, voters: 3 });
    expect((await listVoters(database.db, PROPOSAL_ID, { first: 10 })).nodes.map(({ voterId, choice }) => ({ voterId, choice }))).toEqual([
      { voterId: 'amra', choice: 'for' },
      { voterId: 'nikola', choice: 'against' },
      { voterId: 'dragan', choice: 'for' },
    ]);
  });

  it('counts secret ballots from the tally stream and never holds a voter’s choice', async () => {
    await project(secret('amra'), counted('against'), secret('nikola'), counted('for'));
    expect(await getTally(database.db, PROPOSAL_ID)).toMatchObject({ online: { for: 1, against: 1, abstain: 0 }, voters: 2 });
    expect(await getBallotOf(database.db, PROPOSAL_ID, 'amra')).toMatchObject({ secret: true, choice: null });
    const rows = await database.db.selectFrom('calls_ballot_voters').selectAll().execute();
    expect(rows.map((row) => row.choice)).toEqual([null, null]);
  });

  it('shows paper tallies apart from the online ballots and adds them up', async () => {
    await project(open('amra', 'for'), paper);
    expect(await getTally(database.db, PROPOSAL_ID)).toEqual({
      proposalId: PROPOSAL_ID,
      online: { for: 1, against: 0, abstain: 0 },
      paper: { for: 14, against: 3, abstain: 2 },
      total: { for: 15, against: 3, abstain: 2 },
      voters: 1,
      paperTallies: [expect.objectContaining({ id: 'tally-1', meetingId: 'meeting-7', evidence: paper.data.evidence, recordedBy: 'moderator' })],
    });
  });

  it('leaves the same counts when events are applied twice', async () => {
    const events = [recorded(open('amra', 'for')), recorded(secret('nikola')), recorded(counted('abstain')), recorded(paper)];
    await apply(...events, ...events);
    expect(await getTally(database.db, PROPOSAL_ID)).toMatchObject({ online: { for: 1, against: 0, abstain: 1 }, paper: { for: 14 }, voters: 2 });
  });
});
