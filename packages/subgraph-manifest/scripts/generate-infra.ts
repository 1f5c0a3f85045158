// `npm run generate:infra`: writes every file that repeats the manifest (see src/infra-files).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES } from '../src/infra-files/generated-files.js';
import { SUBGRAPHS } from '../src/subgraphs.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

for (const file of GENERATED_FILES) {
  const path = join(repoRoot, file.path);
  const current = readFileSync(path, 'utf8');
  const made = file.make(current, SUBGRAPHS);
  if (made === current) {
    console.log(`${file.path}: up to date`);
  } else {
    writeFileSync(path, made);
    console.log(`${file.path}: written`);
  }
}
