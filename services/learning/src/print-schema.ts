// The build step: writes the subgraph's SDL to the file named on the command line, for composition.
import { learningSubgraph } from './subgraph.js';

await learningSubgraph.writeSchema(process.argv[2]);
