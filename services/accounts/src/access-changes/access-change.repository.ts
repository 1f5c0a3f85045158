import { sql, type Transaction } from 'kysely';
import type { AccessChange, Grant } from '@msp-atlas/gateway-trust';
import type { IdentityDatabase, IdentityDb } from '../database.js';
import type { AccessChangeRow } from './access-change.table.js';

export type NewAccessChange = (
  | { kind: 'session-ended' | 'token-revoked'; subject: string }
  | { kind: 'grants-changed'; subject: string; grants: readonly Grant[] }
) & {
  /** When the last token the change concerns expires (an access token issued now, a provider token's own expiry). */
  expiresAt: Date;
};

// Writers take this lock first, so sequence numbers are visible in the order they
// are given: a reader that saw seq n never later finds a smaller one committing.
const WRITERS_LOCK = sql`select pg_advisory_xact_lock(hashtext('identity.access_changes'))`;

/** Appends a change in the caller's transaction, so it is published exactly when the change commits. */
export async function recordAccessChange(trx: Transaction<IdentityDatabase>, change: NewAccessChange): Promise<void> {
  await WRITERS_LOCK.execute(trx);
  await trx
    .insertInto('access_changes')
    .values({
      kind: change.kind,
      subject: change.subject,
      grants: 'grants' in change ? JSON.stringify(change.grants) : null,
      expires_at: change.expiresAt,
    })
    .execute();
}

/** Changes after `after` in order, at most `limit`. */
export function accessChangesAfter(db: IdentityDb, after: number, limit: number): Promise<AccessChangeRow[]> {
  return db.selectFrom('access_changes').selectAll().where('seq', '>', String(after)).orderBy('seq').limit(limit).execute();
}

/** Changes that still concern a valid token (what a gateway starting now must know), oldest first. */
export function liveAccessChanges(db: IdentityDb, now: Date, limit: number): Promise<AccessChangeRow[]> {
  return db.selectFrom('access_changes').selectAll().where('expires_at', '>', now).orderBy('seq').limit(limit).execute();
}

export async function lastAccessChangeSeq(db: IdentityDb): Promise<number> {
  const row = await db
    .selectFrom('access_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Expired changes matter to nobody: every token they concern has expired too. */
export async function pruneAccessChanges(db: IdentityDb, now: Date): Promise<void> {
  await db.deleteFrom('access_changes').where('expires_at', '<', now).execute();
}

export function toAccessChange(row: AccessChangeRow): AccessChange {
  const base = { seq: Number(row.seq), subject: row.subject, occurredAt: row.occurred_at.toISOString(), expiresAt: row.expires_at.toISOString() };
  return row.kind === 'grants-changed' ? { ...base, kind: row.kind, grants: row.grants as Grant[] } : { ...base, kind: row.kind };
}
