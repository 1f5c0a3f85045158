import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { learningSubgraph, type LearningDb } from '../src/index.js';
import { postGraphql } from '@msp-atlas/test-harness';
import { seedLesson } from './support/lesson-builders.js';

let gatewaySecret: string;

describe('learning subgraph', () => {
  let subgraph: TestSubgraphOf<typeof learningSubgraph>;
  let db: LearningDb;
  let service: Awaited<ReturnType<typeof learningSubgraph.start>>;
  // Signed as the gateway signs: the subgraph refuses anything else.
  const signedPost = (query: string, variables: Record<string, unknown> = {}) => postGraphql(service.url, query, variables, { gatewaySecret });

  /** Inserts a lesson as the later contribution flow will; `minutesAgo` orders the list. */
  async function insertLesson(title: string, status: string, minutesAgo: number, phase: string | null = null) {
    const row = await seedLesson(db, {
      title,
      body: `What ${title} taught us`,
      phases: phase ? [phase] : [],
      status,
      created_at: new Date(Date.UTC(2026, 10, 1, 12) - minutesAgo * 60_000),
    });
    return row.id;
  }

  beforeAll(async () => {
    subgraph = await startTestSubgraph(learningSubgraph, { runConsumers: true });
    ({ db, service, gatewaySecret } = subgraph);
  });
  beforeEach(async () => {
    await db.deleteFrom('lessons').execute();
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('keeps its tables in the learning schema and migrates idempotently', async () => {
    await learningSubgraph.migrate(db);
    const { rows } = await sql<{ table_schema: string }>`
      select table_schema from information_schema.tables where table_name = 'lessons'`.execute(db);
    expect(rows).toEqual([{ table_schema: 'learning' }]);
    const { id } = await sql<{ id: string }>`insert into lessons (title, body) values ('Defaults', 'b') returning id`.execute(db).then((r) => r.rows[0]!);
    const stored = await db.selectFrom('lessons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'DRAFT', phases: [], version: 1, kind: 'PRACTICE', language: 'en', is_demo: false });
    expect(stored.created_at).toBeInstanceOf(Date);
  });

  it('lists only published lessons, newest first, page by page', async () => {
    await insertLesson('oldest', 'PUBLISHED', 30, 'INITIATION');
    await insertLesson('draft', 'DRAFT', 5);
    await insertLesson('middle', 'PUBLISHED', 20);
    await insertLesson('newest', 'PUBLISHED', 10, 'DESIGN');

    const query = `query($first: Int, $after: String) { lessons(first: $first, after: $after) {
      totalCount edges { cursor node { title phases status createdAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const first = await signedPost(query, { first: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data.lessons;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((edge: any) => edge.node.title)).toEqual(['newest', 'middle']);
    expect(page1.edges[0].node).toEqual({ title: 'newest', phases: ['DESIGN'], status: 'PUBLISHED', createdAt: '2026-11-01T11:50:00.000Z' });
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: page1.edges[1].cursor });

    const second = await signedPost(query, { first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.data.lessons;
    expect(page2.edges.map((edge: any) => edge.node.title)).toEqual(['oldest']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages stably through lessons created in the same microsecond', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await insertLesson(`same time ${i}`, 'PUBLISHED', 0));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await signedPost(
        'query($after: String) { lessons(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...result.data.lessons.edges.map((edge: any) => edge.node.id));
      if (!result.data.lessons.pageInfo.hasNextPage) break;
      after = result.data.lessons.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].sort().reverse());
  });

  it('refuses page sizes out of range and cursors it did not give out', async () => {
    const tooMany = await signedPost('{ lessons(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    const badCursor = await signedPost('query($after: String) { lessons(after: $after) { totalCount } }', { after: forged });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a published lesson by id and hides drafts and unknown ids', async () => {
    const published = await insertLesson('Shared secretariat', 'PUBLISHED', 1, 'IMPLEMENTATION');
    const draft = await insertLesson('Unreviewed', 'DRAFT', 1);
    const query = 'query($id: ID!) { lesson(id: $id) { id title body phases status } }';
    expect((await signedPost(query, { id: published })).data.lesson).toEqual({
      id: published,
      title: 'Shared secretariat',
      body: 'What Shared secretariat taught us',
      phases: ['IMPLEMENTATION'],
      status: 'PUBLISHED',
    });
    for (const id of [draft, randomUUID(), 'not-a-uuid']) {
      const result = await signedPost(query, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data.lesson).toBeNull();
    }
  });

  it('resolves Lesson references for the gateway', async () => {
    const published = await insertLesson('Referenced', 'PUBLISHED', 1);
    const draft = await insertLesson('Draft reference', 'DRAFT', 1);
    const { data, errors } = await signedPost('query($r: [_Any!]!) { _entities(representations: $r) { ... on Lesson { id title status } } }', {
      r: [
        { __typename: 'Lesson', id: published },
        { __typename: 'Lesson', id: draft },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ id: published, title: 'Referenced', status: 'PUBLISHED' }, null]);
  });
});
