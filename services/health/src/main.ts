import { healthSubgraph } from './subgraph.js';

await healthSubgraph.main();
