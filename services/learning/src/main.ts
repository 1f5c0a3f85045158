import { learningSubgraph } from './subgraph.js';

await learningSubgraph.main();
