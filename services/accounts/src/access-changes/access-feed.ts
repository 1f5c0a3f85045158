import type { AccessFeedPage } from '@msp-atlas/gateway-trust';
import type { IdentityDb } from '../database.js';
import { accessChangesAfter, lastAccessChangeSeq, liveAccessChanges, pruneAccessChanges, toAccessChange } from './access-change.repository.js';

const PAGE_SIZE = 1_000;

/**
 * The feed a gateway polls. Without a cursor (a gateway starting) it gets every change
 * that still concerns a valid token; with one, what came after it. Each first read
 * also drops the changes nobody can need any more.
 */
export async function readAccessFeed(db: IdentityDb, after: number | null): Promise<AccessFeedPage> {
  if (after === null) {
    const now = new Date();
    // Read the cursor first: a change committing in between is then read again next time, never skipped.
    const latest = await lastAccessChangeSeq(db);
    await pruneAccessChanges(db, now);
    const rows = await liveAccessChanges(db, now, PAGE_SIZE);
    const last = rows.at(-1);
    const cursor = last && rows.length === PAGE_SIZE ? Number(last.seq) : latest;
    return { changes: rows.filter((row) => Number(row.seq) <= cursor).map(toAccessChange), cursor };
  }
  const rows = await accessChangesAfter(db, after, PAGE_SIZE);
  const last = rows.at(-1);
  return { changes: rows.map(toAccessChange), cursor: last ? Number(last.seq) : after };
}
