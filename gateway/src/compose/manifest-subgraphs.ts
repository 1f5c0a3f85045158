import type { SubgraphDefinition } from './compose-supergraph.js';
import { loadSubgraph } from '@msp-atlas/service-runtime';
import { SUBGRAPHS, defaultSubgraphUrl } from './subgraph-list.js';

/**
 * What the supergraph is composed from: every subgraph of the manifest, its SDL
 * printed from its definition, at the URL given (on its default port unless told
 * otherwise).
 */
export async function manifestSubgraphs(urls: Partial<Record<string, string>> = {}): Promise<SubgraphDefinition[]> {
  return Promise.all(
    SUBGRAPHS.map(async (entry) => ({
      name: entry.name,
      url: urls[entry.name] ?? defaultSubgraphUrl(entry.defaultPort),
      sdl: await (await loadSubgraph(entry)).printSchema(),
    })),
  );
}
