import { v7 as uuidv7 } from 'uuid';
import { authorize, type Decider, type Policy } from '@makers/kernel';
import type { CommandMetadata } from './command-metadata';
import { WrongExpectedVersionError } from './errors';
import type { AppendResult, EventStore, EventToAppend } from './event-store';
import { loadState } from './fold-stream';

/** A domain event as deciders see it: a type and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export interface HandledCommand<Event> {
  /** The events the command produced (none when it changed nothing). */
  readonly events: Event[];
  /** Store acknowledgement; absent when there was nothing to append. */
  readonly appended?: AppendResult;
}

/** Events are versioned from 1; an upcaster raises older versions when one is introduced. */
export const CURRENT_SCHEMA_VERSION = 1;

/** How many times a command is re-decided on fresh state after losing a race to another writer. */
const MAX_ATTEMPTS = 3;

/** Where a command goes and by which rules: the aggregate's stream, its decider and who may issue what. */
export interface CommandTarget<Command extends { type: string }, Event, State> {
  readonly streamName: string;
  readonly decider: Decider<Command, Event, State>;
  readonly policy: Policy<Command, State>;
}

/**
 * Load the stream, fold it, check the policy, decide, and append with the revision that was read, so that a concurrent writer makes
 * the append fail instead of overwriting. On such a failure the command is decided again on the fresh state: its
 * rules then see the other writer's events (a second vote is refused, not lost).
 */
export const handleCommand = async <Command extends { type: string }, Event extends DomainEvent, State>(
  store: EventStore,
  { streamName, decider, policy }: CommandTarget<Command, Event, State>,
  command: Command,
  metadata: CommandMetadata,
): Promise<HandledCommand<Event>> => {
  for (let attempt = 1; ; attempt++) {
    const { state, expectedRevision } = await loadState(store, streamName, decider);
    // Every entry point (GraphQL, the CLI) comes through here, so no caller can skip the policy.
    authorize(policy, command, state, metadata.identity);
    const events = decider.decide(command, state, { now: metadata.issuedAt, actor: metadata.identity.subject });
    if (events.length === 0) return { events };
    try {
      const appended = await store.appendToStream(streamName, events.map((event) => toAppend(event, metadata)), { expectedRevision });
      return { events, appended };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};

export const toAppend = <Event extends DomainEvent>(event: Event, metadata: CommandMetadata): EventToAppend<Event['type'], Event['data']> => ({
  id: uuidv7(),
  type: event.type,
  data: event.data,
  metadata: {
    actor: metadata.identity.subject,
    occurredAt: metadata.issuedAt.toISOString(),
    correlationId: metadata.correlationId,
    causationId: metadata.commandId,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  },
});
