// Build step: composes every subgraph of the manifest (its SDL printed from its
// definition) into the supergraph file the gateway serves. Fails the build on any
// composition error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CompositionError, composeSupergraph } from './compose-supergraph.js';
import { manifestSubgraphs } from './manifest-subgraphs.js';

const target = resolve(process.cwd(), process.argv[2] ?? 'dist/supergraph.graphql');

try {
  const supergraph = composeSupergraph(await manifestSubgraphs());
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, supergraph);
  console.log(`supergraph written to ${target}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
