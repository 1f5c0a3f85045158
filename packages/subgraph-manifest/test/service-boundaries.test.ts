import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '../src/index.js';

// A service's code and tables are its own: the rest of the repository reaches it through
// its public entry (its package's index, which the manifest loads) and its GraphQL API.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CODE = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.sql']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', '.git', '.turbo']);

interface Service {
  folder: string;
  packageName: string;
  schema: string;
  tables: string[];
}

/** Every code file under `folder`, as paths relative to the repository root. */
function codeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : codeFiles(path);
    return CODE.has(extname(entry.name)) ? [path] : [];
  });
}

/** The schema and the tables a service declares in its `src/database.ts`. */
function serviceOf(entry: { folder: string; packageName: string }): Service {
  const database = readFileSync(join(ROOT, entry.folder, 'src', 'database.ts'), 'utf8');
  const schema = /export const \w*SCHEMA = '(\w+)'/.exec(database)?.[1];
  if (!schema) throw new Error(`${entry.folder}/src/database.ts names no schema (export const SCHEMA = '...')`);
  const tables = [...database.matchAll(/^\s+(\w+): \w+Table;/gm)].map((match) => match[1]!);
  return { folder: entry.folder, packageName: entry.packageName, schema, tables };
}

/** The text without its comments, which may name anything. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/^\s*--.*$/gm, '');
}

const KYSELY_TABLE_CALLS = 'selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|sql\\.table';
const SQL_KEYWORDS = 'from|join|into|update|table|FROM|JOIN|INTO|UPDATE|TABLE';
const SQL_VERB = /\b(?:select|insert|update|delete|create|alter|drop|truncate|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE)\b/;
/** This file, whose own examples name tables. */
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url));
/**
 * The one reach allowed, once: when the health check became a service of its own, its
 * migration carried the rows over from the release before, whose tables its upgrade test
 * loads (services/health/README.md, "Upgrading").
 */
const UPGRADE_FROM_PREVIOUS_RELEASE = new Set([
  'services/health/src/migrations/20261208T0410_carry_over_from_partnerships.ts',
  'services/health/test/upgrade/fixtures/release-4ee5c2f.sql',
  'services/health/test/upgrade/upgrade-from-4ee5c2f.test.ts',
]);

/** What in `text` (of the file at `path`) reaches into `service`: deep imports, relative paths into its sources, its tables. */
function trespasses(path: string, text: string, service: Service, ownTables: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const code = withoutComments(text);
  for (const [, specifier] of code.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
    if (specifier!.startsWith(`${service.packageName}/`)) found.push(`imports ${specifier}`);
    if (specifier!.startsWith('.')) {
      const target = relative(ROOT, resolve(ROOT, dirname(path), specifier!));
      if (target === join(service.folder, 'src') || target.startsWith(join(service.folder, 'src') + sep)) found.push(`imports ${specifier}`);
    }
  }
  const schema = service.schema;
  for (const [match] of code.matchAll(new RegExp(`(?<![\\w.$@/-])${schema}\\.(?:${[...service.tables, '\\w*_\\w*'].join('|')})\\b`, 'g'))) {
    found.push(`names ${match}`);
  }
  for (const table of service.tables) {
    // A table of the same name in the file's own service (each has its `partnership_members`) is its own.
    if (ownTables.has(table)) continue;
    const qualified = `(?:${schema}\\.)?${table}`;
    const calls = new RegExp(`(?:${KYSELY_TABLE_CALLS})\\(\\s*['"\`]${qualified}(?:['"\`]|\\s+as\\s)`, 'g');
    const statements = new RegExp(`\\b(?:${SQL_KEYWORDS})\\s+${qualified}\\b(?![.(:])`, 'g');
    for (const [match] of code.matchAll(calls)) found.push(`names table ${table} (${match.trim()})`);
    // In a statement only: "turn failures into lessons" in a demo text is none.
    for (const { 0: match, index } of code.matchAll(statements)) {
      if (SQL_VERB.test(code.slice(Math.max(0, index - 400), index + match.length))) found.push(`names table ${table} (${match.trim()})`);
    }
  }
  return [...new Set(found)];
}

describe('service boundaries', () => {
  const services = SUBGRAPHS.map(serviceOf);
  const files = ['gateway', 'packages', 'services', 'web', 'infra'].flatMap(codeFiles);

  it('reads every service its tables from', () => {
    for (const service of services) expect(service.tables.length, service.folder).toBeGreaterThan(0);
  });

  it("finds a reach into another service's internals or tables where there is one", () => {
    const registry = services.find((service) => basename(service.folder) === 'partnerships')!;
    expect(trespasses('web/e2e/x.test.ts', `import { x } from '${registry.packageName}/src/x.js';`, registry)).toEqual([
      `imports ${registry.packageName}/src/x.js`,
    ]);
    expect(trespasses('gateway/test/x.ts', `import { x } from '../../services/partnerships/src/x.js';`, registry)).toEqual([
      'imports ../../services/partnerships/src/x.js',
    ]);
    expect(trespasses('gateway/test/x.ts', 'await sql`update phase_changes set note = null`.execute(db);', registry)).toEqual([
      'names table phase_changes (update phase_changes)',
    ]);
    expect(trespasses('gateway/test/x.ts', "db.selectFrom('partnerships.milestones')", registry)).toEqual([
      'names partnerships.milestones',
      "names table milestones (selectFrom('partnerships.milestones')",
    ]);
    // Its public entry, its GraphQL fields, prose and comments are no reach.
    const harmless = [
      `import { subgraph } from '${registry.packageName}';`,
      '// read from partnerships',
      "const q = '{ partnerships(first: 1) { totalCount } }'; partnerships.map(f);",
      "const tip = 'Write the milestones into indicators you can measure';",
    ];
    expect(trespasses('gateway/test/x.ts', harmless.join('\n'), registry)).toEqual([]);
    // A table of the same name in the file's own service is its own; the registry's, by its schema, is not.
    const statement = "db.deleteFrom('partnership_members'); sql`select 1 from partnerships.partnership_members`";
    expect(trespasses('services/health/src/x.ts', statement, registry, new Set(['partnership_members']))).toEqual(['names partnerships.partnership_members']);
  });

  it('has no file outside a service import its internals or name its tables', () => {
    const inService = (path: string, service: Service) => (path + sep).startsWith(service.folder + sep);
    const offenders = files
      .filter((path) => path !== THIS_FILE && !UPGRADE_FROM_PREVIOUS_RELEASE.has(path))
      .flatMap((path) => {
        const text = readFileSync(join(ROOT, path), 'utf8');
        const ownTables = new Set(services.find((service) => inService(path, service))?.tables ?? []);
        return services
          .filter((service) => !inService(path, service))
          .flatMap((service) => trespasses(path, text, service, ownTables).map((reach) => `${path}: ${reach} of ${service.folder}`));
      });
    expect(offenders).toEqual([]);
  });
});
