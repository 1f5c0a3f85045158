import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { PartnershipIndexInsert, PartnershipIndexRow } from './partnership-index.table.js';
import type { SuggestedTarget } from './sdg-suggestions.table.js';

export type PartnershipIndexValues = Omit<PartnershipIndexInsert, 'indexed_at'>;

const UPDATED_COLUMNS = [
  'version',
  'name',
  'summary',
  'description',
  'objectives',
  'scope',
  'countries',
  'regions',
  'sectors',
  'sdg_targets',
  'phase',
  'status',
  'start_date',
  'end_date',
  'is_demo',
  'organization_ids',
  'lead_organization_ids',
  'funding',
  'person_days',
  'text_terms',
] as const;

/**
 * Inserts or replaces a partnership's row, but only with a newer version than the
 * stored one: events may arrive again (at-least-once delivery, replays) and must not
 * roll the index back. True when the row changed.
 */
export async function upsertIfNewer(trx: Trx, values: PartnershipIndexValues): Promise<boolean> {
  const changed = await trx
    .insertInto('partnership_index')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .column('partnership_id')
        .doUpdateSet((eb) => ({
          ...Object.fromEntries(UPDATED_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)])),
          indexed_at: sql<Date>`now()`,
        }))
        .where('partnership_index.version', '<', (eb) => eb.ref('excluded.version')),
    )
    .returning('partnership_id')
    .executeTakeFirst();
  return changed !== undefined;
}

export async function countIndexedPartnerships(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('partnership_index')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Index rows with the SDG service's suggestions beside them. */
export async function findIndexedPartnerships(
  db: Db | Trx,
  ids: readonly string[],
): Promise<(PartnershipIndexRow & { suggested_targets: SuggestedTarget[] })[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('partnership_index as p')
    .leftJoin('partnership_sdg_suggestions as s', 's.partnership_id', 'p.partnership_id')
    .selectAll('p')
    .select(sql<SuggestedTarget[]>`coalesce(s.suggested_targets, '[]'::jsonb)`.as('suggested_targets'))
    .where('p.partnership_id', 'in', [...ids])
    .execute();
}

export async function upsertSuggestionsIfNewer(trx: Trx, partnershipId: string, alignmentVersion: number, suggested: SuggestedTarget[]): Promise<boolean> {
  const changed = await trx
    .insertInto('partnership_sdg_suggestions')
    .values({ partnership_id: partnershipId, alignment_version: alignmentVersion, suggested_targets: JSON.stringify(suggested) })
    .onConflict((conflict) =>
      conflict
        .column('partnership_id')
        .doUpdateSet((eb) => ({ alignment_version: eb.ref('excluded.alignment_version'), suggested_targets: eb.ref('excluded.suggested_targets') }))
        .where('partnership_sdg_suggestions.alignment_version', '<', (eb) => eb.ref('excluded.alignment_version')),
    )
    .returning('partnership_id')
    .executeTakeFirst();
  return changed !== undefined;
}

export async function findSuggestedTargets(db: Db | Trx, partnershipId: string): Promise<SuggestedTarget[]> {
  const row = await db.selectFrom('partnership_sdg_suggestions').select('suggested_targets').where('partnership_id', '=', partnershipId).executeTakeFirst();
  return row?.suggested_targets ?? [];
}

export async function upsertOrganizationName(trx: Trx, organizationId: string, normalizedName: string): Promise<void> {
  await trx
    .insertInto('organization_names')
    .values({ organization_id: organizationId, normalized_name: normalizedName })
    .onConflict((conflict) => conflict.column('organization_id').doUpdateSet({ normalized_name: normalizedName }))
    .execute();
}

export async function organizationIdsNamed(db: Db, normalizedNames: readonly string[]): Promise<Map<string, string>> {
  if (normalizedNames.length === 0) return new Map();
  const rows = await db
    .selectFrom('organization_names')
    .select(['organization_id', 'normalized_name'])
    .where('normalized_name', 'in', [...normalizedNames])
    .execute();
  return new Map(rows.map((row) => [row.normalized_name, row.organization_id]));
}

/**
 * Empties the index for a replay, in the transaction that also resets the cursor. The
 * summaries stay (with their versions): the rebuild marks every partnership again.
 */
export async function clearPartnershipIndex(trx: Trx): Promise<void> {
  await sql`truncate context.partnership_index, context.partnership_sdg_suggestions, context.organization_names, context.overlap_terms, context.overlap_term_stats,
    context.overlap_summary_queue`.execute(trx);
}
