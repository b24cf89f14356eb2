import { invalidInput } from '@makers/kernel';
import { MAX_PAGE_SIZE, type Page } from '@makers/programme';

// The keyset cursors of the programme context's lists, for the platform lists: the same opaque, versioned shape
// (base64url of [`<list>.v1`, ...keys]), a cursor from another list refused. @makers/programme keeps its helpers
// private to its read models, hence this small copy.

export const encodeCursor = (kind: string, keys: readonly string[]): string => Buffer.from(JSON.stringify([`${kind}.v1`, ...keys])).toString('base64url');

export const decodeCursor = (kind: string, cursor: string, arity: number): string[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== `${kind}.v1` || parsed.length !== arity + 1 || !parsed.every((key) => typeof key === 'string')) {
    throw invalidInput('CursorInvalid', 'after is not a cursor this list gave out', 'after');
  }
  return parsed.slice(1);
};

export const pageSize = (first: unknown): number => {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw invalidInput('PageSizeInvalid', `first must be a whole number from 1 to ${MAX_PAGE_SIZE}`, 'first');
  }
  return first;
};

/** Given up to `size + 1` rows, the page: the extra row only says there is a next page. */
export const toPage = <Row, Node>(rows: Row[], size: number, totalCount: number, toNode: (row: Row) => Node, cursorOf: (row: Row) => string): Page<Node> => {
  const pageRows = rows.slice(0, size);
  return {
    nodes: pageRows.map(toNode),
    endCursor: pageRows.length > 0 ? cursorOf(pageRows[pageRows.length - 1]) : null,
    hasNextPage: rows.length > size,
    totalCount,
  };
};
