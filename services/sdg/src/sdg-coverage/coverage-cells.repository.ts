import { sql } from 'kysely';
import { countries } from '@msp-atlas/reference-data';
import type { Db, Trx } from '../database.js';
import type { CoverageShare } from './coverage-areas.js';
import { countryRegionPairs } from './coverage-areas.js';
import type { CoverageFigure } from './coverage.repository.js';

type Delta = Map<string, number>;

function add(delta: Delta, id: string, by: number) {
  delta.set(id, (delta.get(id) ?? 0) + by);
}

const SEP = '\u0001';

/**
 * Moves the cells from what a partnership counted for before (`before`, null if it did
 * not count) to what it counts for now (`after`), in the consumer's transaction: the
 * partnership counts, the money and the organisation references change by the difference,
 * and a cell's distinct organisation count moves when a reference count crosses zero.
 */
export async function applyCoverageChange(trx: Trx, before: CoverageShare | null, after: CoverageShare | null): Promise<void> {
  const cells: Delta = new Map();
  const money: Delta = new Map();
  const organizations: Delta = new Map();
  for (const [share, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (!share) continue;
    for (const area of share.areas) {
      for (const key of share.keys) {
        const cell = `${area}${SEP}${key}`;
        add(cells, cell, sign);
        for (const [currency, amount] of Object.entries(share.amounts)) add(money, `${cell}${SEP}${currency}`, sign * amount);
        for (const organization of share.organizationIds) add(organizations, `${cell}${SEP}${organization}`, sign);
      }
    }
  }
  const touched = [...cells.keys()].map((id) => id.split(SEP) as [string, string]);
  if (touched.length === 0) return;
  const changed = (delta: Delta) => [...delta].filter(([, by]) => by !== 0).map(([id, by]) => [...id.split(SEP), by] as const);

  const cellRows = changed(cells);
  if (cellRows.length > 0) {
    await sql`
      insert into sdg.coverage_cell (area, key, partnerships, organizations)
      select area, key, partnerships, 0 from unnest(${cellRows.map((r) => r[0])}::text[], ${cellRows.map((r) => r[1])}::text[], ${cellRows.map((r) => r[2])}::int[]) as t(area, key, partnerships)
      on conflict (area, key) do update set partnerships = coverage_cell.partnerships + excluded.partnerships`.execute(trx);
  }
  const moneyRows = changed(money);
  if (moneyRows.length > 0) {
    await sql`
      insert into sdg.coverage_money (area, key, currency, amount)
      select * from unnest(${moneyRows.map((r) => r[0])}::text[], ${moneyRows.map((r) => r[1])}::text[], ${moneyRows.map((r) => r[2])}::text[], ${moneyRows.map((r) => String(r[3]))}::numeric[])
      on conflict (area, key, currency) do update set amount = coverage_money.amount + excluded.amount`.execute(trx);
  }
  // Each organisation's references move by the difference; a cell's distinct count moves
  // when a reference count crosses zero, read from the upsert itself (no recount).
  const organizationRows = changed(organizations);
  const crossings: Delta = new Map();
  if (organizationRows.length > 0) {
    const { rows } = await sql<{ area: string; key: string; organization_id: string; refs: number; delta: number }>`
      insert into sdg.coverage_organization as o (area, key, organization_id, refs)
      select * from unnest(${organizationRows.map((r) => r[0])}::text[], ${organizationRows.map((r) => r[1])}::text[], ${organizationRows.map((r) => r[2])}::uuid[], ${organizationRows.map((r) => r[3])}::int[])
      on conflict (area, key, organization_id) do update set refs = o.refs + excluded.refs
      returning o.area, o.key, o.organization_id, o.refs`.execute(trx);
    const deltaOf = new Map(organizationRows.map((r) => [`${r[0]}${SEP}${r[1]}${SEP}${r[2]}`, Number(r[3])]));
    const emptied: { area: string; key: string; organization_id: string }[] = [];
    for (const row of rows) {
      const before = row.refs - (deltaOf.get(`${row.area}${SEP}${row.key}${SEP}${row.organization_id}`) ?? 0);
      if (before <= 0 && row.refs > 0) add(crossings, `${row.area}${SEP}${row.key}`, 1);
      if (before > 0 && row.refs <= 0) add(crossings, `${row.area}${SEP}${row.key}`, -1);
      if (row.refs <= 0) emptied.push(row);
    }
    if (emptied.length > 0) {
      await sql`delete from sdg.coverage_organization o
        using unnest(${emptied.map((e) => e.area)}::text[], ${emptied.map((e) => e.key)}::text[], ${emptied.map((e) => e.organization_id)}::uuid[]) as t(area, key, organization_id)
        where o.area = t.area and o.key = t.key and o.organization_id = t.organization_id`.execute(trx);
    }
  }
  const crossed = changed(crossings);
  if (crossed.length > 0) {
    await sql`update sdg.coverage_cell c set organizations = c.organizations + t.by
      from unnest(${crossed.map((r) => r[0])}::text[], ${crossed.map((r) => r[1])}::text[], ${crossed.map((r) => r[2])}::int[]) as t(area, key, by)
      where c.area = t.area and c.key = t.key`.execute(trx);
  }
  const areas = touched.map((t) => t[0]);
  const keys = touched.map((t) => t[1]);
  await sql`delete from sdg.coverage_money m using unnest(${areas}::text[], ${keys}::text[]) as t(area, key)
    where m.area = t.area and m.key = t.key and m.amount = 0`.execute(trx);
  await sql`delete from sdg.coverage_cell c using unnest(${areas}::text[], ${keys}::text[]) as t(area, key)
    where c.area = t.area and c.key = t.key and c.partnerships <= 0`.execute(trx);
}

/** The figures of one area, in the shape the scanning query gives them. */
export async function coverageFiguresOfArea(db: Db, area: string): Promise<CoverageFigure[]> {
  const { rows } = await sql<CoverageFigure>`
    select 'partnerships' as kind, key, null as currency, partnerships::text as value from sdg.coverage_cell where area = ${area}
    union all
    select 'organizations', key, null, organizations::text from sdg.coverage_cell where area = ${area}
    union all
    select 'money', key, currency, amount::text from sdg.coverage_money where area = ${area}`.execute(db);
  return rows.map((row) => {
    const key = (row as unknown as { key: string }).key;
    return { ...row, level: key === 'ALL' ? 'all' : key.startsWith('G:') ? 'goal' : 'target', key: key === 'ALL' ? '' : key.slice(2) };
  });
}

/**
 * Builds every cell again from partnership_target in a few statements: for loading many
 * partnerships at once (the scale benchmark), and to check the consumer's running sums.
 */
export async function rebuildCoverageCells(db: Db | Trx): Promise<void> {
  const pairs = countryRegionPairs(countries.map((country) => country.alpha3));
  await sql`truncate sdg.coverage_cell, sdg.coverage_money, sdg.coverage_organization`.execute(db);
  const shares = sql`
    with country_region as (select * from unnest(${pairs.map((p) => p.country)}::text[], ${pairs.map((p) => p.region)}::text[]) as m(country, region)),
    p as (select distinct on (partnership_id) partnership_id, countries, regions, organization_ids, amounts from sdg.partnership_target where declared order by partnership_id),
    areas as (
      select partnership_id, 'ALL' as area from p
      union select partnership_id, 'C:' || c from p cross join lateral unnest(countries) c
      union select partnership_id, 'R:' || r from p cross join lateral unnest(regions) r
      union select p.partnership_id, 'R:' || m.region from p cross join lateral unnest(p.countries) c join country_region m on m.country = c),
    keys as (
      select partnership_id, 'ALL' as key from p
      union select partnership_id, 'G:' || goal from sdg.partnership_target where declared
      union select partnership_id, 'T:' || target_code from sdg.partnership_target where declared),
    shares as (select a.area, k.key, p.organization_ids, p.amounts from areas a join keys k using (partnership_id) join p using (partnership_id))`;
  await sql`${shares} insert into sdg.coverage_cell (area, key, partnerships, organizations) select area, key, count(*), 0 from shares group by area, key`.execute(
    db,
  );
  await sql`${shares} insert into sdg.coverage_money (area, key, currency, amount)
    select area, key, m.currency, sum(m.amount::numeric) from shares cross join lateral jsonb_each_text(amounts) as m(currency, amount) group by 1, 2, 3`.execute(
    db,
  );
  await sql`${shares} insert into sdg.coverage_organization (area, key, organization_id, refs)
    select area, key, o, count(*) from shares cross join lateral unnest(organization_ids) o group by 1, 2, 3`.execute(db);
  await sql`update sdg.coverage_cell c set organizations = n from (
    select area, key, count(*)::int as n from sdg.coverage_organization group by area, key) o where o.area = c.area and o.key = c.key`.execute(db);
}

export async function clearCoverageCells(trx: Trx): Promise<void> {
  await sql`delete from sdg.coverage_organization`.execute(trx);
  await sql`delete from sdg.coverage_money`.execute(trx);
  await sql`delete from sdg.coverage_cell`.execute(trx);
}
