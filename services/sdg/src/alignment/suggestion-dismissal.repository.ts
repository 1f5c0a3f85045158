import type { Db } from '../database.js';

export async function dismissedTargets(db: Db, accountId: string, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('suggestion_dismissal')
    .select(['partnership_id', 'target_code'])
    .where('account_id', '=', accountId)
    .where('partnership_id', 'in', partnershipIds)
    .execute();
}

export async function insertDismissal(db: Db, values: { partnershipId: string; accountId: string; targetCode: string }): Promise<void> {
  await db
    .insertInto('suggestion_dismissal')
    .values({ partnership_id: values.partnershipId, account_id: values.accountId, target_code: values.targetCode })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function deleteDismissal(db: Db, values: { partnershipId: string; accountId: string; targetCode: string }): Promise<void> {
  await db
    .deleteFrom('suggestion_dismissal')
    .where('partnership_id', '=', values.partnershipId)
    .where('account_id', '=', values.accountId)
    .where('target_code', '=', values.targetCode)
    .execute();
}
