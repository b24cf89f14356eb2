import { KEY_SEPARATOR, nameSortKey } from '@makers/projections';

/**
 * Alphabetical position: the folded name, then the id. An erased person keeps only their id, after every name (U+FFFD
 * sorts after Latin and Cyrillic letters), so the key gives nothing of the name away.
 */
export const personSortKey = (name: string | null, personId: string): string => (name === null ? `\ufffd${KEY_SEPARATOR}${personId}` : nameSortKey(name, personId));
