import type { SubgraphEntry } from '@msp-atlas/subgraph-manifest';
import type { Subgraph } from './define-subgraph.js';

// The skeleton's own types: how each service's tables, consumers and settings look is its own business here.
export type AnySubgraph = Subgraph<any, any, any>;

/**
 * The `defineSubgraph` definition a manifest entry's package exports as `subgraph`,
 * loaded by name so that composition, the test platform and the event-log commands
 * need no edit per service.
 */
export async function loadSubgraph(entry: SubgraphEntry): Promise<AnySubgraph> {
  const module = (await import(entry.packageName)) as { subgraph?: AnySubgraph };
  if (module.subgraph?.name !== entry.name) {
    throw new Error(`${entry.packageName} must export its defineSubgraph definition as \`subgraph\` (named ${entry.name})`);
  }
  return module.subgraph;
}
