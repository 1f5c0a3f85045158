import type { AccessFeedPage } from '@msp-atlas/gateway-trust';
import type { IdentityDb } from '../database.js';
import { accessChangesAfter, accessChangesSince, lastAccessChangeSeq, pruneAccessChanges, toAccessChange } from './access-change.repository.js';

const PAGE_SIZE = 1_000;

/**
 * The feed a gateway polls. Without a cursor (a gateway starting) it gets every change
 * younger than the token lifetime, since older tokens have expired anyway; with one,
 * what came after it. Each first read also drops the entries nobody can need any more.
 */
export async function readAccessFeed(db: IdentityDb, after: number | null, tokenTtlSeconds: number): Promise<AccessFeedPage> {
  const horizon = new Date(Date.now() - tokenTtlSeconds * 1000);
  let rows;
  if (after === null) {
    // Read the cursor first: a change committing in between is then read again next time, never skipped.
    const latest = await lastAccessChangeSeq(db);
    await pruneAccessChanges(db, new Date(horizon.getTime() - tokenTtlSeconds * 1000));
    rows = await accessChangesSince(db, horizon, PAGE_SIZE);
    const cursor = rows.length === PAGE_SIZE ? Number(rows.at(-1)!.seq) : latest;
    return { changes: rows.filter((row) => Number(row.seq) <= cursor).map(toAccessChange), cursor };
  }
  rows = await accessChangesAfter(db, after, PAGE_SIZE);
  return { changes: rows.map(toAccessChange), cursor: rows.length ? Number(rows.at(-1)!.seq) : after };
}
