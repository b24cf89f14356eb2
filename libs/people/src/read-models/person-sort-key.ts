/**
 * A name folded for comparing: without diacritics, lowercase ("Kovač" → "kovac", "Đurić" → "duric"; Cyrillic stays
 * Cyrillic). Both databases then agree on the order and on what a search matches.
 */
export const foldName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Alphabetical position: the folded name, then the id (U+0001 sorts before any character a name may hold). An erased
 * person keeps only their id, after every name (U+FFFD sorts after Latin and Cyrillic letters), so the key gives
 * nothing of the name away.
 */
export const personSortKey = (name: string | null, personId: string): string => (name === null ? `\ufffd\u0001${personId}` : `${foldName(name)}\u0001${personId}`);
