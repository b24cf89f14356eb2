/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values events hold: object keys sorted by UTF-16 code units,
 * no whitespace, and ECMAScript's own number and string serialisation, which is what the RFC prescribes. Written here
 * because the `canonicalize` package ships for `import` only, which this CommonJS code base cannot require.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('JSON has no NaN or Infinity');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
};
