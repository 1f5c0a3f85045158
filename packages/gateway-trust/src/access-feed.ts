import { parseGrants, type Grant } from './grant.js';

/**
 * What the accounts service tells the gateways, so they refuse ended sign-ins and
 * forward current roles without asking a database per request. `subject` is the
 * session id, the provider token id or the account id the change is about;
 * `expiresAt` is when the last token it concerns expires, after which it can be forgotten.
 */
export type AccessChange = { seq: number; subject: string; occurredAt: string; expiresAt: string } & (
  | { kind: 'session-ended' | 'token-revoked' }
  | { kind: 'grants-changed'; grants: Grant[] }
);

/** One answer of the feed: the changes after the cursor asked for, and the cursor to ask with next. */
export interface AccessFeedPage {
  changes: AccessChange[];
  cursor: number;
}

/** Where the accounts service serves the feed (`?after=<cursor>`; without it, every change that has not expired). */
export const ACCESS_FEED_PATH = '/internal/access-changes';

const KINDS = new Set(['session-ended', 'token-revoked', 'grants-changed']);

/** The page in a feed answer, or null when it is not one. */
export function parseAccessFeedPage(value: unknown): AccessFeedPage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { changes, cursor } = value as { changes?: unknown; cursor?: unknown };
  if (!Number.isSafeInteger(cursor) || !Array.isArray(changes)) return null;
  const parsed: AccessChange[] = [];
  for (const entry of changes) {
    const change = parseChange(entry);
    if (!change) return null;
    parsed.push(change);
  }
  return { changes: parsed, cursor: cursor as number };
}

function parseChange(value: unknown): AccessChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, kind, subject, grants, occurredAt, expiresAt } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(seq) || typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (typeof subject !== 'string' || subject === '' || !isTime(occurredAt) || !isTime(expiresAt)) return null;
  const base = { seq: seq as number, subject, occurredAt, expiresAt };
  if (kind !== 'grants-changed') return { ...base, kind: kind as 'session-ended' | 'token-revoked' };
  const parsedGrants = parseGrants(grants);
  return parsedGrants ? { ...base, kind, grants: parsedGrants } : null;
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}
