/**
 * A child process for the multi-process tests (run by fork-append-worker.ts): opens the store file, reports 'ready',
 * and on 'go' makes `appends` appends of 1 to 3 events each, alternating between the stream it shares with other
 * workers (expected revision `any`) and its own stream (exact expected revision), then reports what it wrote.
 */
import { openSqliteEventStore } from '../sqlite-event-store';
import { testEvent } from '../../testing/test-events';
import type { WorkerMessage, WorkerOrder } from './fork-append-worker';

const [path, worker, appendsText, sharedStream, ownStream] = process.argv.slice(2);

const send = (message: WorkerMessage) => process.send?.(message);

const appendAll = async () => {
  const store = openSqliteEventStore({ path });
  let ownRevision: number | 'no_stream' = 'no_stream';
  let events = 0;
  for (let seq = 0; seq < Number(appendsText); seq++) {
    const batch = Array.from({ length: 1 + (seq % 3) }, (_, index) => testEvent('WorkerAppended', { worker, seq, index }));
    if (seq % 2 === 0) {
      await store.appendToStream(sharedStream, batch, { expectedRevision: 'any' });
    } else {
      ownRevision = (await store.appendToStream(ownStream, batch, { expectedRevision: ownRevision })).nextExpectedRevision;
    }
    events += batch.length;
  }
  await store.close();
  return events;
};

process.on('message', (order: WorkerOrder) => {
  if (order !== 'go') return;
  appendAll().then(
    (events) => send({ type: 'done', events }),
    (error: unknown) => send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  ).finally(() => process.disconnect());
});
send({ type: 'ready' });
