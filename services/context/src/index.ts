export {
  contextSubgraph,
  contextSubgraph as subgraph,
  createPartnershipIndexConsumer,
  createOverlapSummariser,
  PARTNERSHIP_INDEX_CONSUMER,
  type OverlapSummariser,
  type PartnershipIndexConsumerOptions,
} from './subgraph.js';
export { buildContextSchema } from './schema.js';
export type { Db as ContextDb } from './database.js';
