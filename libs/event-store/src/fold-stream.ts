import { fold, type Decider } from '@makers/kernel';
import type { EventStore, ExpectedRevision } from './event-store';

type Evolving<Event, State> = Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>;

/** An aggregate's state as its stream holds it now, and the revision to expect when appending to it. */
export interface LoadedState<State> {
  readonly state: State;
  readonly expectedRevision: ExpectedRevision;
}

/** Reads a stream and folds it with the aggregate's decider; a stream never written gives the initial state. */
export const loadState = async <Event, State>(store: EventStore, streamName: string, decider: Evolving<Event, State>): Promise<LoadedState<State>> => {
  const recorded = await store.readStream(streamName);
  return {
    state: fold(decider, recorded as unknown as Event[]),
    expectedRevision: recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].revision,
  };
};

/** The state alone: a snapshot of another aggregate that a command handler adds to the command it completes. */
export const foldStream = async <Event, State>(store: EventStore, streamName: string, decider: Evolving<Event, State>): Promise<State> =>
  (await loadState(store, streamName, decider)).state;
