export { learningSubgraph, learningSubgraph as subgraph } from './subgraph.js';
export { buildLearningSchema } from './schema.js';
export type { Db as LearningDb } from './database.js';
