import { contextSubgraph } from './subgraph.js';

await contextSubgraph.main();
