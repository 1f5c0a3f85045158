import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { PartnershipIndexRow } from '../overlap-index/partnership-index.table.js';
import type { SuggestedTarget } from '../overlap-index/sdg-suggestions.table.js';

export type LandscapeRow = PartnershipIndexRow & { suggested_targets: SuggestedTarget[] };

/**
 * Index rows working in `countries` or `regions` (GIN indexes on both), optionally on
 * one of `targets` or `goals` (declared or suggested), by name; at most `limit`.
 */
export async function findLandscapeRows(
  db: Db,
  filter: { countries: string[]; regions: string[]; targets: string[]; goals: string[] },
  limit: number,
): Promise<{ rows: LandscapeRow[]; count: number }> {
  const allTargets = sql`(p.sdg_targets || coalesce(array(select jsonb_array_elements(s.suggested_targets)->>'target'), '{}'))`;
  const onPlace = sql<boolean>`(p.countries && ${filter.countries}::text[] or p.regions && ${filter.regions}::text[])`;
  const onTopic =
    filter.targets.length === 0 && filter.goals.length === 0
      ? sql<boolean>`true`
      : sql<boolean>`(${allTargets} && ${filter.targets}::text[]
          or array(select split_part(target, '.', 1) from unnest(${allTargets}) as target) && ${filter.goals}::text[])`;
  const query = db
    .selectFrom('partnership_index as p')
    .leftJoin('partnership_sdg_suggestions as s', 's.partnership_id', 'p.partnership_id')
    .where(onPlace)
    .where(onTopic);
  const [{ count }, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
    query
      .selectAll('p')
      .select(sql<SuggestedTarget[]>`coalesce(s.suggested_targets, '[]'::jsonb)`.as('suggested_targets'))
      .orderBy('p.name')
      .orderBy('p.partnership_id')
      .limit(limit)
      .execute(),
  ]);
  return { rows, count: Number(count) };
}

export interface TargetActivityRow {
  country: string;
  partnership_count: string;
  partnership_ids: string[];
}

/** Active initiatives on a target (declared or suggested: the `t:` postings), per country, most first. */
export async function findTargetActivity(db: Db, target: string, countries: string[], first: number): Promise<TargetActivityRow[]> {
  const { rows } = await sql<TargetActivityRow>`
    select country, count(*)::text as partnership_count,
           (array_agg(p.partnership_id::text order by p.name, p.partnership_id))[1:${first}] as partnership_ids
    from context.overlap_terms t
    join context.partnership_index p on p.partnership_id = t.partnership_id
    cross join lateral unnest(case when cardinality(p.countries) > 0 then p.countries else array['*'] end) as country
    where t.term = ${`t:${target}`} and p.status = 'ACTIVE'
      and (${countries.length === 0} or country = any(${countries}::text[]))
    group by country
    order by count(*) desc, country`.execute(db);
  return rows;
}
