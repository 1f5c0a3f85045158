import type { IdentityDb } from '../database.js';

export async function appointModerator(db: IdentityDb, accountId: string, scope: string, appointedBy: string): Promise<void> {
  await db
    .insertInto('moderator_appointments')
    .values({ account_id: accountId, scope, appointed_by: appointedBy })
    .onConflict((c) => c.columns(['account_id', 'scope']).doNothing())
    .execute();
}

export async function dismissModerator(db: IdentityDb, accountId: string, scope: string): Promise<void> {
  await db.deleteFrom('moderator_appointments').where('account_id', '=', accountId).where('scope', '=', scope).execute();
}
