import { createBenchDatabase } from '@msp-atlas/bench-harness';
import { findOverlapsOfPartnership } from '../src/overlaps/find-overlaps.js';
import type { ScoredOverlap } from '../src/similarity/score-overlap.js';
import { buildLabelledSet } from './labelled-set.js';
import { appendRegistrations, buildIndexFromZero, connectContext } from './load-index.js';
import { tfidfBaseline } from './tfidf-baseline.js';

export interface QualityOptions {
  seed: number;
  base: number;
  duplicates: number;
  overlaps: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function precisionRecall(predicted: Set<string>, truth: Set<string>) {
  const hits = [...predicted].filter((pair) => truth.has(pair)).length;
  return { precision: predicted.size === 0 ? 0 : hits / predicted.size, recall: truth.size === 0 ? 0 : hits / truth.size, predicted: predicted.size, hits };
}

const f = (value: number) => value.toFixed(3);

/**
 * Precision and recall of DUPLICATE and recall@10 of the planted overlaps, for the
 * overlap index and for a plain TF-IDF cosine on the description, on one labelled set.
 */
export async function runQualityBench(options: QualityOptions): Promise<void> {
  const set = buildLabelledSet(options);
  const database = await createBenchDatabase('bench_overlaps');
  const db = await connectContext(database.url);
  try {
    await appendRegistrations(db, set.partnerships);
    const buildMs = await buildIndexFromZero(db);
    const truthDuplicates = new Set(set.duplicates.map(({ original, copy }) => pairKey(original, copy)));

    // Ours: every partnership's ten most overlapping, as Partnership.overlaps answers.
    const ours = new Map<string, ScoredOverlap[]>();
    const started = performance.now();
    for (const partnership of set.partnerships) ours.set(partnership.id, await findOverlapsOfPartnership(db, partnership.id, 10));
    const queryMs = (performance.now() - started) / set.partnerships.length;
    const predictedDuplicates = new Set<string>();
    for (const [id, overlaps] of ours)
      for (const overlap of overlaps) if (overlap.kind === 'DUPLICATE') predictedDuplicates.add(pairKey(id, overlap.partnershipId));
    const oursDuplicates = precisionRecall(predictedDuplicates, truthDuplicates);
    if (process.env.OVERLAP_BENCH_DUMP) {
      // For calibration: every scored pair's signals with its label.
      const { writeFileSync } = await import('node:fs');
      const rows = [...ours].flatMap(([id, overlaps]) =>
        overlaps.map((overlap) => ({
          truth: truthDuplicates.has(pairKey(id, overlap.partnershipId)),
          kind: overlap.kind,
          score: overlap.score,
          ...overlap.signals,
        })),
      );
      writeFileSync(process.env.OVERLAP_BENCH_DUMP, JSON.stringify(rows));
    }
    const germanTruth = new Set(set.duplicates.filter((duplicate) => duplicate.german).map(({ original, copy }) => pairKey(original, copy)));
    const germanFound = [...germanTruth].filter((pair) => predictedDuplicates.has(pair)).length;
    const inTopTen = (id: string, wanted: string) => (ours.get(id) ?? []).some((overlap) => overlap.partnershipId === wanted);
    const oursOverlapRecall = set.overlaps.filter(({ existing, planted }) => inTopTen(planted, existing)).length / set.overlaps.length;
    const oursOverlapKindRecall =
      set.overlaps.filter(({ existing, planted }) =>
        (ours.get(planted) ?? []).some((overlap) => overlap.partnershipId === existing && overlap.kind !== 'COMPLEMENTARY'),
      ).length / set.overlaps.length;
    const oursDuplicateTopTen = set.duplicates.filter(({ original, copy }) => inTopTen(copy, original)).length / set.duplicates.length;

    // The baseline on the same set: cosine rankings; DUPLICATE above the threshold that does best on this very set.
    const baseline = tfidfBaseline(set.partnerships);
    const rankings = new Map(set.partnerships.map((partnership) => [partnership.id, baseline.ranking(partnership.id, 10)]));
    let best = { threshold: 0, f1: -1, result: precisionRecall(new Set(), truthDuplicates) };
    for (let threshold = 0.3; threshold <= 0.99; threshold += 0.01) {
      const predicted = new Set<string>();
      for (const [id, ranking] of rankings) for (const entry of ranking) if (entry.score >= threshold) predicted.add(pairKey(id, entry.id));
      const result = precisionRecall(predicted, truthDuplicates);
      const f1 = result.precision + result.recall === 0 ? 0 : (2 * result.precision * result.recall) / (result.precision + result.recall);
      if (f1 > best.f1) best = { threshold, f1, result };
    }
    const baselineInTopTen = (id: string, wanted: string) => (rankings.get(id) ?? []).some((entry) => entry.id === wanted);
    const baselineOverlapRecall = set.overlaps.filter(({ existing, planted }) => baselineInTopTen(planted, existing)).length / set.overlaps.length;
    const baselineDuplicateTopTen = set.duplicates.filter(({ original, copy }) => baselineInTopTen(copy, original)).length / set.duplicates.length;

    console.log(`\nOverlap quality on a labelled set from the demo data generator (seed ${options.seed}, ${database.server})`);
    console.log(`  ${options.base} generated partnerships (partners from one pool, so they recur), plus ${set.duplicates.length} planted duplicates`);
    console.log(`  (${germanTruth.size} of them in German; the others reworded: synonyms, sentences shuffled and one dropped; name reworded;`);
    console.log(`  another lead; a partner more or less; start moved 20-150 days) and ${set.overlaps.length} planted overlaps (same first target,`);
    console.log(`  country and scope; the text of a same-field initiative elsewhere, moved here and reworded; local partners).`);
    console.log(`  Index built from zero by the consumer in ${(buildMs / 1000).toFixed(1)} s; ${queryMs.toFixed(1)} ms per overlap query (in process).\n`);
    console.log('                                   overlap index   TF-IDF cosine (description)');
    console.log(
      `  DUPLICATE precision              ${f(oursDuplicates.precision).padEnd(15)} ${f(best.result.precision)}  (threshold ${best.threshold.toFixed(2)}, the best F1 on this set)`,
    );
    console.log(`  DUPLICATE recall                 ${f(oursDuplicates.recall).padEnd(15)} ${f(best.result.recall)}`);
    console.log(
      `  DUPLICATE predicted / correct    ${`${oursDuplicates.predicted} / ${oursDuplicates.hits}`.padEnd(15)} ${best.result.predicted} / ${best.result.hits}`,
    );
    console.log(`  German duplicates found          ${`${germanFound} of ${germanTruth.size}`.padEnd(15)} -`);
    console.log(`  duplicate's original in top 10   ${f(oursDuplicateTopTen).padEnd(15)} ${f(baselineDuplicateTopTen)}`);
    console.log(`  planted overlaps recall@10       ${f(oursOverlapRecall).padEnd(15)} ${f(baselineOverlapRecall)}`);
    console.log(`    of them as OVERLAP/DUPLICATE   ${f(oursOverlapKindRecall).padEnd(15)} -`);
    console.log(`  targets: DUPLICATE precision and recall >= 0.9, overlaps recall@10 >= 0.8\n`);
  } finally {
    await db.destroy();
    await database.drop();
  }
}
