import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { contextSubgraph, type ContextDb } from '../src/index.js';
import { candidatesSharing, DF_CAP, replacePostings } from '../src/overlap-index/overlap-terms.repository.js';

describe('the id lists of selective terms', () => {
  let testDb: TestDatabase;
  let db: ContextDb;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = contextSubgraph.connect(testDb.url);
    await contextSubgraph.migrate(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  const post = (id: string, terms: string[]) => db.transaction().execute((trx) => replacePostings(trx, id, terms));
  const listOf = async (term: string) => {
    const row = await db.selectFrom('overlap_term_stats').select(['df', 'partnership_ids']).where('term', '=', term).executeTakeFirstOrThrow();
    return { df: row.df, ids: row.partnership_ids && [...row.partnership_ids].sort() };
  };

  it('follow the postings as terms are added and removed, and rank candidates by shared weight', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await post(a, ['x:rare', 'x:common']);
    await post(b, ['x:rare', 'x:common']);
    await post(c, ['x:common']);
    expect(await listOf('x:rare')).toEqual({ df: 2, ids: [a, b].sort() });
    await post(b, ['x:common']);
    expect(await listOf('x:rare')).toEqual({ df: 1, ids: [a] });
    expect(await listOf('x:common')).toEqual({ df: 3, ids: [a, b, c].sort() });

    const weighted = [
      { term: 'x:rare', weight: 2 },
      { term: 'x:common', weight: 1 },
    ];
    expect(await candidatesSharing(db, weighted, { exclude: c, limit: 10 })).toEqual([a, b]);
    expect(await candidatesSharing(db, weighted, { exclude: null, limit: 1 })).toEqual([a]);
  });

  it("drops a term's list once its df passes the cap and lists it again from the postings when it falls back", async () => {
    const ids = Array.from({ length: DF_CAP + 1 }, () => randomUUID());
    for (const id of ids) await post(id, ['x:popular']);
    expect(await listOf('x:popular')).toEqual({ df: DF_CAP + 1, ids: null });
    expect(await candidatesSharing(db, [{ term: 'x:popular', weight: 1 }], { exclude: null, limit: 5 })).toEqual([]);

    const [first, ...rest] = ids;
    await post(first!, ['x:other']);
    expect(await listOf('x:popular')).toEqual({ df: DF_CAP, ids: rest.sort() });
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from context.overlap_terms where term = 'x:popular'`.execute(db);
    expect(rows).toEqual([{ count: DF_CAP }]);
  });
});
