import { ANY, InvalidTransactionError, UnavailableError, UnknownError, WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store';
import { matchStoredBatch, mayConcernStoredIds } from './stored-batch';

const metadata = { actor: 'user:amra.hodzic', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c-1', causationId: 'c-1', schemaVersion: 1 };
const event = (id: string) => ({ id, type: 'TrancheDisbursed', data: {}, metadata });
const stored = (id: string, revision: number): RecordedEvent => ({ ...event(id), streamName: 'cofinancing-tranche-1', revision, position: 100 + revision });
const stream = [stored('a', 0), stored('b', 1), stored('c', 2)];

describe('a refused batch, against what its stream holds', () => {
  it('is looked into after a conflict, an invalid transaction or an unrecognised error', () => {
    expect(mayConcernStoredIds(new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: ANY, current: 1n }))).toBe(true);
    expect(mayConcernStoredIds(new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n }))).toBe(true);
    expect(mayConcernStoredIds(new InvalidTransactionError())).toBe(true);
    expect(mayConcernStoredIds(new UnknownError())).toBe(true);
  });

  it('is not looked into after an outage', () => expect(mayConcernStoredIds(new UnavailableError())).toBe(false));

  it('is a retry when every id is stored in order at contiguous revisions, acknowledged with the original result', () =>
    expect(matchStoredBatch([event('b'), event('c')], stream)).toEqual({ kind: 'retry', result: { nextExpectedRevision: 2, position: 102 } }));

  it('reuses an id when only some of its ids are stored', () =>
    expect(matchStoredBatch([event('new'), event('b')], stream)).toEqual({ kind: 'reused', eventId: 'b' }));

  it('reuses an id when its ids are stored out of order', () =>
    expect(matchStoredBatch([event('c'), event('b')], stream)).toEqual({ kind: 'reused', eventId: 'c' }));

  it('reuses an id when its ids are stored with a gap between them', () =>
    expect(matchStoredBatch([event('a'), event('c')], stream)).toEqual({ kind: 'reused', eventId: 'a' }));

  it('is new when none of its ids is stored, and the failure stands', () =>
    expect(matchStoredBatch([event('x'), event('y')], stream)).toEqual({ kind: 'new' }));
});
