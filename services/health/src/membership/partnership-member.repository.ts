import type { Db, Trx } from '../database.js';

export async function addMember(trx: Trx, partnershipId: string, accountId: string): Promise<void> {
  await trx
    .insertInto('partnership_members')
    .values({ partnership_id: partnershipId, account_id: accountId })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function removeMember(trx: Trx, partnershipId: string, accountId: string): Promise<void> {
  await trx.deleteFrom('partnership_members').where('partnership_id', '=', partnershipId).where('account_id', '=', accountId).execute();
}

/** The members as a republication lists them, replacing what was held. */
export async function replaceMembers(trx: Trx, partnershipId: string, accountIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('partnership_members').where('partnership_id', '=', partnershipId).execute();
  for (const accountId of new Set(accountIds)) await addMember(trx, partnershipId, accountId);
}

export async function isMember(db: Db | Trx, partnershipId: string, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('partnership_members')
    .select('account_id')
    .where('partnership_id', '=', partnershipId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}
