import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badValue } from './bad-values';
import type { FieldMeaning } from './field-meaning';
import { meaningOf } from './field-meanings';

export type InputPath = readonly (string | number)[];

/** One place in a mutation's input where a bad value can go. */
export interface InputSlot {
  /** Within the input: `['targets', 0, 'code']`. */
  readonly path: InputPath;
  /** `ProgrammeTargetInput.code`: the key of the override table. */
  readonly key: string;
  /** Non-null without a default: leaving it out is a mistake. */
  readonly required: boolean;
  readonly bad: fc.Arbitrary<unknown>;
}

/** An input object inside the input (the input itself at `[]`), where unknown fields can be slipped in. */
export interface InputObjectSite {
  readonly path: InputPath;
  readonly type: GraphQLInputObjectType;
}

export interface MutationInput {
  readonly mutation: string;
  readonly type: GraphQLInputObjectType;
  readonly slots: readonly InputSlot[];
  readonly objects: readonly InputObjectSite[];
}

/** The mutations of a schema, in the schema's order. */
export const mutationsOf = (schema: GraphQLSchema): GraphQLField<unknown, unknown>[] => Object.values(schema.getMutationType()?.getFields() ?? {});

/** A mutation's `input` argument type; the examples' contract is that it is the only argument. */
export const inputTypeOf = (mutation: GraphQLField<unknown, unknown>): GraphQLInputObjectType | undefined => {
  if (mutation.args.length === 0) return undefined;
  const input = mutation.args.find((arg) => arg.name === 'input');
  const type = input && getNullableType(input.type);
  if (mutation.args.length !== 1 || !input || !isInputObjectType(type)) {
    throw new Error(`Mutation ${mutation.name} takes (${mutation.args.map((arg) => arg.name).join(', ')}): the bad-input tests expect one argument, \`input\`, of an input type`);
  }
  return type;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every field of `type`, and of the input objects nested in it as far as `example` (a valid input) goes: a nested
 * object or a list's first item is walked only where the example has one, so a bad value always sits among valid ones.
 */
export const describeInput = (mutation: string, type: GraphQLInputObjectType, example: Record<string, unknown>): MutationInput => {
  const slots: InputSlot[] = [];
  const objects: InputObjectSite[] = [];
  const walk = (objectType: GraphQLInputObjectType, value: Record<string, unknown>, path: InputPath) => {
    objects.push({ path, type: objectType });
    for (const field of Object.values(objectType.getFields())) {
      const key = `${objectType.name}.${field.name}`;
      const named = getNamedType(field.type);
      const declared = meaningOf(objectType.name, field.name, named.name);
      const listOf = isListType(getNullableType(field.type));
      // A list's own meaning (its ceiling) is not its items' meaning.
      const meaning: FieldMeaning = declared.kind === 'list' ? meaningOf('', field.name, named.name) : declared;
      const fieldPath = [...path, field.name];
      const nested = value[field.name];
      const tooManyItems =
        declared.kind === 'list' && Array.isArray(nested) && nested.length > 0 ? tooManyOf(nested[0], declared.maxItems, named) : undefined;
      if (declared.kind === 'list' && !tooManyItems) {
        throw new Error(`${key} has a ceiling in field-meanings.ts but the example gives no item to repeat past it`);
      }
      slots.push({
        path: fieldPath,
        key,
        required: isNonNullType(field.type) && field.defaultValue === undefined,
        bad: badValue(field.type, { meaning, tooManyItems, where: key }),
      });
      if (listOf && Array.isArray(nested) && nested.length > 0) {
        if (isInputObjectType(named) && isObject(nested[0])) walk(named, nested[0], [...fieldPath, 0]);
        else if (!isInputObjectType(named)) {
          const item = (getNullableType(field.type) as { ofType: GraphQLInputType }).ofType;
          slots.push({ path: [...fieldPath, 0], key: `${key}[]`, required: false, bad: badValue(item, { meaning, where: `${key}[]` }) });
        }
      } else if (isInputObjectType(named) && isObject(nested)) {
        walk(named, nested, fieldPath);
      }
    }
  };
  walk(type, example, []);
  return { mutation, type, slots, objects };
};

/**
 * `maxItems + 1` or more copies of a valid item; ids in the copies are made distinct, so the list is refused for its
 * length and not for a repeated id.
 */
const tooManyOf = (item: unknown, maxItems: number, type: ReturnType<typeof getNamedType>): fc.Arbitrary<unknown[]> =>
  fc.integer({ min: maxItems + 1, max: maxItems + 20 }).map((count) =>
    Array.from({ length: count }, (_, index) => {
      if (!isInputObjectType(type) || !isObject(item)) return item;
      const copy: Record<string, unknown> = { ...item };
      for (const field of Object.values(type.getFields())) {
        const meaning = meaningOf(type.name, field.name, getNamedType(field.type).name);
        if (meaning.kind === 'identifier' && typeof copy[field.name] === 'string') copy[field.name] = `${copy[field.name] as string}-${index}`;
      }
      return copy;
    }),
  );
