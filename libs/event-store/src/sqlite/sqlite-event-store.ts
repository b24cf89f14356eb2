import Database from 'better-sqlite3';
import { mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuplicateEventIdError } from '../errors';
import type {
  AppendResult,
  EventStore,
  EventSubscription,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store';
import { listenForAppends, notifyAppended } from './append-notifier';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows';
import { assertExpectedRevision, validateExpectedRevision, type ActualRevision } from './expected-revision';
import { ensureSchema } from './schema';
import { PollingSubscription } from './subscription';

export interface SqliteEventStoreOptions {
  /** The database file; its directory is created if missing. */
  readonly path: string;
  /** FULL (default): an acknowledged append survives power loss. NORMAL: faster, may lose the last commits on power loss (never corrupts). */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How often a caught-up subscription looks for appends made by other processes. Default 100 ms. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write transaction before failing with SQLITE_BUSY. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
}

/** Pages a catching-up subscription reads at a time. */
const SUBSCRIPTION_PAGE_SIZE = 500;
const DEFAULT_POLL_INTERVAL_MS = 100;
const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** Where an already stored event id lives. */
interface StoredId {
  readonly stream_name: string;
  readonly revision: number;
  readonly position: number;
}

interface SerialisedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

interface AppendOutcome {
  readonly result: AppendResult;
  /** False when the batch was a retry of one already stored. */
  readonly written: boolean;
}

/** Opens (creating if missing) an event store in one SQLite file. Synchronous, like better-sqlite3 itself. */
export const openSqliteEventStore = (options: SqliteEventStoreOptions): EventStore => new SqliteEventStore(options);

class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  /** Identifies the file across store instances in this process, for waking their subscriptions. */
  private readonly fileKey: string;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<PollingSubscription>();
  private closed = false;

  private readonly selectById;
  private readonly selectLastRevision;
  private readonly insertEvent;
  private readonly selectForwards;
  private readonly selectBackwards;
  private readonly selectAll;
  private readonly selectHead;
  private readonly appendInTransaction;

  constructor(options: SqliteEventStoreOptions) {
    const inMemory = options.path === ':memory:';
    if (!inMemory) mkdirSync(dirname(resolve(options.path)), { recursive: true });
    this.db = new Database(options.path, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    try {
      // WAL: readers never block the writer, and several processes can share the file.
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${synchronousPragma(options.synchronous ?? 'FULL')}`);
      ensureSchema(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.fileKey = inMemory ? `:memory:${Math.random()}` : realpathSync(options.path);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;

    this.selectById = this.db.prepare<[string], StoredId>('SELECT stream_name, revision, position FROM events WHERE id = ?');
    this.selectLastRevision = this.db
      .prepare<[string], number>('SELECT revision FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1')
      .pluck();
    this.insertEvent = this.db.prepare<[string, string, number, string, string, string]>(
      'INSERT INTO events (id, stream_name, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.selectForwards = this.db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
    );
    this.selectBackwards = this.db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    );
    this.selectHead = this.db.prepare<[], number>('SELECT MAX(position) FROM events').pluck();
    this.selectAll = this.db.prepare<[number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`,
    );
    // Run with `.immediate()`: the write lock is taken before reading the revision, so concurrent writers (in this or
    // another process) take turns, and position order is commit order.
    this.appendInTransaction = this.db.transaction(
      (streamName: string, events: readonly SerialisedEvent[], expected: ExpectedRevision): AppendOutcome => {
        const retried = this.findRetriedBatch(streamName, events);
        if (retried) return { result: retried, written: false };
        const actual: ActualRevision = this.selectLastRevision.get(streamName) ?? 'no_stream';
        assertExpectedRevision(streamName, expected, actual);
        let revision = actual === 'no_stream' ? -1 : actual;
        let position = 0;
        for (const event of events) {
          revision += 1;
          position = Number(this.insertEvent.run(event.id, streamName, revision, event.type, event.data, event.metadata).lastInsertRowid);
        }
        return { result: { nextExpectedRevision: revision, position }, written: true };
      },
    );
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    this.assertOpen();
    const expected = options.expectedRevision ?? 'any';
    validateExpectedRevision(expected);
    if (events.length === 0) throw new RangeError(`Nothing to append to ${streamName}: the batch is empty`);
    assertDistinctIds(streamName, events);
    // Serialise outside the transaction, so the write lock is held as briefly as possible.
    const serialised = events.map((event) => ({
      id: event.id,
      type: event.type,
      data: JSON.stringify(event.data ?? null),
      metadata: JSON.stringify(event.metadata),
    }));
    const { result, written } = this.appendInTransaction.immediate(streamName, serialised, expected);
    if (written) notifyAppended(this.fileKey);
    return result;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = sqlLimit(options.maxCount);
    const direction = options.direction ?? 'forwards';
    switch (direction) {
      case 'forwards':
        return this.selectForwards.all(streamName, options.fromRevision ?? 0, limit).map(toRecordedEvent);
      case 'backwards':
        return this.selectBackwards.all(streamName, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit).map(toRecordedEvent);
      default: {
        const unknown: never = direction;
        throw new TypeError(`Unknown read direction: ${String(unknown)}`);
      }
    }
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.readPage(options.after ?? 0, sqlLimit(options.maxCount));
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.selectHead.get() ?? 0;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    this.assertOpen();
    const subscription: PollingSubscription = new PollingSubscription({
      readPage: (after) => this.readPage(after, SUBSCRIPTION_PAGE_SIZE),
      after: options.after ?? 0,
      pollIntervalMs: this.pollIntervalMs,
      listenForAppends: (wake) => listenForAppends(this.fileKey, wake),
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.db.close();
  }

  private readPage(after: number, limit: number): RecordedEvent[] {
    return this.selectAll.all(after, limit).map(toRecordedEvent);
  }

  /**
   * EventStoreDB-like idempotency: a batch whose ids are all stored, in this stream, in the same order and at
   * contiguous revisions, is a retry: it is acknowledged with the original result, whatever the expected revision.
   * Any other use of a stored id is a different event with a reused id.
   */
  private findRetriedBatch(streamName: string, events: readonly SerialisedEvent[]): AppendResult | undefined {
    const stored = events.map((event) => this.selectById.get(event.id));
    const firstStored = stored.findIndex((found) => found !== undefined);
    if (firstStored === -1) return undefined;
    const first = stored[0];
    const isRetry =
      first !== undefined &&
      stored.every((found, index) => found?.stream_name === streamName && found.revision === first.revision + index);
    if (!isRetry) {
      const reused = stored.findIndex((found) => found !== undefined && found.stream_name !== streamName);
      throw new DuplicateEventIdError(events[reused === -1 ? firstStored : reused].id, streamName);
    }
    const last = stored[stored.length - 1] as StoredId;
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The SQLite event store is closed');
  }
}

const synchronousPragma = (level: 'FULL' | 'NORMAL'): string => {
  switch (level) {
    case 'FULL':
    case 'NORMAL':
      return level;
    default: {
      const unknown: never = level;
      throw new TypeError(`Unknown synchronous level: ${String(unknown)}`);
    }
  }
};

const assertDistinctIds = (streamName: string, events: readonly EventToAppend[]): void => {
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new DuplicateEventIdError(id, streamName);
    seen.add(id);
  }
};

/** SQLite's LIMIT: -1 is unbounded. */
const sqlLimit = (maxCount: number | undefined): number => {
  if (maxCount === undefined) return -1;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) throw new RangeError(`maxCount is a whole number from 0, got ${maxCount}`);
  return maxCount;
};
