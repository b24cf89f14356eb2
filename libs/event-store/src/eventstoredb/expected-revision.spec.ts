import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { fromClientCurrentRevision, fromClientExpectedRevision, toClientExpectedRevision } from './expected-revision';

describe('expected revision, to the client', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
  ] as const)('maps %s to the client constant', (ours, theirs) => expect(toClientExpectedRevision(ours)).toBe(theirs));

  it('maps a revision to a bigint', () => expect(toClientExpectedRevision(41)).toBe(41n));

  it('maps revision 0, the first event, to 0n rather than a named expectation', () => expect(toClientExpectedRevision(0)).toBe(0n));

  it.each([-1, 1.5, Number.NaN])('refuses %s, which is no revision', (revision) =>
    expect(() => toClientExpectedRevision(revision)).toThrow(RangeError));
});

describe('expected revision, from the client', () => {
  it.each([
    [ANY, 'any'],
    [NO_STREAM, 'no_stream'],
    [STREAM_EXISTS, 'stream_exists'],
    [7n, 7],
  ] as const)('maps %s to %s', (theirs, ours) => expect(fromClientExpectedRevision(theirs)).toBe(ours));

  it.each([
    [-1n, 'no_stream'],
    [-2n, 'any'],
    [-4n, 'stream_exists'],
  ] as const)("reads an older server's legacy code %s as %s", (theirs, ours) => expect(fromClientExpectedRevision(theirs)).toBe(ours));

  it.each(['any', 'no_stream', 'stream_exists', 0, 12] as const)('round-trips %s', (ours) =>
    expect(fromClientExpectedRevision(toClientExpectedRevision(ours))).toBe(ours));
});

describe('current revision, from the client', () => {
  it('maps a revision to a number', () => expect(fromClientCurrentRevision(3n)).toBe(3));
  it('maps a missing stream to no_stream', () => expect(fromClientCurrentRevision(NO_STREAM)).toBe('no_stream'));
  it("reads an older server's -1 as no_stream", () => expect(fromClientCurrentRevision(-1n)).toBe('no_stream'));
});
