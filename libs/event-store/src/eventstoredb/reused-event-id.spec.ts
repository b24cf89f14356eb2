import { ANY, InvalidTransactionError, UnavailableError, UnknownError, WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store';
import { findReusedEventId, mayBeReusedEventId } from './reused-event-id';

const metadata = { actor: 'user:amra.hodzic', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c-1', causationId: 'c-1', schemaVersion: 1 };
const event = (id: string) => ({ id, type: 'TrancheDisbursed', data: {}, metadata });
const stored = (id: string, revision: number): RecordedEvent => ({ ...event(id), streamName: 'cofinancing-tranche-1', revision, position: 100 + revision });

describe('a reused event id', () => {
  it('is suspected after an invalid transaction, an unrecognised error, or a conflict while expecting any', () => {
    expect(mayBeReusedEventId(new InvalidTransactionError())).toBe(true);
    expect(mayBeReusedEventId(new UnknownError())).toBe(true);
    expect(mayBeReusedEventId(new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: ANY, current: 1n }))).toBe(true);
  });

  it('is not suspected after a real conflict or an outage', () => {
    expect(mayBeReusedEventId(new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n }))).toBe(false);
    expect(mayBeReusedEventId(new UnavailableError())).toBe(false);
  });

  it('is the first id of the batch the stream already holds', () =>
    expect(findReusedEventId([event('new-1'), event('old-b'), event('old-a')], [stored('old-a', 0), stored('old-b', 1)])).toBe('old-b'));

  it('is absent when the stream holds none of the ids', () => expect(findReusedEventId([event('new-1')], [stored('old-a', 0)])).toBeUndefined());
});
