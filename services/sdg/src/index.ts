export { sdgSubgraph, sdgSubgraph as subgraph } from './subgraph.js';
export { buildSdgSchema } from './schema.js';
export type { Db as SdgDb } from './database.js';
