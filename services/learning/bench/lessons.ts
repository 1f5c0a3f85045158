// npm run bench:lessons — loads 100,000 published lessons into the learning service's
// table (bulk SQL inserts, not the API: tags and search documents computed as every
// write computes them), then measures through the gateway a ranked full-text search
// with two filters and the facets query over the same result set.
import { performance } from 'node:perf_hooks';
import { buildDemoLessons } from '@msp-atlas/demo-data';
import { benchClient, dataOrThrow, describeLatencies, percentile, startBenchPlatform } from '@msp-atlas/bench-harness';
import { sql } from 'kysely';
import { bulkInsertPublishedLessons } from '../src/lesson/bulk-insert-lessons.js';
import type { LessonContent } from '../src/lesson/lesson.repository.js';
import { learningSubgraph } from '../src/subgraph.js';

const LESSONS = Number(process.env.BENCH_LESSONS ?? 100_000);
const QUERY_SAMPLES = Number(process.env.BENCH_QUERY_SAMPLES ?? 500);
const BATCH = 500;

const SEARCH = `query($query: String, $filter: LessonFilter) { lessons(query: $query, filter: $filter, first: 20) {
  totalCount edges { cursor score titleHtml snippetHtml node { id title language kind } } } }`;
const FACETS = `query($query: String, $filter: LessonFilter) { lessonFacets(query: $query, filter: $filter) {
  totalCount phases { code count } successFactors { code count } sdgGoals { code count } kinds { code count } countries { code count } languages { code count } } }`;

// Words of each language the demo texts use, singular and plural, so stemming is exercised.
const QUERIES = [
  'partnership',
  'partnerships',
  'funding',
  'trust',
  'secretariat',
  'financement',
  'partenaires',
  'Partnerschaften',
  'Finanzierung',
  'comunidades',
  'financiación',
  '"steering committee"',
  'monitor',
  'evaluation',
];
const PHASES = ['INITIATION', 'DESIGN', 'IMPLEMENTATION', 'FURTHER_DEVELOPMENT'];

// Accounts too: the gateway reads its access feed from it, and warns while it cannot.
const platform = await startBenchPlatform({ subgraphs: ['learning', 'accounts'] });
const db = learningSubgraph.connect(platform.databaseUrl, { poolSize: 4 });
try {
  // The demo generator's lessons with other seeds: realistic texts in four languages.
  const loadStarted = performance.now();
  let loaded = 0;
  for (let seed = 1; loaded < LESSONS; seed += 1) {
    const lessons: (LessonContent & { authorName: string })[] = buildDemoLessons({ seed })
      .slice(0, LESSONS - loaded)
      .map((lesson) => ({ ...lesson, title: `${lesson.title} (${seed})` }));
    for (let start = 0; start < lessons.length; start += BATCH) await bulkInsertPublishedLessons(db, lessons.slice(start, start + BATCH));
    loaded += lessons.length;
    if (seed % 50 === 0) console.log(`  ${loaded} lessons loaded…`);
  }
  await sql`analyze lessons`.execute(db);
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from lessons where status = 'PUBLISHED'`.execute(db);
  console.log(
    `lessons: ${rows[0]!.count} published, loaded by bulk SQL inserts in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s (${platform.databaseServer})`,
  );

  const graphql = benchClient(platform.graphqlUrl);
  const post = async (query: string, variables: Record<string, unknown>) => dataOrThrow(await graphql(query, variables));
  // Two filters per query: a phase and an SDG goal, drawn so most queries return rows.
  const cases = Array.from({ length: 200 }, (_, index) => ({
    query: QUERIES[index % QUERIES.length],
    filter: { phases: [PHASES[index % PHASES.length]], sdgGoals: [String((index % 17) + 1)] },
  }));
  for (const variables of cases.slice(0, 40)) {
    await post(SEARCH, variables);
    await post(FACETS, variables);
  }

  const measure = async (query: string, pick: (data: any) => number) => {
    const latencies: number[] = [];
    let total = 0;
    for (let sample = 0; sample < QUERY_SAMPLES; sample += 1) {
      const sent = performance.now();
      const data = await post(query, cases[sample % cases.length]!);
      latencies.push(performance.now() - sent);
      total += pick(data);
    }
    return { latencies, average: total / QUERY_SAMPLES };
  };
  const search = await measure(SEARCH, (data) => data.lessons.totalCount);
  console.log(
    `ranked search (query + phase + SDG goal, first 20, with snippets and totalCount) through the gateway: ${describeLatencies(search.latencies)}; ${search.average.toFixed(0)} matching lessons on average`,
  );
  const facets = await measure(FACETS, (data) => data.lessonFacets.totalCount);
  console.log(
    `facets (same query and filters; counts per phase, factor, goal, kind, country, language) through the gateway: ${describeLatencies(facets.latencies)}; ${facets.average.toFixed(0)} lessons counted on average`,
  );
  const p95 = (samples: number[]) =>
    percentile(
      [...samples].sort((a, b) => a - b),
      95,
    );
  console.log(
    `targets at ${LESSONS}: search p95 < 50 ms: ${p95(search.latencies) < 50 ? 'met' : 'NOT met'}; facets p95 < 150 ms: ${p95(facets.latencies) < 150 ? 'met' : 'NOT met'}`,
  );
} finally {
  await db.destroy();
  await platform.stop();
}
