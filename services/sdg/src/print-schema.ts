// The build step: writes the subgraph's SDL to the file named on the command line, for composition.
import { sdgSubgraph } from './subgraph.js';

await sdgSubgraph.writeSchema(process.argv[2]);
