import { invalidInput } from '@makers/kernel';

/** A page of a list, in the shape the API turns into a GraphQL connection. */
export interface Page<Node> {
  readonly nodes: Node[];
  /** Pass as `after` for the next page; null when the page is empty. */
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  /** How many match the filter, on every page. */
  readonly totalCount: number;
}

export interface PageRequest {
  /** 1 to MAX_PAGE_SIZE. */
  readonly first: number;
  /** The endCursor of the previous page. */
  readonly after?: string | null;
}

export const MAX_PAGE_SIZE = 500;

/**
 * Cursors are opaque to clients: base64url of a versioned list of the keyset values of the last row seen. A cursor
 * from one list is refused by another (the kind is part of it).
 */
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
