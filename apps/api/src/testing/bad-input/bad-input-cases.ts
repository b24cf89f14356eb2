import fc from 'fast-check';
import { garbageFor, unknownFieldName, withOwnKey } from './bad-values';
import type { InputPath, MutationInput } from './input-slots';

/** A bad `input` variable (`undefined`: left out) and the field paths a refusal must name (any one of them). */
export interface BadInputCase {
  readonly input: unknown;
  readonly names: readonly InputPath[];
}

/** A deep copy of a JSON input (structuredClone would make it in another realm than jest's, which fast-check prints as [object Object]). */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A deep copy of the example, with `change` applied to the object that holds `path`'s last step. */
const changedAt = (example: Record<string, unknown>, path: InputPath, change: (holder: any, key: string | number) => void) => {
  const copy = copyOf(example);
  let holder: any = copy;
  for (const step of path.slice(0, -1)) holder = holder[step];
  change(holder, path[path.length - 1]);
  return copy;
};

/** One field, at any depth, holds a bad value; everything else is the valid example. */
export const oneBadField = (input: MutationInput, example: Record<string, unknown>): fc.Arbitrary<BadInputCase> =>
  fc.oneof(
    ...input.slots.map((slot) =>
      slot.bad.map((value) => ({
        input: changedAt(example, slot.path, (holder, key) => withOwnKey(holder, String(key), value)),
        names: [slot.path],
      })),
    ),
  );

/** Whether `path` lies inside the field at `outer` (`['quorum', 'kind']` inside `['quorum']`). */
const isWithin = (path: InputPath, outer: InputPath) => outer.length < path.length && outer.every((step, index) => path[index] === step);

/** One or more required fields left out; the refusal names at least one of them. */
export const requiredFieldsMissing = (input: MutationInput, example: Record<string, unknown>): fc.Arbitrary<BadInputCase> | undefined => {
  const required = input.slots.filter((slot) => slot.required);
  if (required.length === 0) return undefined;
  return fc.subarray(required, { minLength: 1 }).map((chosen) => {
    // A required field inside a required object that is left out goes with it: only the outermost are removed and named.
    const missing = chosen.filter((slot) => !chosen.some((other) => other !== slot && isWithin(slot.path, other.path)));
    let changed = example;
    for (const slot of missing) changed = changedAt(changed, slot.path, (holder, key) => delete holder[key]);
    return { input: changed, names: missing.map((slot) => slot.path) };
  });
};

/** A field the input type does not have (an `actor`, a `__proto__`, anything), at the top or in a nested object. */
export const unknownField = (input: MutationInput, example: Record<string, unknown>): fc.Arbitrary<BadInputCase> =>
  fc.oneof(
    ...input.objects.map((site) =>
      fc.tuple(unknownFieldName(new Set(Object.keys(site.type.getFields()))), fc.jsonValue({ maxDepth: 3 })).map(([key, value]) => ({
        input: site.path.length === 0 ? withOwnKey(copyOf(example), key, value) : changedAt(example, [...site.path, key], (holder) => withOwnKey(holder, key, value)),
        names: [[...site.path, key]],
      })),
    ),
  );

/** Not an input at all: left out, null, a scalar, an array, or garbage however deeply nested. */
export const garbageInput = (input: MutationInput): fc.Arbitrary<BadInputCase> =>
  fc.oneof(fc.constantFrom(undefined, null), garbageFor(input.type)).map((value) => ({ input: value, names: [['input']] }));
