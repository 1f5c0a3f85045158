import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { AlignmentReading } from './alignment-reading.js';
import { areasOf, keysOf, type CoverageShare } from '../sdg-coverage/coverage-areas.js';
import { clearCoverageCells } from '../sdg-coverage/coverage-cells.repository.js';
import { totalAmounts } from './stakeholder-amounts.js';
import type { AmountsByCurrency } from './partnership-stakeholder.table.js';
import type { PartnershipAlignmentRow } from './partnership-alignment.table.js';
import type { PartnershipTargetTable } from './partnership-target.table.js';
import type { StoredSuggestion } from './stored-suggestion.js';

export interface AlignmentValues {
  partnershipId: string;
  partnershipVersion: number;
  name: string;
  countries: string[];
  regions: string[];
  phase: string;
  status: string;
  declaredTargets: string[];
  described: boolean;
  suggestions: StoredSuggestion[];
  targets: Omit<PartnershipTargetTable, 'partnership_id' | 'countries' | 'regions' | 'phase' | 'status' | 'organization_ids' | 'amounts'>[];
  stakeholders: { organizationId: string; amounts: AmountsByCurrency }[];
}

export async function storedPartnershipVersion(trx: Trx, partnershipId: string): Promise<number | null> {
  const row = await trx
    .selectFrom('partnership_alignment')
    .select('partnership_version')
    .where('partnership_id', '=', partnershipId)
    .forUpdate()
    .executeTakeFirst();
  return row?.partnership_version ?? null;
}

/** Replaces the partnership's rows in every table of the projection. */
export async function replaceAlignment(trx: Trx, values: AlignmentValues): Promise<void> {
  const row = {
    partnership_id: values.partnershipId,
    partnership_version: values.partnershipVersion,
    name: values.name,
    countries: values.countries,
    regions: values.regions,
    phase: values.phase,
    status: values.status,
    declared_targets: values.declaredTargets,
    described: values.described,
    suggestions: JSON.stringify(values.suggestions),
  };
  await trx
    .insertInto('partnership_alignment')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('partnership_id').doUpdateSet((eb) => ({
        partnership_version: eb.ref('excluded.partnership_version'),
        name: eb.ref('excluded.name'),
        countries: eb.ref('excluded.countries'),
        regions: eb.ref('excluded.regions'),
        phase: eb.ref('excluded.phase'),
        status: eb.ref('excluded.status'),
        declared_targets: eb.ref('excluded.declared_targets'),
        described: eb.ref('excluded.described'),
        suggestions: eb.ref('excluded.suggestions'),
        computed_at: sql<Date>`now()`,
      })),
    )
    .execute();
  await trx.deleteFrom('partnership_target').where('partnership_id', '=', values.partnershipId).execute();
  if (values.targets.length > 0) {
    const organizationIds = values.stakeholders.map((s) => s.organizationId);
    const amounts = JSON.stringify(totalAmounts(values.stakeholders.map((s) => s.amounts)));
    await trx
      .insertInto('partnership_target')
      .values(
        values.targets.map((target) => ({
          ...target,
          partnership_id: values.partnershipId,
          countries: values.countries,
          regions: values.regions,
          phase: values.phase,
          status: values.status,
          organization_ids: organizationIds,
          amounts,
        })),
      )
      .execute();
  }
  await trx.deleteFrom('partnership_stakeholder').where('partnership_id', '=', values.partnershipId).execute();
  if (values.stakeholders.length > 0) {
    await trx
      .insertInto('partnership_stakeholder')
      .values(values.stakeholders.map((s) => ({ partnership_id: values.partnershipId, organization_id: s.organizationId, amounts: JSON.stringify(s.amounts) })))
      .execute();
  }
}

export async function lastPublished(trx: Trx, partnershipId: string): Promise<{ version: number; reading: AlignmentReading } | null> {
  const row = await trx.selectFrom('published_alignment').select(['version', 'reading']).where('partnership_id', '=', partnershipId).executeTakeFirst();
  return row ?? null;
}

export async function recordPublished(trx: Trx, partnershipId: string, version: number, reading: AlignmentReading, partnershipVersion: number): Promise<void> {
  const values = { version, reading: JSON.stringify(reading), partnership_version: partnershipVersion };
  await trx
    .insertInto('published_alignment')
    .values({ partnership_id: partnershipId, ...values })
    .onConflict((conflict) => conflict.column('partnership_id').doUpdateSet(values))
    .execute();
}

export async function alignmentsByIds(db: Db, ids: readonly string[]): Promise<PartnershipAlignmentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('partnership_alignment').selectAll().where('partnership_id', 'in', ids).execute();
}

/** What the partnership counts for in coverage now, from its stored declared targets; null when nothing. */
export async function declaredShareOf(trx: Trx, partnershipId: string): Promise<CoverageShare | null> {
  const rows = await trx
    .selectFrom('partnership_target')
    .select(['target_code', 'countries', 'regions', 'organization_ids', 'amounts'])
    .where('partnership_id', '=', partnershipId)
    .where('declared', '=', true)
    .execute();
  const first = rows[0];
  if (!first) return null;
  return {
    areas: areasOf(first.countries, first.regions),
    keys: keysOf(rows.map((row) => row.target_code)),
    organizationIds: first.organization_ids,
    amounts: first.amounts,
  };
}

/** Empties the projection for a replay (the published versions stay, see the migration). */
export async function clearAlignmentProjection(trx: Trx): Promise<void> {
  await clearCoverageCells(trx);
  await trx.deleteFrom('partnership_stakeholder').execute();
  await trx.deleteFrom('partnership_target').execute();
  await trx.deleteFrom('partnership_alignment').execute();
}
