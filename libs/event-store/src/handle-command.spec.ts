import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { anyOf, conflict, DomainError, identity, type Decider, type Policy } from '@makers/kernel';
import type { CommandMetadata } from './command-metadata';
import { WrongExpectedVersionError } from './errors';
import type { EventStore } from './event-store';
import { foldStream } from './fold-stream';
import { CURRENT_SCHEMA_VERSION, handleCommand } from './handle-command';
import { openSqliteEventStore } from './sqlite';
import { testEvent } from './testing';

// A made-up aggregate, small enough to read at a glance: one vote per member.
type BallotCommand = { type: 'CastVote'; memberId: string } | { type: 'LookAtBallot' };
type BallotEvent = { type: 'VoteCast'; data: { memberId: string } };
interface Ballot {
  readonly voters: readonly string[];
}

const ballot: Decider<BallotCommand, BallotEvent, Ballot> = {
  initialState: { voters: [] },
  evolve: (state, event) => {
    switch (event.type) {
      case 'VoteCast':
        return { voters: [...state.voters, event.data.memberId] };
      default: {
        const unknown: never = event.type;
        return unknown;
      }
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'CastVote':
        if (state.voters.includes(command.memberId)) throw conflict('MemberAlreadyVoted', `${command.memberId} has already voted`);
        return [{ type: 'VoteCast', data: { memberId: command.memberId } }];
      case 'LookAtBallot':
        return [];
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  },
};

// Members vote; anyone may look.
const ballotPolicy: Policy<BallotCommand, Ballot> = {
  CastVote: anyOf('platform-member'),
  LookAtBallot: () => true,
};

const vote = (memberId: string): BallotCommand => ({ type: 'CastVote', memberId });

const metadata = (commandId = 'command-1', roles: Parameters<typeof identity>[1] = ['platform-member']): CommandMetadata => ({
  commandId,
  identity: identity('user:jelena.kovacevic', roles),
  issuedAt: new Date('2026-04-02T10:15:00.000Z'),
  correlationId: 'request-7',
});

/** Another writer's vote, as it would be stored by a concurrent handler. */
const rivalVote = (memberId: string) => testEvent('VoteCast', { memberId });

describe('handleCommand', () => {
  const streamName = 'calls-ballot-1';
  const target = { streamName, decider: ballot, policy: ballotPolicy };
  let store: EventStore;
  let removeDirectory: () => void;

  beforeEach(() => {
    const directory = mkdtempSync(join(tmpdir(), 'makers-handle-command-'));
    removeDirectory = () => rmSync(directory, { recursive: true, force: true });
    store = openSqliteEventStore({ path: join(directory, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    removeDirectory();
  });

  const allEvents = () => store.readAll({ maxCount: 1000 });

  /** Makes another writer append `rival()` right after each of the handler's reads, `times` times. */
  const loseRaces = (times: number, rival: () => ReturnType<typeof rivalVote>) => {
    const read = store.readStream.bind(store);
    const spy = jest.spyOn(store, 'readStream');
    for (let race = 0; race < times; race++) {
      spy.mockImplementationOnce(async (name, options) => {
        const events = await read(name, options);
        await store.appendToStream(name, [rival()]);
        return events;
      });
    }
    return spy;
  };

  it('appends the decided events, expecting the revision it read', async () => {
    const append = jest.spyOn(store, 'appendToStream');

    const first = await handleCommand(store, target, vote('member-1'), metadata('command-1'));
    const second = await handleCommand(store, target, vote('member-2'), metadata('command-2'));

    expect(first).toMatchObject({ events: [{ type: 'VoteCast', data: { memberId: 'member-1' } }], appended: { nextExpectedRevision: 0 } });
    expect(second.appended?.nextExpectedRevision).toBe(1);
    expect(append.mock.calls.map(([, , options]) => options)).toEqual([{ expectedRevision: 'no_stream' }, { expectedRevision: 0 }]);
    expect((await store.readStream(streamName)).map((event) => event.data)).toEqual([{ memberId: 'member-1' }, { memberId: 'member-2' }]);
  });

  it('appends nothing when the decision is refused', async () => {
    await handleCommand(store, target, vote('member-1'), metadata('command-1'));

    const refusal = handleCommand(store, target, vote('member-1'), metadata('command-2'));

    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ code: 'CONFLICT', rule: 'MemberAlreadyVoted' });
    expect(await allEvents()).toHaveLength(1);
  });

  it('refuses, with FORBIDDEN and before deciding, a command the policy does not permit, and appends nothing', async () => {
    const decide = jest.spyOn(ballot, 'decide');

    const refusal = handleCommand(store, target, vote('member-1'), metadata('command-1', ['donor-auditor']));

    await expect(refusal).rejects.toMatchObject({ code: 'FORBIDDEN', rule: 'NotPermitted' });
    expect(decide).not.toHaveBeenCalled();
    expect(await allEvents()).toEqual([]);
  });

  it('appends nothing when the decision is empty', async () => {
    const append = jest.spyOn(store, 'appendToStream');

    const handled = await handleCommand(store, target, { type: 'LookAtBallot' }, metadata());

    expect(handled).toEqual({ events: [] });
    expect(append).not.toHaveBeenCalled();
    expect(await allEvents()).toEqual([]);
  });

  it('stamps every event with the actor, the time issued, the correlation id, the command as cause and the schema version', async () => {
    const command = metadata('command-42');

    await handleCommand(store, target, vote('member-1'), command);

    const [event] = await store.readStream(streamName);
    expect(event.metadata).toEqual({
      actor: 'user:jelena.kovacevic',
      occurredAt: '2026-04-02T10:15:00.000Z',
      correlationId: 'request-7',
      causationId: 'command-42',
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(isUuid(event.id) && uuidVersion(event.id)).toBe(7);
  });

  it('decides again on fresh state after losing a race, so another member\'s vote and this one both count', async () => {
    const reads = loseRaces(1, () => rivalVote('member-2'));

    const handled = await handleCommand(store, target, vote('member-1'), metadata());

    expect(reads).toHaveBeenCalledTimes(2);
    expect(handled.appended?.nextExpectedRevision).toBe(1);
    expect((await store.readStream(streamName)).map((event) => event.data)).toEqual([{ memberId: 'member-2' }, { memberId: 'member-1' }]);
  });

  it('refuses, on fresh state, a vote that lost the race to the same member\'s vote, and appends nothing more', async () => {
    loseRaces(1, () => rivalVote('member-1'));

    await expect(handleCommand(store, target, vote('member-1'), metadata())).rejects.toMatchObject({ rule: 'MemberAlreadyVoted' });

    expect(await allEvents()).toHaveLength(1);
  });

  it('gives up with the concurrency error after losing three races in a row', async () => {
    let rival = 0;
    const reads = loseRaces(3, () => rivalVote(`rival-${++rival}`));

    await expect(handleCommand(store, target, vote('member-1'), metadata())).rejects.toBeInstanceOf(WrongExpectedVersionError);

    expect(reads).toHaveBeenCalledTimes(3);
    expect((await store.readStream(streamName)).map((event) => event.data)).toEqual([
      { memberId: 'rival-1' },
      { memberId: 'rival-2' },
      { memberId: 'rival-3' },
    ]);
  });

  it('folds another aggregate’s stream for a snapshot: the initial state when never written, then every event', async () => {
    expect(await foldStream(store, streamName, ballot)).toEqual({ voters: [] });
    await handleCommand(store, target, vote('member-1'), metadata('command-1'));
    await store.appendToStream(streamName, [rivalVote('member-2')]);
    expect(await foldStream(store, streamName, ballot)).toEqual({ voters: ['member-1', 'member-2'] });
  });
});
