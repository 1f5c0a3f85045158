import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { TermStats } from '../similarity/term-stats.js';

/**
 * Terms shared by more partnerships than this select no candidates ("water" in a
 * registry of water partnerships): a fixed bound, so one query reads at most
 * DF_CAP ids per term however large the index grows. Migration
 * 20261202T0100_term_postings_in_stats lists the ids under this same cap.
 */
export const DF_CAP = 400;

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
  // Sorted, so two writers would take the rows' locks in one order. A selective term's
  // id list moves with its df; it is dropped (null) once df passes DF_CAP.
  const entries = [...deltas].sort(([a], [b]) => (a < b ? -1 : 1));
  const { rows } = await sql<{ term: string; df: number; listed: boolean }>`
    insert into context.overlap_term_stats as s (term, df, partnership_ids)
    select d.term, d.delta, case when d.term = ${PARTNERSHIP_COUNT_TERM} then null else array[${partnershipId}::uuid] end
    from unnest(${entries.map(([term]) => term)}::text[], ${entries.map(([, delta]) => delta)}::int[]) as d(term, delta)
    on conflict (term) do update set
      df = s.df + excluded.df,
      partnership_ids = case
        when s.partnership_ids is null or s.df + excluded.df > ${DF_CAP} then null
        when excluded.df > 0 then array_append(s.partnership_ids, ${partnershipId}::uuid)
        else array_remove(s.partnership_ids, ${partnershipId}::uuid)
      end
    returning s.term, s.df, s.partnership_ids is not null as listed`.execute(trx);
  // A term back at or under the cap lists its partnerships again, from the postings.
  const relisted = rows.filter((row) => !row.listed && row.df <= DF_CAP && row.term !== PARTNERSHIP_COUNT_TERM).map((row) => row.term);
  if (relisted.length > 0) {
    await sql`
      update context.overlap_term_stats s
      set partnership_ids = coalesce((select array_agg(t.partnership_id) from context.overlap_terms t where t.term = s.term), '{}')
      where s.term = any(${relisted}::text[])`.execute(trx);
  }
}

export async function termStatsFor(db: Db, terms: readonly string[]): Promise<TermStats> {
  const wanted = [...new Set([...terms, PARTNERSHIP_COUNT_TERM])];
  const { rows } = await sql<{ term: string; df: number }>`
    select term, df from context.overlap_term_stats where term = any(${wanted}::text[])`.execute(db);
  const df = new Map(rows.map((row) => [row.term, row.df]));
  return { partnerships: df.get(PARTNERSHIP_COUNT_TERM) ?? 0, df: (term) => df.get(term) ?? 0 };
}

/**
 * The partnerships sharing the most weight of `weightedTerms` (each held by at most DF_CAP
 * partnerships), summed over those terms' id lists: one look-up of as many stats rows as
 * there are terms, however large the index grows.
 */
export async function candidatesSharing(
  db: Db,
  weightedTerms: readonly { term: string; weight: number }[],
  options: { exclude: string | null; limit: number },
): Promise<string[]> {
  if (weightedTerms.length === 0) return [];
  const { rows } = await sql<{ term: string; partnership_ids: string[] | null }>`
    select term, partnership_ids from context.overlap_term_stats where term = any(${weightedTerms.map((entry) => entry.term)}::text[])`.execute(db);
  const idsOf = new Map(rows.map((row) => [row.term, row.partnership_ids ?? []]));
  const shared = new Map<string, number>();
  for (const { term, weight } of weightedTerms) {
    for (const id of idsOf.get(term) ?? []) if (id !== options.exclude) shared.set(id, (shared.get(id) ?? 0) + weight);
  }
  return [...shared]
    .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : 1))
    .slice(0, options.limit)
    .map(([id]) => id);
}
