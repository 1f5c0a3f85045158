import type { SubgraphEntry } from '../subgraph-entry.js';
import { containerUrl } from './compose-file.js';

/** `infra/router/router.yaml`: Apollo Router, reaching each subgraph where the compose file runs it. */
export function routerConfig(subgraphs: readonly SubgraphEntry[]): string {
  return `# Made from the subgraph manifest (packages/subgraph-manifest) by \`npm run generate:infra\`:
# change the manifest or the generator (packages/subgraph-manifest/src/infra-files), not this file.
#
# Apollo Router in place of the Node gateway, serving the same supergraph file
# (gateway/dist/supergraph.graphql), e.g.:
#   router --supergraph gateway/dist/supergraph.graphql --config infra/router/router.yaml
# Not yet usable as is: subgraphs refuse requests without the gateway's signed proof
# (packages/gateway-trust), which the router does not make; it needs a coprocessor or
# script that signs each subgraph request before it can replace the Node gateway.
supergraph:
  listen: 0.0.0.0:4000
  introspection: false
override_subgraph_url:
${subgraphs.map((entry) => `  ${entry.name}: ${containerUrl(entry)}`).join('\n')}
include_subgraph_errors:
  all: true
telemetry:
  apollo:
    field_level_instrumentation_sampler: always_off
limits:
  max_depth: 15
  http_max_request_bytes: 1000000
`;
}
