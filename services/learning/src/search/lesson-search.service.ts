import { badUserInput, encodeCursor, isUuid, pageArguments } from '@msp-atlas/federation';
import type { Db } from '../database.js';
import { TagPrefix } from '../lesson/lesson-tags.js';
import { toLesson } from '../lesson/lesson.mapper.js';
import { countFacets, countSearchResults, searchLessons, type SearchKey } from './lesson-search.repository.js';
import type { LessonFacets } from './lesson-facets.type.js';
import { LessonSearchConnection } from './lesson-search.connection.js';
import type { LessonFilter } from './lesson-filter.input.js';
import { parseSearchQuery, type ParsedQuery } from './parse-search-query.js';
import { searchFilter } from './search-filter.js';
import { snippetHtml } from './snippet.js';

const MAX_QUERY_LENGTH = 500;

/** The query read: null when there is none (browse everything), an empty list when nothing in it can match. */
function readQuery(query: string | null | undefined): ParsedQuery | null {
  if (query === null || query === undefined || query.trim() === '') return null;
  if (query.length > MAX_QUERY_LENGTH) throw badUserInput(`At most ${MAX_QUERY_LENGTH} characters`, 'query');
  return parseSearchQuery(query);
}

function searchKey(key: readonly unknown[]): SearchKey {
  const [score, createdAt, id] = key;
  if (
    key.length !== 3 ||
    typeof score !== 'string' ||
    !Number.isFinite(Number(score)) ||
    typeof createdAt !== 'string' ||
    Number.isNaN(Date.parse(createdAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  ) {
    throw badUserInput('Not a cursor of this search', 'after');
  }
  return [score, createdAt, id];
}

function emptyConnection(): LessonSearchConnection {
  return Object.assign(new LessonSearchConnection(), {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    countTotal: async () => 0,
  });
}

export async function lessonSearch(
  db: Db,
  args: { query?: string | null; filter?: LessonFilter | null; first?: number | null; after?: string | null },
): Promise<LessonSearchConnection> {
  const page = pageArguments(args.first, args.after);
  const after = page.after ? searchKey(page.after) : null;
  const parsed = readQuery(args.query);
  const filter = searchFilter(args.filter);
  if (parsed !== null && parsed.length === 0) return emptyConnection();
  const rows = await searchLessons(db, parsed, filter, page.first + 1, after);
  const visible = rows.slice(0, page.first);
  const edges = visible.map((row) => ({
    cursor: encodeCursor([row.score_key, row.created_key, row.id]),
    node: toLesson(row),
    titleHtml: snippetHtml(row.title_headline),
    snippetHtml: snippetHtml(row.body_headline),
    score: Number(row.score_key),
    matchedText: row.text_match,
  }));
  return Object.assign(new LessonSearchConnection(), {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // Counted with the page; a page past the end has no row to carry it.
    countTotal: async () => (rows[0] ? Number(rows[0].total) : countSearchResults(db, parsed, filter)),
  });
}

const FACETS = {
  phases: TagPrefix.phase,
  successFactors: TagPrefix.successFactor,
  sdgGoals: TagPrefix.sdgGoal,
  sdgTargets: TagPrefix.sdgTarget,
  kinds: TagPrefix.kind,
  countries: TagPrefix.country,
  sectors: TagPrefix.sector,
  languages: TagPrefix.language,
} as const;

export async function lessonFacets(db: Db, args: { query?: string | null; filter?: LessonFilter | null }): Promise<LessonFacets> {
  const parsed = readQuery(args.query);
  const filter = searchFilter(args.filter);
  const { total, tags } = parsed !== null && parsed.length === 0 ? { total: 0, tags: new Map<string, number>() } : await countFacets(db, parsed, filter);
  const countsOf = (prefix: string) =>
    [...tags]
      .filter(([tag]) => tag.startsWith(prefix))
      .map(([tag, count]) => ({ code: tag.slice(prefix.length), count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return {
    totalCount: total,
    phases: countsOf(FACETS.phases),
    successFactors: countsOf(FACETS.successFactors),
    sdgGoals: countsOf(FACETS.sdgGoals),
    sdgTargets: countsOf(FACETS.sdgTargets),
    kinds: countsOf(FACETS.kinds),
    countries: countsOf(FACETS.countries),
    sectors: countsOf(FACETS.sectors),
    languages: countsOf(FACETS.languages),
  };
}
