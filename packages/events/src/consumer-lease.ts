import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { cursors, toPosition } from './consumer-cursor.js';
import type { EventPosition } from './event-types.js';

/**
 * The right of one instance to work on a consumer's cursor. `token` is a fencing token:
 * it grows with every new holder, and every write under the lease names it, so an
 * instance whose lease expired and was taken over cannot commit anything.
 */
export interface ConsumerLease {
  consumer: string;
  owner: string;
  token: string;
  ttlMs: number;
  /** The cursor when the lease was taken; only the holder moves it. */
  position: EventPosition | null;
}

/** Names an instance in the cursor row, readable for whoever looks at a stuck consumer. */
export function leaseOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

const expiry = (ttlMs: number) => sql`now() + ${ttlMs} * interval '1 millisecond'`;

const heldBy = (lease: ConsumerLease) => sql`consumer = ${lease.consumer} and lease_owner = ${lease.owner} and lease_token = ${lease.token}::bigint`;

/** Takes the lease if it is free or expired, in one short statement; null if another holds it. */
export async function acquireLease(db: Kysely<any>, consumer: string, owner: string, ttlMs: number): Promise<ConsumerLease | null> {
  const { rows } = await sql<{ token: string; tx_id_text: string | null; seq: number | null }>`
    insert into ${cursors} as c (consumer, lease_owner, lease_token, lease_expires_at)
    values (${consumer}, ${owner}, 1, ${expiry(ttlMs)})
    on conflict (consumer) do update set lease_owner = excluded.lease_owner,
      lease_token = c.lease_token + 1, lease_expires_at = excluded.lease_expires_at
    where c.lease_owner is null or c.lease_expires_at <= now() or c.lease_owner = excluded.lease_owner
    returning c.lease_token::text as token, c.tx_id::text as tx_id_text, c.seq`.execute(db);
  const row = rows[0];
  return row ? { consumer, owner, token: row.token, ttlMs, position: toPosition(row) } : null;
}

/** Pushes the expiry out; false when the lease was lost (taken over, or ended by a replay). */
export async function renewLease(db: Kysely<any>, lease: ConsumerLease): Promise<boolean> {
  const result = await sql`update ${cursors} set lease_expires_at = ${expiry(lease.ttlMs)}
    where ${heldBy(lease)}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Lets another instance take over at once instead of after the expiry. */
export async function releaseLease(db: Kysely<any>, lease: ConsumerLease): Promise<void> {
  await sql`update ${cursors} set lease_owner = null, lease_expires_at = null
    where ${heldBy(lease)}`.execute(db);
}

/**
 * Moves the cursor in the batch's transaction, as its last statement, and renews the
 * lease. False when the lease is no longer this instance's: the caller must roll back.
 * The row lock is taken here, at the end, so it is held only for the commit.
 */
export async function advanceCursor(trx: Kysely<any>, lease: ConsumerLease, position: EventPosition): Promise<boolean> {
  const result = await sql`update ${cursors}
    set tx_id = ${position.txId}::xid8, seq = ${position.seq}, updated_at = now(),
      failing_seq = null, failing_attempts = 0, lease_expires_at = ${expiry(lease.ttlMs)}
    where ${heldBy(lease)}`.execute(trx);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/**
 * Counts a failed attempt at the event at the cursor (kept in the row, so a restart or
 * another replica goes on counting); null when the lease was lost.
 */
export async function recordFailedAttempt(db: Kysely<any>, lease: ConsumerLease, seq: number): Promise<number | null> {
  const { rows } = await sql<{ failing_attempts: number }>`
    update ${cursors}
    set failing_attempts = case when failing_seq = ${seq} then failing_attempts + 1 else 1 end,
      failing_seq = ${seq}, lease_expires_at = ${expiry(lease.ttlMs)}
    where ${heldBy(lease)}
    returning failing_attempts`.execute(db);
  return rows[0]?.failing_attempts ?? null;
}
