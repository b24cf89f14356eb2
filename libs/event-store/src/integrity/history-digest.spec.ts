import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore } from '../event-store';
import { openSqliteEventStore } from '../sqlite';
import { testEvents } from '../testing';
import { historyDigest } from './history-digest';

describe('the history digest an auditor records and checks again', () => {
  let directory: string;
  let path: string;
  let store: EventStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'makers-digest-'));
    path = join(directory, 'events.sqlite');
    store = openSqliteEventStore({ path });
    await store.appendToStream('programme-programme-makers', testEvents(3));
    await store.appendToStream('programme-municipality-istocno-novo-sarajevo', testEvents(2));
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** Changes the stored history behind the store's back, as a tamperer with file access would (triggers and all). */
  const tamper = async (sql: string) => {
    await store.close();
    const raw = new Database(path);
    for (const trigger of raw.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all()) raw.exec(`DROP TRIGGER "${trigger}"`);
    raw.exec(sql);
    raw.close();
    store = openSqliteEventStore({ path });
  };

  it('is the same every time the same history is read, whatever the page size', async () => {
    const first = await historyDigest(store);
    expect(first).toMatchObject({ events: 5, lastPosition: 5 });
    expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await historyDigest(store, { pageSize: 2 })).toEqual(first);
  });

  it('still verifies up to a recorded position after more events are appended', async () => {
    const recorded = await historyDigest(store);
    await store.appendToStream('programme-programme-makers', testEvents(1));
    expect(await historyDigest(store, { upTo: recorded.lastPosition })).toEqual(recorded);
    expect((await historyDigest(store)).digest).not.toBe(recorded.digest);
  });

  it('changes when an event is altered', async () => {
    const recorded = await historyDigest(store);
    await tamper(`UPDATE events SET data = '{"altered":true}' WHERE position = 2`);
    expect((await historyDigest(store, { upTo: recorded.lastPosition })).digest).not.toBe(recorded.digest);
  });

  it('changes when an event is removed', async () => {
    const recorded = await historyDigest(store);
    await tamper('DELETE FROM events WHERE position = 4');
    expect(await historyDigest(store, { upTo: recorded.lastPosition })).not.toEqual(recorded);
  });

  it('does not depend on the key order a store returns payloads in', async () => {
    const recorded = await historyDigest(store);
    await tamper(`UPDATE events SET metadata = json_object('schemaVersion', json_extract(metadata, '$.schemaVersion'), 'actor', json_extract(metadata, '$.actor'), 'occurredAt', json_extract(metadata, '$.occurredAt'), 'correlationId', json_extract(metadata, '$.correlationId'), 'causationId', json_extract(metadata, '$.causationId')) WHERE position = 1`);
    expect(await historyDigest(store)).toEqual(recorded);
  });
});
