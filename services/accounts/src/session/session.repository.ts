import type { IdentityDb } from '../database.js';
import { accountWithRolesColumns, type AccountWithRoles } from '../account/account.repository.js';

export function insertSession(db: IdentityDb, accountId: string, expiresAt: Date): Promise<string> {
  return db
    .insertInto('sessions')
    .values({ account_id: accountId, expires_at: expiresAt, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((row) => row.id);
}

/** The session's account with its roles, if the session is neither revoked nor expired. */
export function findLiveSessionAccount(db: IdentityDb, sessionId: string): Promise<AccountWithRoles | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(accountWithRolesColumns())
    .where('s.id', '=', sessionId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function revokeSession(db: IdentityDb, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

export async function revokeExternalToken(db: IdentityDb, tokenId: string, expiresAt: Date): Promise<void> {
  // Expired entries are useless (the token no longer verifies): clear them on the way.
  await db.deleteFrom('revoked_external_tokens').where('expires_at', '<', new Date()).execute();
  await db
    .insertInto('revoked_external_tokens')
    .values({ token_id: tokenId, expires_at: expiresAt })
    .onConflict((c) => c.doNothing())
    .execute();
}
