import { fold, type CommandContext, type Decider } from '../decider';
import { DomainError } from '../domain-error';

/**
 * Given / when / then for deciders, so a domain test reads as the rule it checks:
 *
 *   given(programmeDecider, [makersRegistered]).when(addTrebinje).then([trebinjeAdded]);
 *   given(programmeDecider, [makersRegistered, trebinjeAdded]).when(addTrebinje).thenThrows('MunicipalityAlreadyPartner');
 *
 * No I/O: the given events are folded with the decider's own `evolve`, and time and actor are pinned.
 * Assertions go through jest's `expect`, so a failing test shows a diff of the events.
 */

/** The context every test decides in unless it says otherwise: a fixed moment and a programme manager. */
export const defaultTestContext: CommandContext = Object.freeze({
  now: new Date('2021-06-01T09:00:00.000Z'),
  actor: 'programme.manager@undp.org',
});

/** What a refusal is expected to be: a rule name, an error class, a predicate, or the fields it must carry. */
export type ExpectedRefusal =
  | string
  | (abstract new (...args: any[]) => Error)
  | ((error: DomainError) => boolean)
  | Partial<Pick<DomainError, 'code' | 'rule' | 'field'>>;

export interface Then<Event> {
  /** The command decides exactly these events, in this order (`[]`: it changes nothing). */
  then(expected: readonly Event[]): void;
  /**
   * The command is refused as expected and decides nothing. Returns nothing, so a test can be a one-line arrow
   * (jest refuses a test function that returns a value).
   */
  thenThrows(expected: ExpectedRefusal): void;
}

export interface When<Command, Event> {
  /** Decide `command` on the folded history, in `defaultTestContext` overridden by `context`. */
  when(command: Command, context?: Partial<CommandContext>): Then<Event>;
}

export const given = <Command, Event, State>(decider: Decider<Command, Event, State>, history: readonly Event[] = []): When<Command, Event> => ({
  when: (command, context = {}) => {
    const decide = () => decider.decide(command, fold(decider, history), { ...defaultTestContext, ...context });
    return {
      then: (expected) => {
        expect(decide()).toEqual(expected);
      },
      thenThrows: (expected) => {
        const error = refusalOf(decide);
        if (typeof expected === 'string') {
          if (error.rule !== expected) throw new Error(`Expected the refusal ${expected}, got ${describeRefusal(error)}`);
        } else if (isErrorClass(expected)) {
          expect(error).toBeInstanceOf(expected);
        } else if (typeof expected === 'function') {
          if (!expected(error)) throw new Error(`The refusal did not match the predicate: ${describeRefusal(error)}`);
        } else {
          expect({ code: error.code, rule: error.rule, field: error.field }).toEqual(expect.objectContaining(expected));
        }
      },
    };
  },
});

const refusalOf = (decide: () => unknown[]): DomainError => {
  let events: unknown[];
  try {
    events = decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw new Error(`Expected a DomainError, but decide threw ${String(error)}`, { cause: error });
  }
  throw new Error(`Expected a refusal, but the command decided ${JSON.stringify(events)}`);
};

const isErrorClass = (value: unknown): value is abstract new (...args: any[]) => Error =>
  typeof value === 'function' && (value === Error || value.prototype instanceof Error);

const describeRefusal = (error: DomainError) => `${error.code} ${error.rule}${error.field ? ` (${error.field})` : ''}: ${error.message}`;
