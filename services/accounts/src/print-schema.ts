// The build step: writes the subgraph's SDL to the file named on the command line, for composition.
import { accountsSubgraph } from './subgraph.js';

await accountsSubgraph.writeSchema(process.argv[2]);
