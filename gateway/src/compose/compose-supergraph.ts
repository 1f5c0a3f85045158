import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphDefinition {
  name: string;
  url: string;
  sdl: string;
}

export class CompositionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Supergraph composition failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Composes subgraph SDLs into a supergraph any Federation 2 router can serve. */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): string {
  const result = composeServices(subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return result.supergraphSdl;
}
