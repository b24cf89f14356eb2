import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { MAX_TEXT_LENGTH } from '@makers/kernel';
import type { FieldMeaning } from './field-meaning';

/**
 * fast-check arbitraries of values that are wrong for a field, chosen by its GraphQL type and its meaning. Each one
 * is wrong for every field of that type and meaning, so a refusal is always owed.
 */

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

// ---- leaves and garbage ------------------------------------------------------------------------------------------

/** Numbers JSON can carry: no NaN and no infinities (JSON.stringify would send them as null). */
const finiteDouble = (constraints: fc.DoubleConstraints = {}) => fc.double({ ...constraints, noNaN: true, noDefaultInfinity: true });
const fractional = finiteDouble({ min: -1e12, max: 1e12 }).filter((n) => !Number.isInteger(n));

const jsonLeaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), finiteDouble(), fc.boolean(), fc.constant(null));

/** Nested arrays and objects of anything, a few levels deep. */
const nestedGarbage: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    jsonLeaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 10 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** One path of arrays or objects, hundreds or thousands of levels deep. */
const deepGarbage: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 3000 }), fc.constantFrom('array', 'object'), jsonLeaf)
  .map(([depth, shape, leaf]) => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level += 1) value = shape === 'array' ? [value] : { deeper: value };
    return value;
  });

/** An object, possibly deeply nested, that holds a key the type does not have. */
const objectWithUnknownKey = (known: ReadonlySet<string>) =>
  fc
    .tuple(unknownFieldName(known), fc.oneof(nestedGarbage, deepGarbage), fc.dictionary(fc.string({ maxLength: 10 }), nestedGarbage, { maxKeys: 3 }))
    .map(([key, value, rest]) => withOwnKey({ ...rest }, key, value));

/** Names an attacker would try to slip in, and random ones; never a field the type has. */
export const unknownFieldName = (known: ReadonlySet<string>) =>
  fc
    .oneof(
      fc.constantFrom('actor', 'actorId', 'metadata', 'correlationId', 'occurredAt', 'role', 'roles', '__proto__', 'constructor', 'prototype', 'toString', '$where'),
      fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/),
    )
    .filter((key) => !known.has(key));

/** Sets a key as an own property, so `__proto__` is sent as a field and not taken as the object's prototype. */
export const withOwnKey = <T extends object>(target: T, key: string, value: unknown): T => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
};

const arraysOf = (item: fc.Arbitrary<unknown>) => fc.array(item, { maxLength: 4 });
const objects = fc.oneof(fc.dictionary(fc.string({ maxLength: 10 }), nestedGarbage, { maxKeys: 4 }), deepGarbage.filter((value) => !Array.isArray(value)));
const structures = fc.oneof(objects, arraysOf(nestedGarbage), deepGarbage);

// ---- wrong types, per GraphQL scalar -----------------------------------------------------------------------------

const NAN_ISH = ['NaN', 'Infinity', '-Infinity', '1e3', '42', '-1', '0x10', '1_000', '42.0', '', ' '];

/** Values the scalar refuses whatever the field means. ID takes integers (as strings): only an identifier's meaning refuses some. */
const wrongTypeFor = (scalar: string): fc.Arbitrary<unknown> | undefined => {
  switch (scalar) {
    case 'String':
      return fc.oneof(fc.integer(), fractional, fc.boolean(), structures);
    case 'ID':
      return fc.oneof(fractional, fc.boolean(), structures);
    case 'Int':
      return fc.oneof(
        fc.constantFrom(...NAN_ISH),
        fc.string({ maxLength: 12 }),
        fractional,
        fc.integer({ min: INT_MAX + 1, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: INT_MIN - 1 }),
        fc.boolean(),
        structures,
      );
    case 'SafeInt':
      return fc.oneof(fc.constantFrom(...NAN_ISH), fc.string({ maxLength: 12 }), fractional, unsafeNumber, fc.boolean(), structures);
    case 'Float':
      return fc.oneof(fc.constantFrom(...NAN_ISH), fc.string({ maxLength: 12 }), fc.boolean(), structures);
    case 'Boolean':
      return fc.oneof(fc.constantFrom('true', 'false', 'yes', '1', ''), fc.integer(), finiteDouble(), structures);
    default:
      return undefined;
  }
};

/** Beyond 2^53 (every double that large is unsafe), up to 1e308, either sign. */
const unsafeNumber = fc.oneof(
  fc.constantFrom(2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e21, 1e308, -(2 ** 53), -1e308),
  finiteDouble({ min: 2 ** 53, max: 1e308 }),
  finiteDouble({ min: -1e308, max: -(2 ** 53) }),
);

// ---- values wrong for what a field means -------------------------------------------------------------------------

/** Inserts `intruder` somewhere into `base`. */
const inserted = (base: fc.Arbitrary<string>, intruder: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.nat(), intruder).map(([text, at, extra]) => {
    const index = at % (text.length + 1);
    return text.slice(0, index) + extra + text.slice(index);
  });

const SAMPLE_TEXTS = ['UNDP', 'Brčko', 'Istočno Novo Sarajevo', 'Источно Ново Сарајево', 'a'];
const sampleText = fc.constantFrom(...SAMPLE_TEXTS);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));
const C0_AND_C1_EXCEPT_LINE_BREAKS = [...range(0x00, 0x08), '\u000B', '\u000C', ...range(0x0e, 0x1f), '\u007F', ...range(0x80, 0x9f)];
const LINE_BREAKS = ['\t', '\n', '\r'];
/** Whitespace, and invisible format characters (zero-width space, word joiner, BOM) that look just as blank. */
const BLANKS = [' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u00A0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202F', '\u3000', '\uFEFF', '\u200B', '\u2060', '\u00AD'];

const loneSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constant('\uDC00\uD800'),
);

/**
 * Strings longer than `maxLength` (counted in code points as in UTF-16 units), and longer than any text limit: up to
 * 20,000 characters, or just past a limit that is itself that long (a meeting's minutes).
 */
const tooLong = (maxLength: number) => {
  const pastEveryLimit = Math.max(maxLength, MAX_TEXT_LENGTH) + 1;
  return fc
    .tuple(fc.oneof(fc.integer({ min: maxLength + 1, max: maxLength + 50 }), fc.integer({ min: pastEveryLimit, max: Math.max(20_000, pastEveryLimit + 50) })), fc.constantFrom('a', 'č', 'Ж', 'ß', '.'))
    .map(([length, unit]) => unit.repeat(length));
};

const badText = (maxLength: number, lineBreaks: boolean) =>
  fc.oneof(
    fc.constant(''),
    fc.array(fc.constantFrom(...BLANKS), { minLength: 1, maxLength: 12 }).map((blanks) => blanks.join('')),
    tooLong(maxLength),
    inserted(sampleText, fc.constantFrom(...C0_AND_C1_EXCEPT_LINE_BREAKS, ...(lineBreaks ? [] : LINE_BREAKS))),
    inserted(sampleText, loneSurrogate),
  );

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const badIdentifier = fc.oneof(
  fc.integer({ max: -1 }),
  fc.constantFrom('', ' ', ' a', 'a ', '-a', 'MAKERS', 'Programme-1', '../x', '..', '.', './a', 'a/../../etc/passwd', '/abs', 'C:\\x', '%2e%2e%2fx', 'a\u0000b', 'čevapi'),
  inserted(fc.stringMatching(SLUG), fc.constantFrom('A', 'Z', ' ', '/', '\\', '.', '..', '_', ':', '%', '?', '#', 'č', 'ж', '\u0000', '\n', '\t', '\uD800', '😀', '+', '"', "'")),
  fc.integer({ min: 64, max: 2000 }).map((length) => 'a'.repeat(length)),
  fc.string({ maxLength: 40 }).filter((text) => !SLUG.test(text)),
);

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const impossibleDate = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.nat())
    .map(([year, month, extra]) => `${year}-${pad(month, 2)}-${pad(daysIn(year, month) + 1 + (extra % (99 - daysIn(year, month))), 2)}`),
  fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${pad(month, 2)}-00`),
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 }))
    .map(([year, month, day]) => `${year}-${pad(month, 2)}-${pad(day, 2)}`),
);
const badDate = fc.oneof(
  fc.constantFrom(
    '2023-02-30', '2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '0000-00-00', '2023-01-00', '2023-01-32',
    'yesterday', 'today', 'now', '', ' ', '2023-01-01T00:00:00Z', '2023-01-01T12:00', '2023-01-01 00:00', '2023-1-1', '20230101',
    '01.02.2023', '2023/01/01', ' 2023-01-01', '2023-01-01 ', '2023-01-01\n', '+002023-01-01', '-2023-01-01',
    '２０２３-０１-０１', '2023-W01-1', '2023-001', '2023-01', '2023', '99999-01-01',
  ),
  impossibleDate,
  fc.string({ maxLength: 30 }).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
);

const notPositive = (min: number) => fc.oneof(fc.constantFrom(0, -1), fc.integer({ min, max: -1 }));

const badForMeaning = (meaning: FieldMeaning, scalar: string, where: string): fc.Arbitrary<unknown> | undefined => {
  const expect = (...scalars: string[]) => {
    if (!scalars.includes(scalar)) throw new Error(`${where} is a ${scalar} but means ${meaning.kind}: fix its entry in field-meanings.ts`);
  };
  switch (meaning.kind) {
    case 'text':
      expect('String', 'ID');
      return badText(meaning.maxLength, meaning.lineBreaks);
    case 'identifier':
      expect('String', 'ID');
      return badIdentifier;
    case 'calendarDate':
      expect('String');
      return badDate;
    case 'amountMinor':
      expect('Int', 'SafeInt');
      return fc.oneof(notPositive(Number.MIN_SAFE_INTEGER), fractional, unsafeNumber);
    case 'positiveCount':
      expect('Int', 'SafeInt');
      return fc.oneof(notPositive(INT_MIN), fc.integer({ min: meaning.max + 1, max: INT_MAX }), fractional);
    case 'list':
    case 'type':
      return undefined;
    default: {
      const unknown: never = meaning;
      return unknown;
    }
  }
};

const badScalar = (scalar: string, meaning: FieldMeaning, where: string): fc.Arbitrary<unknown> => {
  const wrongType = wrongTypeFor(scalar);
  if (!wrongType) {
    throw new Error(`${where} is of scalar ${scalar}, which bad-values.ts has no bad values for: add its wrong types to wrongTypeFor`);
  }
  const wrongMeaning = badForMeaning(meaning, scalar, where);
  return wrongMeaning ? fc.oneof({ arbitrary: wrongMeaning, weight: 3 }, { arbitrary: wrongType, weight: 1 }) : wrongType;
};

const badEnum = (type: GraphQLEnumType) => {
  const values = type.getValues().map((value) => value.name);
  const known = new Set(values);
  return fc.oneof(
    fc.constantFrom(...values.flatMap((value) => [value.toLowerCase(), ` ${value}`, `${value} `, `${value}\u0000`, `"${value}"`])).filter((value) => !known.has(value)),
    fc.string({ maxLength: 20 }).filter((value) => !known.has(value)),
    fc.integer({ min: 0, max: values.length }),
    fc.boolean(),
    structures,
  );
};

const badInputObject = (type: GraphQLInputObjectType) =>
  fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), finiteDouble(), fc.boolean(), arraysOf(nestedGarbage), objectWithUnknownKey(new Set(Object.keys(type.getFields()))));

// ---- by GraphQL type ---------------------------------------------------------------------------------------------

export interface BadValueOptions {
  /** What the named type under lists and non-nulls means. */
  readonly meaning: FieldMeaning;
  /** A list's limit and a list of that many plus some valid items, when the field is a list with a ceiling. */
  readonly tooManyItems?: fc.Arbitrary<unknown[]>;
  /** `Input.field`, for messages. */
  readonly where: string;
}

/** A value the field's type or meaning refuses; `null` only where the type is non-null. */
export const badValue = (type: GraphQLInputType, options: BadValueOptions): fc.Arbitrary<unknown> =>
  isNonNullType(type) ? fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: badPresentValue(type.ofType, options), weight: 9 }) : badPresentValue(type, options);

const badPresentValue = (type: GraphQLInputType, options: BadValueOptions): fc.Arbitrary<unknown> => {
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    const itemOptions = { ...options, tooManyItems: undefined };
    const choices = [
      // A single value is taken as a list of one: a bad single item, but never an array (that would be the list itself).
      badPresentValue(getNullableType(item), itemOptions).filter((value) => !Array.isArray(value)),
      fc.array(badValue(item, itemOptions), { minLength: 1, maxLength: 3 }),
      ...(options.tooManyItems ? [options.tooManyItems] : []),
    ];
    return fc.oneof(...choices);
  }
  if (isNonNullType(type)) return badPresentValue(type.ofType, options);
  if (isScalarType(type)) return badScalar(type.name, options.meaning, options.where);
  if (isEnumType(type)) return badEnum(type);
  if (isInputObjectType(type)) return badInputObject(type);
  throw new Error(`${options.where}: no bad values for type ${String(type)}`);
};

/** Instead of a whole input object: anything but an object of its fields, however deeply nested. */
export const garbageFor = (type: GraphQLInputObjectType): fc.Arbitrary<unknown> =>
  fc.oneof(badInputObject(type), deepGarbage, nestedGarbage.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)));
