/**
 * Read models page by keyset on a text sort key, and both databases must agree on its order. Collations differ (SQLite
 * compares bytes; PostgreSQL follows its locale), so the order is computed here, once, into a key compared byte-wise.
 */

/** Separates a sort key's parts: it sorts before every character a name, date, instant or id may hold (names refuse control characters). */
export const KEY_SEPARATOR = '\u0001';

/**
 * A name folded for comparing: without diacritics, lowercase, spaces collapsed ("Brčko" → "brcko", "Đurić" → "duric";
 * Cyrillic stays Cyrillic). Both databases then agree on the order and on what a search matches.
 */
export const foldName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Alphabetical position of a named row: the folded name, then the id to break ties ("Doboj" before "Doboj Istok"). */
export const nameSortKey = (name: string, id: string): string => `${foldName(name)}${KEY_SEPARATOR}${id}`;
