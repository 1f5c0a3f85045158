export {
  learningSubgraph,
  learningSubgraph as subgraph,
  createPartnershipProjectionConsumer,
  createWeakFactorsConsumer,
  PARTNERSHIP_PROJECTION_CONSUMER,
} from './subgraph.js';
export { buildLearningSchema } from './schema.js';
export type { Db as LearningDb } from './database.js';
