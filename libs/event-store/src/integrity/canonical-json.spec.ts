import { canonicalJson } from './canonical-json';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys at every depth and leaves no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 'x' }] })).toBe('{"a":[2,{"c":"x","d":1}],"b":1}');
  });

  it('serialises numbers and strings as ECMAScript does, Cyrillic and diacritics unescaped', () => {
    expect(canonicalJson({ n: 1e21, f: 0.1, s: 'Источно Ново Сарајево, Brčko', z: -0 })).toBe('{"f":0.1,"n":1e+21,"s":"Источно Ново Сарајево, Brčko","z":0}');
  });

  it('orders keys by UTF-16 code units, as the RFC says', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '€': 4 })).toBe('{"Z":3,"z":2,"é":1,"€":4}');
  });

  it('drops undefined members like JSON does, and refuses NaN', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});
