import { validateSync } from 'class-validator';
import { IsIdentifier } from './text.validators';

class OneId {
  @IsIdentifier()
  id!: unknown;
}

class ListOfIds {
  @IsIdentifier({ each: true })
  ids!: unknown;
}

const messages = <T extends object>(input: T) => validateSync(input).flatMap((error) => Object.values(error.constraints ?? {}));
const filled = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);

describe('IsIdentifier', () => {
  it('takes a lowercase slug or a UUID, and refuses anything else naming the field', () => {
    expect(messages(filled(OneId, { id: 'novo-sarajevo' }))).toEqual([]);
    expect(messages(filled(OneId, { id: '0190c5e2-7b7d-7cc1-9d3a-4f6c1a2b3c4d' }))).toEqual([]);
    expect(messages(filled(OneId, { id: 'Novo Sarajevo' }))).toEqual(['id must be a lowercase slug or UUID (a-z, 0-9, -; at most 63)']);
  });

  it('checks every item of a list with { each: true }', () => {
    expect(messages(filled(ListOfIds, { ids: ['doboj', 'brcko'] }))).toEqual([]);
    expect(messages(filled(ListOfIds, { ids: ['doboj', 'Brčko'] }))).toEqual(['each of ids must be a lowercase slug or UUID (a-z, 0-9, -; at most 63)']);
    expect(messages(filled(ListOfIds, { ids: ['doboj', 7] }))).toEqual(expect.arrayContaining(['each value in ids must be a string']));
  });
});
