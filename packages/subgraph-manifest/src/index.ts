export type { DeploymentSetting, SubgraphEntry } from './subgraph-entry.js';
export { SUBGRAPHS, subgraphEntry, defaultSubgraphUrl, type SubgraphName } from './subgraphs.js';
