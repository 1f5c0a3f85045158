import { partnershipsSubgraph } from './subgraph.js';

await partnershipsSubgraph.main();
