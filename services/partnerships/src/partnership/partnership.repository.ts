import type { Insertable } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { IndicatorValues, MilestoneValues } from './partnership.validation.js';
import type { PartnershipRow, PartnershipTable, PhaseChangeRow } from './partnership.table.js';

export async function insertPartnership(trx: Trx, values: Insertable<PartnershipTable>): Promise<PartnershipRow> {
  return trx.insertInto('partnerships').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findPartnershipsByIds(db: Db | Trx, ids: readonly string[]): Promise<PartnershipRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('partnerships').selectAll().where('id', 'in', ids).execute();
}

export async function findPartnershipBySlug(db: Db, slug: string): Promise<PartnershipRow | undefined> {
  return db.selectFrom('partnerships').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function slugsStartingWith(db: Db | Trx, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('partnerships')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((row) => row.slug);
}

export async function insertPhaseChange(
  trx: Trx,
  values: { partnership_id: string; from_phase: string | null; to_phase: string; changed_on: string; note: string },
): Promise<PhaseChangeRow> {
  return trx.insertInto('phase_changes').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function phaseChangesOf(db: Db, partnershipIds: readonly string[]): Promise<PhaseChangeRow[]> {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('phase_changes').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('recorded_at').orderBy('id').execute();
}

export async function milestonesOf(db: Db | Trx, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('milestones').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('position').execute();
}

export async function indicatorsOf(db: Db | Trx, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db.selectFrom('indicators').selectAll().where('partnership_id', 'in', partnershipIds).orderBy('position').execute();
}

/** Inserts new items at their list positions, in one statement. */
export async function insertMilestones(trx: Trx, partnershipId: string, items: readonly { item: MilestoneValues; position: number }[]) {
  if (items.length === 0) return;
  await trx
    .insertInto('milestones')
    .values(items.map(({ item: { id: _id, ...values }, position }) => ({ ...values, position, partnership_id: partnershipId })))
    .execute();
}

/** Replaces the milestone list; listed ids keep their identity. */
export async function replaceMilestones(trx: Trx, partnershipId: string, milestones: readonly MilestoneValues[]) {
  const keep = milestones.flatMap((milestone) => (milestone.id ? [milestone.id] : []));
  let removal = trx.deleteFrom('milestones').where('partnership_id', '=', partnershipId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();
  const added: { item: MilestoneValues; position: number }[] = [];
  for (const [position, item] of milestones.entries()) {
    const { id, ...values } = item;
    if (id)
      await trx
        .updateTable('milestones')
        .set({ ...values, position })
        .where('id', '=', id)
        .execute();
    else added.push({ item, position });
  }
  await insertMilestones(trx, partnershipId, added);
}

/** Inserts new items at their list positions, in one statement. */
export async function insertIndicators(trx: Trx, partnershipId: string, items: readonly { item: IndicatorValues; position: number }[]) {
  if (items.length === 0) return;
  await trx
    .insertInto('indicators')
    .values(items.map(({ item: { id: _id, ...values }, position }) => ({ ...values, position, partnership_id: partnershipId })))
    .execute();
}

/** Replaces the indicator list; listed ids keep their identity and reported values. */
export async function replaceIndicators(trx: Trx, partnershipId: string, indicators: readonly IndicatorValues[]) {
  const keep = indicators.flatMap((indicator) => (indicator.id ? [indicator.id] : []));
  let removal = trx.deleteFrom('indicators').where('partnership_id', '=', partnershipId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();
  const added: { item: IndicatorValues; position: number }[] = [];
  for (const [position, item] of indicators.entries()) {
    const { id, ...values } = item;
    if (id)
      await trx
        .updateTable('indicators')
        .set({ ...values, position })
        .where('id', '=', id)
        .execute();
    else added.push({ item, position });
  }
  await insertIndicators(trx, partnershipId, added);
}

export async function idsOwnedBy(trx: Trx, table: 'milestones' | 'indicators', partnershipId: string): Promise<Set<string>> {
  const rows = await trx.selectFrom(table).select('id').where('partnership_id', '=', partnershipId).execute();
  return new Set(rows.map((row) => row.id));
}
