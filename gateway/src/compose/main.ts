// Build step: composes the subgraphs' printed SDL (each service's `build` writes
// dist/schema.graphql) into the supergraph file the gateway serves. Fails the build
// on any composition error.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompositionError, composeSupergraph } from './compose-supergraph.js';
import { SUBGRAPHS, defaultSubgraphUrl } from './subgraph-list.js';

const gatewayDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(process.cwd(), process.argv[2] ?? 'dist/supergraph.graphql');

try {
  const supergraph = composeSupergraph([
    ...SUBGRAPHS.map(({ name, defaultPort }) => ({
      name,
      url: defaultSubgraphUrl(defaultPort),
      sdl: readFileSync(resolve(gatewayDir, '../services', name, 'dist/schema.graphql'), 'utf8'),
    })),
  ]);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, supergraph);
  console.log(`supergraph written to ${target}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
