import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import { searchDocuments } from '../search/search-documents.js';
import { LessonStatus, PUBLISHED } from './lesson-status.js';
import { prefixedTags, type LessonTags } from './lesson-tags.js';
import { LESSON_COLUMNS, type LessonRow } from './lesson.table.js';
import { searchConfigOf } from './lesson-languages.js';

/** What a write sets of a lesson's content; the derived columns (tags, documents, config) come from it. */
export interface LessonContent extends LessonTags {
  title: string;
  body: string;
}

/** The content's columns with everything derived from them: one place computes tags and search documents. */
export function contentColumns(content: LessonContent) {
  return {
    title: content.title,
    body: content.body,
    kind: content.kind,
    language: content.language,
    search_config: searchConfigOf(content.language),
    phases: [...content.phases],
    success_factors: [...content.successFactors],
    sdg_goals: [...content.sdgGoals],
    sdg_targets: [...content.sdgTargets],
    countries: [...content.countries],
    sectors: [...content.sectors],
    tags: prefixedTags(content),
    ...searchDocuments(content),
  };
}

export function contentOf(row: LessonRow): LessonContent {
  return {
    title: row.title,
    body: row.body,
    kind: row.kind,
    language: row.language,
    phases: row.phases,
    successFactors: row.success_factors,
    sdgGoals: row.sdg_goals,
    sdgTargets: row.sdg_targets,
    countries: row.countries,
    sectors: row.sectors,
  };
}

export async function insertLesson(
  trx: Trx | Db,
  content: LessonContent,
  rest: Partial<Pick<LessonRow, 'partnership_id' | 'author_account_id' | 'author_name' | 'status' | 'is_demo' | 'demo_key' | 'published_at'>>,
): Promise<LessonRow> {
  return trx
    .insertInto('lessons')
    .values({ ...contentColumns(content), ...rest })
    .returning(LESSON_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function findLessonsByIds(db: Db, ids: readonly string[]): Promise<LessonRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('lessons').select(LESSON_COLUMNS).where('id', 'in', ids).execute();
}

/** Newest first by keyset, with the timestamp as PostgreSQL text (a Date drops microseconds). */
type ListedRow = LessonRow & { listing_key: string };

export async function listPublishedLessons(
  db: Db,
  where: { partnershipId?: string; sdgGoal?: string; sdgTarget?: string },
  limit: number,
  after: readonly [string, string] | null,
): Promise<ListedRow[]> {
  return db
    .selectFrom('lessons')
    .select(LESSON_COLUMNS)
    .select(sql<string>`created_at::text`.as('listing_key'))
    .where('status', '=', PUBLISHED)
    .$call((q) => (where.partnershipId === undefined ? q : q.where('partnership_id', '=', where.partnershipId)))
    .$if(where.sdgGoal !== undefined, (q) => q.where(sql<boolean>`tags @> array[${`goal:${where.sdgGoal}`}]::text[]`))
    .$if(where.sdgTarget !== undefined, (q) => q.where(sql<boolean>`tags @> array[${`target:${where.sdgTarget}`}]::text[]`))
    .$call((q) =>
      after === null
        ? q
        : q.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(sql<Date>`${after[0]}::timestamptz`, sql<string>`${after[1]}::uuid`))),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPublishedLessons(db: Db, where: { partnershipId?: string; sdgGoal?: string; sdgTarget?: string }): Promise<number> {
  const { count } = await db
    .selectFrom('lessons')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('status', '=', PUBLISHED)
    .$call((q) => (where.partnershipId === undefined ? q : q.where('partnership_id', '=', where.partnershipId)))
    .$if(where.sdgGoal !== undefined, (q) => q.where(sql<boolean>`tags @> array[${`goal:${where.sdgGoal}`}]::text[]`))
    .$if(where.sdgTarget !== undefined, (q) => q.where(sql<boolean>`tags @> array[${`target:${where.sdgTarget}`}]::text[]`))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** The viewer's own lessons, every status, last changed first. */
export async function listAuthoredLessons(
  db: Db,
  accountId: string,
  limit: number,
  after: readonly [string, string] | null,
): Promise<(LessonRow & { listing_key: string })[]> {
  return db
    .selectFrom('lessons')
    .select(LESSON_COLUMNS)
    .select(sql<string>`updated_at::text`.as('listing_key'))
    .where('author_account_id', '=', accountId)
    .$call((q) =>
      after === null
        ? q
        : q.where((eb) => eb(eb.refTuple('updated_at', 'id'), '<', eb.tuple(sql<Date>`${after[0]}::timestamptz`, sql<string>`${after[1]}::uuid`))),
    )
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countAuthoredLessons(db: Db, accountId: string): Promise<number> {
  const { count } = await db
    .selectFrom('lessons')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('author_account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** What a moderator is asked to look at: submitted lessons in the countries they curate, or without a country when they hold the grant. Oldest first. */
export async function listModerationQueue(
  db: Db,
  scope: { countries: readonly string[]; countryless: boolean },
  limit: number,
  after: readonly [string, string] | null,
): Promise<(LessonRow & { listing_key: string })[]> {
  return queueQuery(db, scope)
    .select(LESSON_COLUMNS)
    .select(sql<string>`submitted_at::text`.as('listing_key'))
    .$call((q) =>
      after === null
        ? q
        : q.where((eb) => eb(eb.refTuple('submitted_at', 'id'), '>', eb.tuple(sql<Date>`${after[0]}::timestamptz`, sql<string>`${after[1]}::uuid`))),
    )
    .orderBy('submitted_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export async function countModerationQueue(db: Db, scope: { countries: readonly string[]; countryless: boolean }): Promise<number> {
  const { count } = await queueQuery(db, scope)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

function queueQuery(db: Db, scope: { countries: readonly string[]; countryless: boolean }) {
  return db
    .selectFrom('lessons')
    .where('status', '=', LessonStatus.SUBMITTED)
    .where((eb) =>
      eb.or([
        scope.countries.length > 0 ? eb(sql`countries`, '&&', sql`${sql.val([...scope.countries])}::text[]`) : sql<boolean>`false`,
        scope.countryless ? sql<boolean>`countries = '{}'` : sql<boolean>`false`,
      ]),
    );
}
