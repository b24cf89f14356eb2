import { DuplicateEventIdError } from '../errors';
import { assertAppendable, assertMaxCount } from './port-arguments';

const metadata = { actor: 'user:amra.hodzic', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c-1', causationId: 'c-1', schemaVersion: 1 };
const event = (id: string) => ({ id, type: 'MeetingHeld', data: {}, metadata });

describe('arguments refused before the server sees them', () => {
  it('refuses an empty batch', () => expect(() => assertAppendable('platforms-meeting-1', [])).toThrow(RangeError));

  it('refuses one id used twice in a batch', () =>
    expect(() => assertAppendable('platforms-meeting-1', [event('a'), event('b'), event('a')])).toThrow(DuplicateEventIdError));

  it('accepts distinct ids', () => expect(() => assertAppendable('platforms-meeting-1', [event('a'), event('b')])).not.toThrow());

  it.each([-1, 2.5])('refuses a page size of %s', (maxCount) => expect(() => assertMaxCount(maxCount)).toThrow(RangeError));

  it.each([undefined, 0, 500])('accepts a page size of %s', (maxCount) => expect(() => assertMaxCount(maxCount)).not.toThrow());
});
