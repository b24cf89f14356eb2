/**
 * Alphabetical order that both databases agree on. Collations differ (SQLite compares bytes; PostgreSQL follows its
 * locale), so the order is computed here, once, into a key that is compared byte-wise: the Latin name without
 * diacritics, lowercase ("Brčko" → "brcko", "Đ" → "d"), then the id to break ties and make the key unique.
 * The separator U+0001 sorts before every character a name may hold (names refuse control characters), so
 * "Doboj" comes before "Doboj Istok".
 */
export const municipalitySortKey = (name: string, municipalityId: string): string =>
  `${foldForSorting(name)}\u0001${municipalityId}`;

const foldForSorting = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
