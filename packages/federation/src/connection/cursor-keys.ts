import { isUuid } from '../ids.js';
import { notOurCursor } from './cursor.js';

/** A keyset cursor's sort key for lists ordered by a timestamp, then the id. The timestamp is PostgreSQL text: a Date would drop its microseconds. */
export type TimestampIdKey = [timestamp: string, id: string];

/** A keyset cursor's sort key for lists ordered by a text (a name), then the id. */
export type TextIdKey = [text: string, id: string];

/** The decoded `after` key as a `[timestamp, id]`; BAD_USER_INPUT for a key no such list gave out. */
export function timestampIdKey(key: readonly unknown[], field = 'after'): TimestampIdKey {
  const [timestamp, id] = key;
  if (key.length !== 2 || typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp)) || !isCursorId(id)) throw notOurCursor(field);
  return [timestamp, id];
}

/** The decoded `after` key as a `[text, id]`; BAD_USER_INPUT for a key no such list gave out. */
export function textIdKey(key: readonly unknown[], field = 'after'): TextIdKey {
  const [text, id] = key;
  if (key.length !== 2 || typeof text !== 'string' || !isCursorId(id)) throw notOurCursor(field);
  return [text, id];
}

function isCursorId(id: unknown): id is string {
  return typeof id === 'string' && isUuid(id);
}
