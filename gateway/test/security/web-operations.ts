import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { print, type DocumentNode } from 'graphql';

/** One operation the web app sends, with the variables it sends at most. */
export interface WebOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const apiDir = new URL('../../../web/src/api/', import.meta.url);

// The web app's page sizes and the organization search's fixed `first` come from its own code;
// the lists are asked for with the full page, which is the heaviest they send.
const variablesByExport: Record<string, Record<string, unknown>> = {
  PARTNERSHIP_LIST_QUERY: { filter: {}, first: 20, after: null },
  LESSON_SEARCH_QUERY: { query: 'partnership', filter: {}, first: 20, after: null },
  PARTNERSHIP_OVERLAPS_QUERY: { id: '00000000-0000-4000-8000-000000000000', first: 8 },
  CHECK_OVERLAPS_QUERY: { draft: { name: 'Partnership' }, first: 5 },
  CHANGE_HISTORY_QUERY: { id: '00000000-0000-4000-8000-000000000000', first: 10, after: null },
  PARTNERSHIPS_BY_HEALTH_QUERY: {
    factor: 'TRUST',
    statuses: ['WEAK', 'MISSING'],
    group: 'DESIGN',
    groupBy: 'PHASE',
    filter: { countries: ['KEN'], phases: ['DESIGN'], includeDemo: true },
    first: 20,
    after: null,
  },
  HEALTH_OVERVIEW_QUERY: { filter: { countries: ['KEN'], phases: ['DESIGN'], includeDemo: true }, groupBy: 'COUNTRY' },
  // The edit form sends only the changed fields; its input holds no page size, so it does not change the figures.
  UPDATE_PARTNERSHIP_MUTATION: { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, name: 'Partnership' } },
};

/**
 * Every operation exported by web/src/api (gql.tada documents, their fragments
 * included), loaded from the web app's own source and printed as it sends them,
 * so the limits are checked against what it really sends. The import goes
 * through Vitest (the web app resolves its imports the bundler's way).
 */
export async function webOperations(): Promise<WebOperation[]> {
  const files = readdirSync(fileURLToPath(apiDir)).filter((file) => /-(query|mutation)\.ts$/.test(file));
  const operations: WebOperation[] = [];
  for (const file of files) {
    const module = (await import(new URL(file, apiDir).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isDocument(value) && /^_?[A-Z_]+_(QUERY|MUTATION)$/.test(name)) {
        operations.push({ name, query: print(value), variables: variablesByExport[name] ?? {} });
      }
    }
  }
  return operations;
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
}
