// The build step: writes the subgraph's SDL to the file named on the command line, for composition.
import { partnershipsSubgraph } from './subgraph.js';

await partnershipsSubgraph.writeSchema(process.argv[2]);
