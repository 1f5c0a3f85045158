import { fileURLToPath } from 'node:url';
import { seedQueries } from '../src/lexicon/seed-queries.js';
import { analyseText } from '../src/model/analyse-text.js';
import { ExpertQuerySet } from '../src/model/expert-query-set.js';
import { FrameworkIndex } from '../src/model/framework-index.js';
import { trainLearnedLayer } from '../src/model/learned-layer.js';
import type { SdgModelArtefact, ShippedQuery } from '../src/model/model-artefact.js';
import { buildFrameworkTerms } from './build-framework-terms.js';
import { readAuroraGoalDescriptions, readAuroraQueries } from './read-aurora-queries.js';
import { readBenchmark } from './read-benchmark.js';

/** The artefacts as files: the Aurora query lines and the model. */
export interface ModelArtefacts {
  'aurora-queries.json': string;
  'sdg-model.json': string;
}

/**
 * Builds the classifier's artefacts from the data shipped in this package, deterministically:
 * the Aurora query lines per goal and target, the framework term vectors in four languages,
 * and the learned layer trained on all benchmark rows.
 */
export function buildModelArtefacts(): ModelArtefacts {
  const aurora: ShippedQuery[] = readAuroraQueries(fileURLToPath(new URL('../data/aurora', import.meta.url))).flatMap((definition) =>
    definition.lines.map((query) => ({ goal: definition.goal, target: definition.target, query })),
  );
  const goalDescriptions = readAuroraGoalDescriptions(fileURLToPath(new URL('../data/aurora', import.meta.url)));
  const { targets, terms } = buildFrameworkTerms(aurora, { goalDescriptions });
  const framework = new FrameworkIndex(terms, targets.length);
  const titlesOnly = new FrameworkIndex(buildFrameworkTerms(aurora, { enrichEnglish: false }).terms, targets.length);
  const querySet = new ExpertQuerySet([...aurora, ...seedQueries]);
  const targetGoal = targets.map((code) => Number(code.split('.')[0]));
  const rows = readBenchmark().map((row) => ({
    analysis: analyseText(row.text, 'en', framework, querySet),
    titlesOnly: analyseText(row.text, 'en', titlesOnly, querySet),
    goal: row.goal,
    label: row.label,
  }));
  const model: SdgModelArtefact = { version: 1, targets, frameworkTerms: terms, learned: trainLearnedLayer(rows, targetGoal) };
  return {
    'aurora-queries.json': `${JSON.stringify(aurora).replace(/\},\{/g, '},\n{')}\n`,
    'sdg-model.json': `${JSON.stringify(model)}\n`,
  };
}
