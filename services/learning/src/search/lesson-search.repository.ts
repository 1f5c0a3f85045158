import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../database.js';
import { PUBLISHED } from '../lesson/lesson-status.js';
import { LESSON_COLUMNS, type LessonRow } from '../lesson/lesson.table.js';
import type { ParsedQuery } from './parse-search-query.js';
import { indexableMatch, ownQuery, scoredLessons } from './search-condition.js';
import type { SearchFilter } from './search-filter.js';

/** A search's sort key: score, then newest, then id, all descending. The score and time travel as PostgreSQL text. */
export type SearchKey = [score: string, createdAt: string, id: string];

export interface SearchHit extends LessonRow {
  score_key: string;
  created_key: string;
  title_headline: string;
  body_headline: string;
  text_match: boolean;
  /** How many lessons match in all: counted in the same pass as the page. */
  total: number;
}

// Private-use characters around each hit: the snippet is escaped afterwards, and only
// these become <mark>, so nothing in a body can reach the page as markup.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
// ts_headline's cost grows with the text: passages come from the first 20,000 characters of a body (up to 200 KB).
const HEADLINE_SOURCE_LENGTH = 20_000;
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/** The published lessons the query and filter match, as `l` with the lateral score `x`. */
function matching(parsed: ParsedQuery | null, filter: SearchFilter): RawBuilder<unknown> {
  const parts = [sql`l.status = ${PUBLISHED}`, indexableMatch(parsed), sql`x.score is not null`];
  if (filter.tags.length > 0) parts.push(sql`l.tags @> ${sql.val(filter.tags)}::text[]`);
  if (filter.partnershipId) parts.push(sql`l.partnership_id = ${filter.partnershipId}::uuid`);
  return sql`from ${scoredLessons(parsed)} where ${sql.join(parts, sql` and `)}`;
}

const columns = sql.join(LESSON_COLUMNS.map((column) => sql.ref(`l.${column}`)));

/**
 * One page of published lessons matching a query and filter, best first: lessons
 * matching in their own language above those found only through their tags. Without a
 * query, newest first. The total comes along (a window over the matches); snippets and
 * the lessons' columns are read for the page's rows only.
 */
export async function searchLessons(db: Db, parsed: ParsedQuery | null, filter: SearchFilter, limit: number, after: SearchKey | null): Promise<SearchHit[]> {
  const afterCondition = after ? sql`where (m.score, m.created_at, m.id) < (${after[0]}::float8, ${after[1]}::timestamptz, ${after[2]}::uuid)` : sql``;
  const headlines = parsed
    ? sql`ts_headline(l.search_config, l.title, ${ownQuery(parsed)}, ${TITLE_OPTIONS}) as title_headline,
          ts_headline(l.search_config, left(l.body, ${HEADLINE_SOURCE_LENGTH}), ${ownQuery(parsed)}, ${HEADLINE_OPTIONS}) as body_headline`
    : sql`l.title as title_headline, left(l.body, 400) as body_headline`;
  const { rows } = await sql<SearchHit>`
    with matched as (
      select l.id, l.created_at, x.score, x.text_match, count(*) over () as total
      ${matching(parsed, filter)}
    ), page as (
      select * from matched m ${afterCondition}
      order by m.score desc, m.created_at desc, m.id desc
      limit ${limit}
    )
    select ${columns}, page.score::text as score_key, page.created_at::text as created_key, page.text_match, page.total::int as total, ${headlines}
    from page join lessons l on l.id = page.id
    order by page.score desc, page.created_at desc, page.id desc`.execute(db);
  return rows;
}

export async function countSearchResults(db: Db, parsed: ParsedQuery | null, filter: SearchFilter): Promise<number> {
  const { rows } = await sql<{ count: string }>`select count(*) as count ${matching(parsed, filter)}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/** How many of the matching lessons carry each tag, in one pass over the result set. */
export async function countFacets(db: Db, parsed: ParsedQuery | null, filter: SearchFilter): Promise<{ total: number; tags: Map<string, number> }> {
  const { rows } = await sql<{ tag: string | null; count: string }>`
    with matched as materialized (select l.tags ${matching(parsed, filter)})
    select null as tag, count(*) as count from matched
    union all
    select tag, count(*) as count from matched, unnest(matched.tags) as tag group by tag`.execute(db);
  const tags = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (row.tag === null) total = Number(row.count);
    else tags.set(row.tag, Number(row.count));
  }
  return { total, tags };
}
