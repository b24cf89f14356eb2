/**
 * The shape every aggregate's rules take: `decide` turns a command into events (or throws a DomainError),
 * `evolve` folds one event into state. Both are pure: time, actor and ids arrive in the command's context.
 */
export interface CommandContext {
  /** When the command was issued, from its metadata (ISO 8601). The domain never reads the clock. */
  readonly now: Date;
  /** Who issued it, from the request's identity. */
  readonly actor: string;
}

export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State, context: CommandContext): Event[];
  evolve(state: State, event: Event): State;
}

/** Folds a stream's events into state. */
export const fold = <Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[]): State =>
  events.reduce(decider.evolve, decider.initialState);

/** Compile-time exhaustiveness: a switch's default that only a forgotten case can reach. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
