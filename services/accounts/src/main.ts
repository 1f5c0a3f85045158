import { accountsSubgraph } from './subgraph.js';

await accountsSubgraph.main();
