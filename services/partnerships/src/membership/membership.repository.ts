import type { Db, Trx } from '../database.js';
import type { PartnershipMemberRow } from './membership.table.js';

export async function isMember(db: Db | Trx, partnershipId: string, accountId: string | null): Promise<boolean> {
  if (accountId === null) return false;
  const row = await db
    .selectFrom('partnership_members')
    .select('account_id')
    .where('partnership_id', '=', partnershipId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Members of the partnerships, in the order they joined. */
export async function membersOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<PartnershipMemberRow[]> {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('partnership_members').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('joined_at').orderBy('account_id').execute();
}

/** Which of the partnerships the account belongs to. */
export async function partnershipsWithMember(db: Db, accountId: string, partnershipIds: readonly string[]): Promise<string[]> {
  if (partnershipIds.length === 0) return [];
  const rows = await db
    .selectFrom('partnership_members')
    .select('partnership_id')
    .where('account_id', '=', accountId)
    .where('partnership_id', 'in', partnershipIds)
    .execute();
  return rows.map((row) => row.partnership_id);
}

/** The partnerships an account belongs to, the latest joined first. */
export async function membershipsOfAccount(db: Db, accountId: string): Promise<PartnershipMemberRow[]> {
  return db.selectFrom('partnership_members').selectAll().where('account_id', '=', accountId).orderBy('joined_at', 'desc').execute();
}

export async function memberCountsOf(db: Db, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('partnership_members')
    .select(['partnership_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('partnership_id', 'in', partnershipIds)
    .groupBy('partnership_id')
    .execute();
}

export async function insertMember(
  trx: Trx,
  values: { partnership_id: string; account_id: string; email: string | null; invited_by: string | null },
): Promise<PartnershipMemberRow> {
  return trx.insertInto('partnership_members').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function deleteMember(trx: Trx, partnershipId: string, accountId: string): Promise<void> {
  await trx.deleteFrom('partnership_members').where('partnership_id', '=', partnershipId).where('account_id', '=', accountId).execute();
}
