import { sql, type RawBuilder } from 'kysely';
import { SEARCH_CONFIGS } from '../lesson/lesson-languages.js';
import { buildTsquery } from './build-tsquery.js';
import type { ParsedQuery } from './parse-search-query.js';

const TAG_QUERY_CONFIGS = ['english', 'french', 'spanish', 'german'];

/**
 * The SQL of one search over the `lessons` table aliased `l`: a lateral `x` with
 * `x.text_match` (the lesson's search document matches the query parsed in the lesson's
 * own configuration) and `x.score` (null when neither its text nor its tags match).
 * The tags the query names in any of the four languages are looked up once, in
 * `tag_labels`; a lesson carrying one matches through its tags. Same-language hits
 * score 1 + rank (normalisation 32 keeps ts_rank in [0, 1)), tag-only hits ¼ (then
 * newest first); without a query every lesson scores 0. No per-row subquery: its
 * estimated cost alone would make PostgreSQL JIT-compile the statement, which costs
 * more than the search. `offset 0` keeps PostgreSQL from inlining the lateral, so each row's
 * search document is matched once, not once per use.
 */
export function scoredLessons(parsed: ParsedQuery | null): RawBuilder<unknown> {
  if (parsed === null) return sql`lessons l cross join lateral (select false as text_match, 0::float8 as score) x`;
  const queries = new Map(SEARCH_CONFIGS.map((config) => [config, buildTsquery(config, parsed)]));
  const textMatch = sql<boolean>`(${sql.join(
    // biome-ignore lint/style/noNonNullAssertion: queries was built from the same SEARCH_CONFIGS
    SEARCH_CONFIGS.map((config) => sql`(l.search_config = ${config}::regconfig and l.search_document @@ ${queries.get(config)!})`),
    sql` or `,
  )})`;
  const anyLanguage = sql`(${sql.join(
    TAG_QUERY_CONFIGS.map((config) => buildTsquery(config, parsed)),
    sql` || `,
  )})`;
  return sql`lessons l
    cross join (select coalesce(array_agg(tag), '{}'::text[]) as tags from tag_labels where document @@ ${anyLanguage}) qt
    cross join lateral (
      select t.text_match,
        (case when t.text_match then 1 + ts_rank(l.search_document, ${ownQuery(parsed)}, 32)
              when l.tags && qt.tags then 0.25
         end)::float8 as score
      from (select ${textMatch} as text_match offset 0) t
      offset 0
    ) x`;
}

/** The query in the lesson's own configuration (for ranking and ts_headline), over `l`. */
export function ownQuery(parsed: ParsedQuery | null): RawBuilder<string> {
  if (parsed === null) return sql<string>`''::tsquery`;
  return sql<string>`(case l.search_config::text ${sql.join(
    SEARCH_CONFIGS.map((config) => sql`when ${config} then ${buildTsquery(config, parsed)}`),
    sql` `,
  )} else ''::tsquery end)`;
}

/**
 * A looser condition than the score's, which the GIN indexes can answer: the search
 * document matches the query in any configuration, or the lesson carries a tag the query
 * names. The planner may start from it (with the filter's tags) when it is selective;
 * the lateral score decides.
 */
export function indexableMatch(parsed: ParsedQuery | null): RawBuilder<boolean> {
  if (parsed === null) return sql<boolean>`true`;
  const anyConfig = sql`(${sql.join(
    SEARCH_CONFIGS.map((config) => buildTsquery(config, parsed)),
    sql` || `,
  )})`;
  const anyLanguage = sql`(${sql.join(
    TAG_QUERY_CONFIGS.map((config) => buildTsquery(config, parsed)),
    sql` || `,
  )})`;
  return sql<boolean>`(l.search_document @@ ${anyConfig} or l.tags && (select coalesce(array_agg(tag), '{}'::text[]) from tag_labels where document @@ ${anyLanguage}))`;
}
