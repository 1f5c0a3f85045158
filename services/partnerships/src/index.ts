export { partnershipsSubgraph, partnershipsSubgraph as subgraph } from './subgraph.js';
export { buildPartnershipsSchema } from './schema.js';
export type { Db as PartnershipsDb } from './database.js';
export { seedDemoData } from './demo/seed-demo-data.js';
export { HEALTH_PROJECTION_CONSUMER } from './health-projection/health-projection-consumer.js';
export { reviewDueHealth } from './health-projection/health-review.js';
export { writeHealthRows } from './health-projection/evaluate-partnerships.js';
