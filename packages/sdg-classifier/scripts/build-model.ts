// Writes the classifier's artefacts (model/aurora-queries.json, model/sdg-model.json) from
// the data shipped in this package. Run after changing the data, the lexicon or the model
// code: npm run build-model -w @msp-atlas/sdg-classifier (a test fails while they are stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildModelArtefacts } from './build-model-artefacts.js';

const artefacts = buildModelArtefacts();
for (const [name, content] of Object.entries(artefacts)) {
  writeFileSync(fileURLToPath(new URL(`../model/${name}`, import.meta.url)), content);
  console.error(`model/${name}: ${Math.round(content.length / 1024)} KB`);
}
