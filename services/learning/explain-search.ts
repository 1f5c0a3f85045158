// Scratch: EXPLAIN ANALYZE of the search statements on a database of generated lessons.
import { buildDemoLessons } from '@msp-atlas/demo-data';
import { sql } from 'kysely';
import { bulkInsertPublishedLessons, learningSubgraph } from './src/index.js';
import { parseSearchQuery } from './src/search/parse-search-query.js';
import { searchLessons, countSearchResults, countFacets } from './src/search/lesson-search.repository.js';
import { searchFilter } from './src/search/search-filter.js';

const url = process.argv[2]!;
const count = Number(process.argv[3] ?? 20000);
const db = learningSubgraph.connect(url, { poolSize: 2 });
await learningSubgraph.migrate(db);
const existing = (await sql<{ c: number }>`select count(*)::int as c from lessons`.execute(db)).rows[0]!.c;
for (let seed = 1, loaded = existing; loaded < count; seed += 1) {
  const lessons = buildDemoLessons({ seed: seed + 1000 }).map((l) => ({ ...l, title: `${l.title} (${seed})` }));
  for (let i = 0; i < lessons.length; i += 500) await bulkInsertPublishedLessons(db, lessons.slice(i, i + 500));
  loaded += lessons.length;
}
await sql`analyze lessons`.execute(db);
const parsed = parseSearchQuery(process.argv[4] ?? 'partnership');
const filter = searchFilter({ phases: ['DESIGN'], sdgGoals: ['6'] });
const explainOf = async (label: string, run: () => Promise<unknown>) => {
  const t0 = performance.now();
  await run();
  console.log(label, (performance.now() - t0).toFixed(1), 'ms');
};
(db as any).__explain = true;
await explainOf('search', () => searchLessons(db, parsed, filter, 21, null));
await explainOf('search', () => searchLessons(db, parsed, filter, 21, null));
await explainOf('count', () => countSearchResults(db, parsed, filter));
await explainOf('facets', () => countFacets(db, parsed, filter));
await explainOf('facets-noquery', () => countFacets(db, null, { tags: [], partnershipId: null }));
await db.destroy();
