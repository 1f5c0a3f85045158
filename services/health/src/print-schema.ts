// The build step: writes the subgraph's SDL to the file named on the command line, for composition.
import { healthSubgraph } from './subgraph.js';

await healthSubgraph.writeSchema(process.argv[2]);
