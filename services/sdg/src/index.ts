export { sdgSubgraph, sdgSubgraph as subgraph, createSdgAlignmentConsumer, SDG_ALIGNMENT_CONSUMER } from './subgraph.js';
export { buildSdgSchema } from './schema.js';
export type { Db as SdgDb } from './database.js';
