import type { Db, Trx } from '../database.js';
import type { ContributionValues } from './stakeholder.validation.js';
import type { ContributionRow, StakeholderRow } from './stakeholder.table.js';

/** Inserts in one statement; rows come back in the order given. */
export async function insertStakeholders(
  trx: Trx,
  values: readonly { id: string; partnership_id: string; organization_id: string; roles: string[]; commitment: string }[],
): Promise<StakeholderRow[]> {
  if (values.length === 0) return [];
  const rows = await trx
    .insertInto('stakeholders')
    .values([...values])
    .returningAll()
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  // biome-ignore lint/style/noNonNullAssertion: every value was inserted and returned, under its own id
  return values.map((value) => byId.get(value.id)!);
}

export async function insertContributions(trx: Trx, values: readonly (ContributionValues & { stakeholder_id: string })[]): Promise<void> {
  if (values.length === 0) return;
  await trx
    .insertInto('contributions')
    .values([...values])
    .execute();
}

export async function updateStakeholderRow(trx: Trx, id: string, changes: { roles?: string[]; commitment?: string }): Promise<StakeholderRow> {
  if (Object.keys(changes).length === 0) {
    return trx.selectFrom('stakeholders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }
  return trx.updateTable('stakeholders').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteStakeholder(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('stakeholders').where('id', '=', id).execute();
}

export async function findStakeholder(db: Db | Trx, id: string): Promise<StakeholderRow | undefined> {
  return db.selectFrom('stakeholders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function stakeholdersOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<StakeholderRow[]> {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('stakeholders').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('joined_at').orderBy('id').execute();
}

export async function contributionsOf(db: Db | Trx, stakeholderIds: readonly string[]): Promise<ContributionRow[]> {
  if (stakeholderIds.length === 0) return [];
  return db.selectFrom('contributions').selectAll().where('stakeholder_id', 'in', stakeholderIds).orderBy('position').execute();
}

export async function replaceContributions(trx: Trx, stakeholderId: string, contributions: readonly ContributionValues[]) {
  await trx.deleteFrom('contributions').where('stakeholder_id', '=', stakeholderId).execute();
  await insertContributions(
    trx,
    contributions.map((contribution) => ({ ...contribution, stakeholder_id: stakeholderId })),
  );
}

/** Financial contributions with their funder, for the concentration figures. */
export async function financialContributionsOf(db: Db, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('contributions')
    .innerJoin('stakeholders', 'stakeholders.id', 'contributions.stakeholder_id')
    .select(['stakeholders.partnership_id', 'stakeholders.organization_id', 'contributions.amount', 'contributions.currency'])
    .where('stakeholders.partnership_id', 'in', partnershipIds)
    .where('contributions.kind', '=', 'FINANCIAL')
    .where('contributions.amount', 'is not', null)
    .execute();
}
