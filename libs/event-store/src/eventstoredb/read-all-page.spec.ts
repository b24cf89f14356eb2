import type { RecordedEvent } from '../event-store';
import { MAX_BATCH, MIN_BATCH, readAllPage, type ReadAllBatch } from './read-all-page';

const metadata = { actor: 'system', occurredAt: '2026-03-14T09:30:00.000Z', correlationId: 'c', causationId: 'c', schemaVersion: 1 };
const event = (position: number, type = 'ProposalSubmitted', streamName = 'calls-proposal-1'): RecordedEvent => ({
  id: `id-${position}`,
  type,
  data: {},
  metadata,
  streamName,
  revision: 0,
  position,
});

/** A fake $all: reads from a position include the event at it, as the server's do. */
const log = (events: RecordedEvent[]) => {
  const reads: { from: number | undefined; maxCount: number }[] = [];
  const readBatch: ReadAllBatch = async (from, maxCount) => {
    reads.push({ from, maxCount });
    return events.filter((e) => from === undefined || e.position >= from).slice(0, maxCount);
  };
  return { readBatch, reads };
};

const positions = (events: RecordedEvent[]) => events.map((e) => e.position);

describe('a page of $all', () => {
  it('starts at the beginning without a position', async () => {
    const { readBatch } = log([event(10), event(20), event(30)]);

    expect(positions(await readAllPage(readBatch, { maxCount: 2 }))).toEqual([10, 20]);
  });

  it('is strictly after the position given, dropping the event at it', async () => {
    const { readBatch } = log([event(10), event(20), event(30)]);

    expect(positions(await readAllPage(readBatch, { after: 20, maxCount: 5 }))).toEqual([30]);
  });

  it('leaves out system events', async () => {
    const { readBatch } = log([event(5, '$statsCollected', '$stats-0.0.0.0:2113'), event(10), event(15, '$metadata', '$$calls-proposal-1'), event(20)]);

    expect(positions(await readAllPage(readBatch, { maxCount: 10 }))).toEqual([10, 20]);
  });

  it('reads on past a batch of nothing but system events, so a page is not cut short', async () => {
    const stats = Array.from({ length: MIN_BATCH * 3 }, (_, i) => event(i + 1, '$statsCollected', '$stats-0.0.0.0:2113'));
    const { readBatch, reads } = log([...stats, event(10_000), event(10_001)]);

    expect(positions(await readAllPage(readBatch, { maxCount: 2 }))).toEqual([10_000, 10_001]);
    expect(reads.length).toBeGreaterThan(1);
  });

  it('continues each batch from the last position read, never re-delivering it', async () => {
    const events = Array.from({ length: MAX_BATCH + 50 }, (_, i) => event(i + 1));
    const { readBatch, reads } = log(events);

    const page = await readAllPage(readBatch, { maxCount: MAX_BATCH + 50 });

    expect(positions(page)).toEqual(positions(events));
    expect(reads[1].from).toBe(reads[0].maxCount);
  });

  it('ends at the end of the log with a short page', async () => {
    const { readBatch, reads } = log([event(10), event(20)]);

    expect(positions(await readAllPage(readBatch, { after: 10, maxCount: 50 }))).toEqual([20]);
    expect(reads).toHaveLength(1);
  });

  it('never asks the server for more than a bounded batch, however large the page', async () => {
    const { readBatch, reads } = log([event(1)]);

    await readAllPage(readBatch, { maxCount: 1_000_000 });

    expect(reads[0].maxCount).toBe(MAX_BATCH);
  });

  it('reads nothing for a page of 0', async () => {
    const { readBatch, reads } = log([event(1)]);

    expect(await readAllPage(readBatch, { maxCount: 0 })).toEqual([]);
    expect(reads).toHaveLength(0);
  });
});
