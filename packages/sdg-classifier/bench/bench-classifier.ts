import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { seedQueries } from '../src/lexicon/seed-queries.js';
import { loadSdgClassifier, readExpertQueries, readModelArtefact } from '../src/load-sdg-classifier.js';
import { analyseText } from '../src/model/analyse-text.js';
import { ExpertQuerySet } from '../src/model/expert-query-set.js';
import { FrameworkIndex } from '../src/model/framework-index.js';
import { trainLearnedLayer, type JudgedText } from '../src/model/learned-layer.js';
import { scoreGoals } from '../src/model/score-goals.js';
import { GOAL_THRESHOLD } from '../src/create-sdg-classifier.js';
import { readBenchmark } from '../scripts/read-benchmark.js';
import { buildFrameworkTerms } from '../scripts/build-framework-terms.js';
import { scorePerGoal, stratifiedFolds } from './evaluate.js';
import { tfIdfBaseline } from './tfidf-baseline.js';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && Number.isFinite(Number(process.argv[at + 1])) ? Number(process.argv[at + 1]) : fallback;
};
const folds = option('folds', 5);
const seed = option('seed', 7);

const model = readModelArtefact();
const framework = new FrameworkIndex(model.frameworkTerms, model.targets.length);
const queries = new ExpertQuerySet([...readExpertQueries(), ...seedQueries]);
const targetGoal = model.targets.map((code) => Number(code.split('.')[0]));
const benchmark = readBenchmark();
const titlesOnly = new FrameworkIndex(buildFrameworkTerms(readExpertQueries(), { enrichEnglish: false }).terms, model.targets.length);
const rows: JudgedText[] = benchmark.map((row) => ({
  analysis: analyseText(row.text, 'en', framework, queries),
  titlesOnly: analyseText(row.text, 'en', titlesOnly, queries),
  goal: row.goal,
  label: row.label,
}));

const decide = (layer: ReturnType<typeof trainLearnedLayer>, row: JudgedText) => scoreGoals(row.analysis, layer, targetGoal)[row.goal - 1]! >= GOAL_THRESHOLD;
// As text in French, Spanish or German is decided: official titles and queries, no learned terms.
const decideWithoutLearnedTerms = (layer: ReturnType<typeof trainLearnedLayer>, row: JudgedText) =>
  scoreGoals({ ...row.titlesOnly!, lang: 'fr' }, layer, targetGoal)[row.goal - 1]! >= GOAL_THRESHOLD;

// In sample: the layer learned from all rows (as shipped), scored on those same rows.
const full = trainLearnedLayer(rows, targetGoal);
const inSample = rows.map((row) => decide(full, row));

// Out of sample: each fold decided by a layer that never saw it; the baseline on the same folds.
const foldOf = stratifiedFolds(rows, folds, seed);
const outOfSample = new Array<boolean>(rows.length);
const baseline = new Array<boolean>(rows.length);
const withoutLearnedTerms = new Array<boolean>(rows.length);
for (let f = 0; f < folds; f++) {
  const train = rows.filter((_, i) => foldOf[i] !== f);
  const testIndex = rows.map((_, i) => i).filter((i) => foldOf[i] === f);
  const layer = trainLearnedLayer(train, targetGoal);
  const base = tfIdfBaseline(
    train,
    testIndex.map((i) => rows[i]!),
  );
  testIndex.forEach((i, n) => {
    outOfSample[i] = decide(layer, rows[i]!);
    withoutLearnedTerms[i] = decideWithoutLearnedTerms(layer, rows[i]!);
    baseline[i] = base[n]!;
  });
}
// The expert queries alone, untrained: about the goal if any of its query lines matches.
const queriesAlone = rows.map((row) => row.analysis.goalQueryCounts[row.goal - 1]! > 0);

const columns = [
  { name: 'in-sample', result: scorePerGoal(rows, inSample) },
  { name: `${folds}-fold CV`, result: scorePerGoal(rows, outOfSample) },
  { name: 'TF-IDF base', result: scorePerGoal(rows, baseline) },
  { name: 'CV no learned', result: scorePerGoal(rows, withoutLearnedTerms) },
  { name: 'queries only', result: scorePerGoal(rows, queriesAlone) },
];
const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(5);
const out: string[] = [];
out.push(
  `SDG benchmark: ${rows.length} rows (data/sdg-benchmark/dev.csv), ${folds}-fold stratified CV (seed ${seed}); per SDG accuracy / precision / recall in %`,
);
out.push(`SDG  rows | ${columns.map((c) => c.name.slice(0, 17).padEnd(17)).join(' | ')}`);
out.push(`          | ${columns.map(() => '  acc  prec   rec').join(' | ')}`);
for (let k = 0; k < 17; k++) {
  const cells = columns.map(({ result }) => {
    const g = result.perGoal[k]!;
    return `${pct(g.accuracy)} ${pct(g.precision)} ${pct(g.recall)}`;
  });
  out.push(`${String(k + 1).padStart(3)}  ${String(columns[0]!.result.perGoal[k]!.rows).padStart(4)} | ${cells.join(' | ')}`);
}
out.push(`mean      | ${columns.map(({ result }) => `${pct(result.meanAccuracy)} ${pct(result.meanPrecision)} ${pct(result.meanRecall)}`).join(' | ')}`);
out.push('');
out.push(
  `Headline (mean of the 17 per-SDG accuracies): ${folds}-fold out of sample ${pct(columns[1]!.result.meanAccuracy).trim()} %, in sample ${pct(columns[0]!.result.meanAccuracy).trim()} %, TF-IDF baseline ${pct(columns[2]!.result.meanAccuracy).trim()} %, expert queries alone ${pct(columns[4]!.result.meanAccuracy).trim()} %`,
);
out.push(
  `Without learned terms (${folds}-fold; official titles, queries and the framework-only weights, as text in French, Spanish or German is scored): ${pct(columns[3]!.result.meanAccuracy).trim()} %`,
);
out.push('');
out.push('Learned weights (shipped model, raw feature units; intercepts per goal not shown):');
full.features.forEach(
  (name, j) =>
    void out.push(
      `  ${name.padEnd(24)} ${full.weights[j]!.toFixed(3).padStart(8)}${j < full.frameworkFeatures.length ? `   without learned terms ${full.frameworkWeights[j]!.toFixed(3).padStart(8)}` : ''}`,
    ),
);
out.push('');

// Batch throughput, in process: 1,000 snippets (the benchmark texts, cycled).
const classifier = loadSdgClassifier();
const texts = Array.from({ length: 1000 }, (_, i) => benchmark[i % benchmark.length]!.text);
const started = performance.now();
for (const text of texts) classifier.classify(text);
const elapsed = performance.now() - started;
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
out.push(
  `Throughput: 1,000 snippets (${Math.round(words / 1000)} words each on average) classified in ${elapsed.toFixed(0)} ms in process (${Math.round(1000 / (elapsed / 1000))} texts/s); the CLI adds start-up, see npm run --silent sdg:classify`,
);

// The batch CLI as a user runs it (a fresh process: start-up, model load, 1,000 lines in, 1,000 out).
const input = texts.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n');
const cli = fileURLToPath(new URL('../bin/sdg-classify.mjs', import.meta.url));
const cliStarted = performance.now();
const run = spawnSync(process.execPath, [cli], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const cliElapsed = performance.now() - cliStarted;
const lines = run.stdout.split('\n').filter(Boolean).length;
const from = /from (.*)$/m.exec(run.stderr)?.[1] ?? 'unknown';
out.push(
  `Batch CLI: 1,000 snippets in ${(cliElapsed / 1000).toFixed(2)} s wall clock, start-up included (${lines} lines out; npm adds about 0.3 s; ran from ${from})`,
);
console.log(out.join('\n'));
