import { join } from 'node:path';
import { openSqliteEventStore } from '@makers/event-store/sqlite';
import type { EventStore } from '@makers/event-store';
import type { DatabaseUnderTest } from '../testing';

/** A test's event store: one SQLite file beside its read-model database; each `open` is one more connection to it. */
export class TestEventStores {
  private readonly opened: EventStore[] = [];

  constructor(private readonly database: DatabaseUnderTest) {}

  open(): EventStore {
    const store = openSqliteEventStore({ path: join(this.database.directory, 'events.sqlite'), synchronous: 'NORMAL', pollIntervalMs: 20 });
    this.opened.push(store);
    return store;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((store) => store.close()));
  }
}
