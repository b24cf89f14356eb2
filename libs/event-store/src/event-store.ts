/**
 * The event store port, with EventStoreDB's semantics so that the embedded SQLite adapter and the EventStoreDB
 * adapter are interchangeable: 0-based stream revisions, optimistic concurrency by expected revision, idempotent
 * appends by event id, one global order, and catch-up subscriptions from a checkpoint.
 *
 * Revisions and positions are plain numbers: both adapters' values stay far below 2^53.
 */

/** What the writer believes the stream's last revision is. `no_stream`: it must not exist yet. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** Carried by every event: who did it, when, in answer to what. */
export interface EventMetadata {
  /** Identity of the person or system that issued the command. */
  readonly actor: string;
  /** When the command was issued (ISO 8601, from the command's metadata, not the store's clock). */
  readonly occurredAt: string;
  /** Ties together every event caused by one request. */
  readonly correlationId: string;
  /** The command (or event) that caused this event. */
  readonly causationId: string;
  /** Version of the event's data shape, for upcasting. */
  readonly schemaVersion: number;
}

export interface EventToAppend<Type extends string = string, Data = unknown> {
  /** Unique per event (UUID); appending the same ids again is acknowledged and writes nothing. */
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> extends EventToAppend<Type, Data> {
  readonly streamName: string;
  /** 0-based position of the event within its stream. */
  readonly revision: number;
  /** Position in the global order of all events; strictly increasing, never reused. */
  readonly position: number;
}

export interface AppendResult {
  /** The stream's revision after the append: the expected revision for the next one. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended. */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events after this global position. Omit to read from the beginning. */
  readonly after?: number;
  readonly maxCount: number;
}

/**
 * An endless async sequence of events in global order; `close()` ends it (a pending `next()` then resolves done), as
 * does leaving a `for await` loop early. The next events are read only as the consumer asks for them.
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface SubscribeToAllOptions {
  /** Exclusive checkpoint: deliver events after this global position. Omit to start from the beginning. */
  readonly after?: number;
}

export interface EventStore {
  /**
   * Appends the batch atomically after checking the expected revision (default `any`); fails with
   * `WrongExpectedVersionError` when the stream is elsewhere. A batch whose ids are all stored already, in this stream,
   * in the same order and at contiguous revisions, is a retry: it is acknowledged with the original result and writes
   * nothing, whatever the expected revision. Any other reuse of a stored id (in another stream, or only some ids of the
   * batch), or an id twice in one batch, fails with `DuplicateEventIdError`. An empty batch is refused (`RangeError`).
   */
  appendToStream(streamName: string, events: readonly EventToAppend[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  /** The stream's events; an empty array when the stream does not exist. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** One page of all events in global order. Page through by passing the last position seen as `after`. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Global position of the newest event, 0 when there is none: how far a replay has to go, how far behind a reader is. */
  headPosition(): Promise<number>;
  /**
   * Catch-up subscription: every event after the checkpoint, once, in global order, then each new event as it is
   * appended (by this process or another).
   */
  subscribeToAll(options?: SubscribeToAllOptions): EventSubscription;
  close(): Promise<void>;
}
