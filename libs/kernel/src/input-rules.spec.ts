import { DomainError } from './domain-error';
import { optionalName, requiredFreeText, requiredName, wholeNumberAtLeastZero } from './input-rules';

const refusal = (check: () => unknown) => {
  try {
    check();
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, rule: error.rule, field: error.field } : error;
  }
  return undefined;
};

describe('text the deciders accept', () => {
  it.each([
    ['a zero-width space', '\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['a byte-order mark between spaces', ' \uFEFF '],
    ['a word joiner and a no-break space', '\u2060\u00A0'],
  ])('refuses a name that is only %s, as blank', (_, name) =>
    expect(refusal(() => requiredName(name, 'name'))).toEqual({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'name' }));

  it('refuses a reason made of invisible characters and line breaks, as blank', () =>
    expect(refusal(() => requiredFreeText('\u200B\n\u200B', 'reason'))).toEqual({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'reason' }));

  it('refuses an optional name given as invisible characters rather than left out', () =>
    expect(refusal(() => optionalName('\u200B', 'sector'))).toEqual({ code: 'BAD_USER_INPUT', rule: 'Required', field: 'sector' }));

  it('keeps a name whose invisible characters sit among visible ones, as written', () => {
    expect(requiredName('Istočno\u00ADNovo Sarajevo', 'name')).toBe('Istočno\u00ADNovo Sarajevo');
    expect(requiredName('Источно Ново Сарајево', 'name')).toBe('Источно Ново Сарајево');
  });
});

describe('whole numbers where nothing is a fair answer', () => {
  it.each([0, 1, Number.MAX_SAFE_INTEGER])('keeps %s', (count) => expect(wholeNumberAtLeastZero(count, 'guests', 'GuestsInvalid')).toBe(count));

  it.each([
    ['a negative number', -1],
    ['a fraction', 2.5],
    ['a number beyond the safe integers', Number.MAX_SAFE_INTEGER + 1],
    ['a number written as text', '3'],
    ['nothing', undefined],
    ['not a number', Number.NaN],
  ])('refuses %s under the rule the caller names, on its field', (_, value) =>
    expect(refusal(() => wholeNumberAtLeastZero(value, 'beneficiaries[0].count', 'BeneficiaryCountInvalid'))).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'BeneficiaryCountInvalid',
      field: 'beneficiaries[0].count',
    }));
});
