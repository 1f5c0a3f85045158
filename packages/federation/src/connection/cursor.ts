import { badUserInput } from '../errors.js';

/** Opaque cursors: the sort key of the last row seen, so pages stay stable under inserts. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // falls through to the error below
  }
  throw notOurCursor(field);
}

/** The refusal of an `after` this API did not give out (or that no longer fits the list). */
export function notOurCursor(field = 'after') {
  return badUserInput('Not a cursor this list gave out', field);
}
