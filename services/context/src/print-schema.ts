// The build step: writes the subgraph's SDL to the file named on the command line, for composition.
import { contextSubgraph } from './subgraph.js';

await contextSubgraph.writeSchema(process.argv[2]);
