import { toEventData } from './event-data';
import { toRecordedEvent } from './recorded-event';
import { resolvedEvent } from './resolved-event.fixture';

describe('recorded event mapping', () => {
  it('maps stream, revision, position, data and metadata to plain numbers and objects', () => {
    const event = toRecordedEvent(resolvedEvent({ position: 1_234_567, streamId: 'calls-proposal-3', revision: 5n }));

    expect(event).toEqual({
      id: '0190b4a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b',
      type: 'ProposalSubmitted',
      streamName: 'calls-proposal-3',
      revision: 5,
      position: 1_234_567,
      data: { title: 'Omladinski centar u Istočnom Novom Sarajevu' },
      metadata: { actor: 'user:amra.hodzic', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c-1', causationId: 'c-1', schemaVersion: 1 },
    });
  });

  it("falls back to the resolved event's commit position when the event carries none", () => {
    const resolved = resolvedEvent({ position: 900 });
    const event = toRecordedEvent({ ...resolved, event: { ...resolved.event!, position: undefined as never } });

    expect(event?.position).toBe(900);
  });

  it("treats an older server's 2^64 - 1 on a stream read as no position", () => {
    const resolved = resolvedEvent({ position: 900 });
    const unknown = 2n ** 64n - 1n;

    expect(() => toRecordedEvent({ event: { ...resolved.event!, position: { commit: unknown, prepare: unknown } } })).toThrow(/22\.6/);
  });

  it('refuses an event without any position, naming the server version needed', () => {
    const resolved = resolvedEvent({ position: 900 });

    expect(() => toRecordedEvent({ event: { ...resolved.event!, position: undefined as never } })).toThrow(/22\.6/);
  });

  it('skips a link whose event is gone', () => expect(toRecordedEvent({ commitPosition: 10n })).toBeUndefined());
});

describe('event data mapping', () => {
  it('sends our id, type, data and metadata as a JSON event', () => {
    const metadata = { actor: 'user:amra.hodzic', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c-2', causationId: 'c-1', schemaVersion: 1 };

    const data = toEventData({ id: '0190b4a2-3c4d-7e8f-9a0b-1c2d3e4f5a6c', type: 'VoteCast', data: { proposalId: 'p-1', score: 4 }, metadata });

    expect(data).toEqual({
      id: '0190b4a2-3c4d-7e8f-9a0b-1c2d3e4f5a6c',
      contentType: 'application/json',
      type: 'VoteCast',
      data: { proposalId: 'p-1', score: 4 },
      metadata,
    });
  });
});
