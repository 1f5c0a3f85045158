export { partnershipsSubgraph, partnershipsSubgraph as subgraph } from './subgraph.js';
export { buildPartnershipsSchema } from './schema.js';
export type { Db as PartnershipsDb } from './database.js';
export { seedDemoData } from './demo/seed-demo-data.js';
