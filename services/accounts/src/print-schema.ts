// Writes the subgraph's SDL to the file named on the command line, for composition.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildAccountsSchema } from './schema.js';

const target = process.argv[2] ?? 'dist/schema.graphql';
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, printSubgraphSchema(await buildAccountsSchema()));
