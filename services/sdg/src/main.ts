import { sdgSubgraph } from './subgraph.js';

await sdgSubgraph.main();
