import { parseGrants, type Grant } from './grant.js';

/**
 * What the accounts service tells the gateways, so they refuse ended sign-ins and
 * forward current roles without asking a database per request. `subject` is the
 * session id, the provider token id or the account id the change is about.
 */
export type AccessChange =
  | { seq: number; kind: 'session-ended'; subject: string; occurredAt: string }
  | { seq: number; kind: 'token-revoked'; subject: string; occurredAt: string }
  | { seq: number; kind: 'grants-changed'; subject: string; grants: Grant[]; occurredAt: string };

/** One answer of the feed: the changes after the cursor asked for, and the cursor to ask with next. */
export interface AccessFeedPage {
  changes: AccessChange[];
  cursor: number;
}

/** Where the accounts service serves the feed (`?after=<cursor>`; without it, every change younger than a token). */
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
  const { seq, kind, subject, grants, occurredAt } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(seq) || typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (typeof subject !== 'string' || subject === '' || typeof occurredAt !== 'string') return null;
  const base = { seq: seq as number, subject, occurredAt };
  if (kind !== 'grants-changed') return { ...base, kind: kind as 'session-ended' | 'token-revoked' };
  const parsedGrants = parseGrants(grants);
  return parsedGrants ? { ...base, kind, grants: parsedGrants } : null;
}
