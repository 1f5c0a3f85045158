import { sql, type RawBuilder } from 'kysely';
import { SEARCH_CONFIGS } from '../lesson/lesson-languages.js';
import { buildTsquery } from './build-tsquery.js';
import type { ParsedQuery } from './parse-search-query.js';

const TAG_QUERY_CONFIGS = ['english', 'french', 'spanish', 'german'];

/**
 * The SQL pieces of one search, over the `lessons` table aliased `l`: whether a lesson
 * matches in its own language (its search document against the query parsed in its own
 * configuration), whether its tags match (its tag document against the query parsed in
 * each of the four languages), and the score that ranks the first kind above the second.
 */
export interface SearchCondition {
  /** True for rows to keep. */
  matches: RawBuilder<boolean>;
  score: RawBuilder<number>;
  /** The query in the row's own configuration, for ts_headline. */
  ownQuery: RawBuilder<string>;
  textMatch: RawBuilder<boolean>;
}

export function searchCondition(parsed: ParsedQuery | null): SearchCondition {
  if (parsed === null) {
    return { matches: sql<boolean>`true`, score: sql<number>`0::float8`, ownQuery: sql<string>`''::tsquery`, textMatch: sql<boolean>`false` };
  }
  const queries = new Map(SEARCH_CONFIGS.map((config) => [config, buildTsquery(config, parsed)]));
  // One arm per configuration, so each can use the GIN index on its own constant tsquery.
  const textMatch = sql<boolean>`(${sql.join(
    SEARCH_CONFIGS.map((config) => sql`(l.search_config = ${config}::regconfig and l.search_document @@ ${queries.get(config)!})`),
    sql` or `,
  )})`;
  const ownQuery = sql<string>`(case l.search_config::text ${sql.join(
    SEARCH_CONFIGS.map((config) => sql`when ${config} then ${queries.get(config)!}`),
    sql` `,
  )} else ''::tsquery end)`;
  const anyLanguage = sql`(${sql.join(TAG_QUERY_CONFIGS.map((config) => buildTsquery(config, parsed)), sql` || `)})`;
  const tagMatch = sql<boolean>`(l.tag_document @@ ${anyLanguage})`;
  // Same-language hits score 1 + rank; tag-only hits half their rank, always below 1
  // (normalisation 32 keeps ts_rank in [0, 1)).
  const score = sql<number>`(case when ${textMatch} then 1 + ts_rank(l.search_document, ${ownQuery}, 32)
    else 0.5 * ts_rank(l.tag_document, ${anyLanguage}, 32) end)::float8`;
  return { matches: sql<boolean>`(${textMatch} or ${tagMatch})`, score, ownQuery, textMatch };
}
