export { healthSubgraph, healthSubgraph as subgraph } from './subgraph.js';
export { buildHealthSchema } from './schema.js';
export type { Db as HealthDb } from './database.js';
export { HEALTH_PROJECTION_CONSUMER } from './health-projection/health-projection-consumer.js';
