import { sql } from 'kysely';
import { learningSubgraph } from './src/index.js';
import { parseSearchQuery } from './src/search/parse-search-query.js';
import { countSearchResults, searchLessons } from './src/search/lesson-search.repository.js';
import { searchFilter } from './src/search/search-filter.js';

const url = process.argv[2]!;
const statements: { sql: string; parameters: readonly unknown[] }[] = [];
const db = learningSubgraph.connect(url, { poolSize: 1, onQuery: (event: any) => statements.push(event.query) });
const parsed = parseSearchQuery(process.argv[3] ?? 'partnership');
const filter = searchFilter({ phases: ['DESIGN'], sdgGoals: ['6'] });
await countSearchResults(db, parsed, filter);
await searchLessons(db, parsed, filter, 21, null);
const literal = (value: unknown) => (Array.isArray(value) ? `'{${value.map((v) => `"${v}"`).join(',')}}'` : typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`);
for (const statement of statements.slice(-2)) {
  const text = statement.sql.replace(/\$(\d+)/g, (_, n) => literal(statement.parameters[Number(n) - 1]));
  const { rows } = await sql.raw<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`).execute(db);
  console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
  console.log('-----');
}
await db.destroy();
