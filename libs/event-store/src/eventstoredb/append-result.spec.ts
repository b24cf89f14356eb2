import { reportedPosition } from './append-result';

describe('the position an append reports', () => {
  it('is the commit position of a write', () =>
    expect(reportedPosition({ success: true, nextExpectedRevision: 2n, position: { commit: 8192n, prepare: 8192n } })).toBe(8192));

  it('is unknown for an idempotent re-append acknowledged without a position', () =>
    expect(reportedPosition({ success: true, nextExpectedRevision: 2n })).toBeUndefined());

  it('is unknown when the server reports -1 for it', () =>
    expect(reportedPosition({ success: true, nextExpectedRevision: 2n, position: { commit: -1n, prepare: -1n } })).toBeUndefined());
});
