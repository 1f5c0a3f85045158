import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { TermStats } from '../similarity/term-stats.js';

/** The stats row holding how many partnerships the index has. */
export const PARTNERSHIP_COUNT_TERM = '#partnerships';

/**
 * Replaces a partnership's postings with `terms` and moves the document frequencies
 * by the difference, so the stats always equal a count over the postings.
 */
export async function replacePostings(trx: Trx, partnershipId: string, terms: readonly string[]): Promise<void> {
  const old = new Set((await trx.selectFrom('overlap_terms').select('term').where('partnership_id', '=', partnershipId).execute()).map((row) => row.term));
  const next = new Set(terms);
  const removed = [...old].filter((term) => !next.has(term));
  const added = [...next].filter((term) => !old.has(term));
  if (removed.length > 0) {
    await trx.deleteFrom('overlap_terms').where('partnership_id', '=', partnershipId).where('term', 'in', removed).execute();
  }
  if (added.length > 0) {
    await sql`insert into context.overlap_terms (term, partnership_id) select unnest(${added}::text[]), ${partnershipId}::uuid`.execute(trx);
  }
  const deltas = new Map<string, number>([...removed.map((term) => [term, -1] as const), ...added.map((term) => [term, 1] as const)]);
  if (old.size === 0 && next.size > 0) deltas.set(PARTNERSHIP_COUNT_TERM, 1);
  if (deltas.size === 0) return;
  // Sorted, so two writers would take the rows' locks in one order.
  const entries = [...deltas].sort(([a], [b]) => (a < b ? -1 : 1));
  await sql`
    insert into context.overlap_term_stats (term, df)
    select * from unnest(${entries.map(([term]) => term)}::text[], ${entries.map(([, delta]) => delta)}::int[])
    on conflict (term) do update set df = context.overlap_term_stats.df + excluded.df`.execute(trx);
}

export async function termStatsFor(db: Db, terms: readonly string[]): Promise<TermStats> {
  const wanted = [...new Set([...terms, PARTNERSHIP_COUNT_TERM])];
  const { rows } = await sql<{ term: string; df: number }>`
    select term, df from context.overlap_term_stats where term = any(${wanted}::text[])`.execute(db);
  const df = new Map(rows.map((row) => [row.term, row.df]));
  return { partnerships: df.get(PARTNERSHIP_COUNT_TERM) ?? 0, df: (term) => df.get(term) ?? 0 };
}

/**
 * The partnerships sharing the most weight of `weightedTerms`, summed over the postings
 * of those terms only: the cost follows the postings read, not the size of the index.
 */
export async function candidatesSharing(
  db: Db,
  weightedTerms: readonly { term: string; weight: number }[],
  options: { exclude: string | null; limit: number },
): Promise<string[]> {
  if (weightedTerms.length === 0) return [];
  const { rows } = await sql<{ partnership_id: string }>`
    select t.partnership_id
    from unnest(${weightedTerms.map((entry) => entry.term)}::text[], ${weightedTerms.map((entry) => entry.weight)}::float8[]) as q(term, weight)
    join context.overlap_terms t on t.term = q.term
    where t.partnership_id <> ${options.exclude ?? '00000000-0000-0000-0000-000000000000'}::uuid
    group by t.partnership_id
    order by sum(q.weight) desc, t.partnership_id
    limit ${options.limit}`.execute(db);
  return rows.map((row) => row.partnership_id);
}
