import type { Db, Trx } from '../database.js';
import type { ContributionValues } from './stakeholder.validation.js';
import type { ContributionRow, StakeholderRow } from './stakeholder.table.js';

export async function insertStakeholder(
  trx: Trx,
  values: { partnership_id: string; organization_id: string; roles: string[]; commitment: string },
): Promise<StakeholderRow> {
  return trx.insertInto('stakeholders').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateStakeholderRow(
  trx: Trx,
  id: string,
  changes: { roles?: string[]; commitment?: string },
): Promise<StakeholderRow> {
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
  return db
    .selectFrom('stakeholders')
    .selectAll()
    .where('partnership_id', 'in', partnershipIds)
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
}

export async function contributionsOf(db: Db | Trx, stakeholderIds: readonly string[]): Promise<ContributionRow[]> {
  if (stakeholderIds.length === 0) return [];
  return db
    .selectFrom('contributions')
    .selectAll()
    .where('stakeholder_id', 'in', stakeholderIds)
    .orderBy('position')
    .execute();
}

export async function replaceContributions(trx: Trx, stakeholderId: string, contributions: readonly ContributionValues[]) {
  await trx.deleteFrom('contributions').where('stakeholder_id', '=', stakeholderId).execute();
  if (contributions.length === 0) return;
  await trx
    .insertInto('contributions')
    .values(contributions.map((contribution) => ({ ...contribution, stakeholder_id: stakeholderId })))
    .execute();
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
