// Builds the classifier's artefacts from the data shipped in this package:
//   model/aurora-queries.json  the Aurora query lines per goal and target (CC BY 4.0, see data/aurora)
//   model/sdg-model.json       framework term vectors in four languages and the learned layer
// Run: npm run build-model -w @msp-atlas/sdg-classifier
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedQueries } from '../src/lexicon/seed-queries.js';
import { analyseText } from '../src/model/analyse-text.js';
import { ExpertQuerySet } from '../src/model/expert-query-set.js';
import { FrameworkIndex } from '../src/model/framework-index.js';
import { trainLearnedLayer } from '../src/model/learned-layer.js';
import type { SdgModelArtefact, ShippedQuery } from '../src/model/model-artefact.js';
import { buildFrameworkTerms } from './build-framework-terms.js';
import { readAuroraQueries } from './read-aurora-queries.js';
import { readBenchmark } from './read-benchmark.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const aurora: ShippedQuery[] = readAuroraQueries(here('../data/aurora')).flatMap((definition) =>
  definition.lines.map((query) => ({ goal: definition.goal, target: definition.target, query })),
);
const { targets, terms } = buildFrameworkTerms(aurora);
const framework = new FrameworkIndex(terms, targets.length);
const querySet = new ExpertQuerySet([...aurora, ...seedQueries]);
const targetGoal = targets.map((code) => Number(code.split('.')[0]));
const rows = readBenchmark().map((row) => ({ analysis: analyseText(row.text, 'en', framework, querySet), goal: row.goal, label: row.label }));
const learned = trainLearnedLayer(rows, targetGoal);

const model: SdgModelArtefact = { version: 1, targets, frameworkTerms: terms, learned };
writeFileSync(here('../model/aurora-queries.json'), `${JSON.stringify(aurora, null, 0).replace(/\},\{/g, '},\n{')}\n`);
writeFileSync(here('../model/sdg-model.json'), `${JSON.stringify(model)}\n`);
console.error(`model: ${aurora.length} query lines, ${targets.length} targets, ${rows.length} benchmark rows learned`);
