// npm run --silent sdg:classify < snippets.jsonl   (from the repository root)
// Reads JSON lines {"id": "...", "text": "..."} on standard input, writes one JSON line per
// input line, in order, on standard output (blank lines are skipped); throughput on stderr.
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { loadSdgClassifier } from '../load-sdg-classifier.js';
import { classifyLine } from './classify-lines.js';

const started = performance.now();
const classifier = loadSdgClassifier();
const loadedAt = performance.now();
let count = 0;
let pending: string[] = [];
const flush = () => {
  if (pending.length > 0) process.stdout.write(`${pending.join('\n')}\n`);
  pending = [];
};

// A reader that stops early (`| head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (raw) => {
  const line = count === 0 ? raw.replace(/^\uFEFF/, '') : raw;
  if (line.trim() === '') return;
  pending.push(classifyLine(classifier, line));
  count += 1;
  if (pending.length >= 256) flush();
});
lines.on('close', () => {
  flush();
  const seconds = (performance.now() - started) / 1000;
  const rate = count / Math.max(seconds, 1e-9);
  process.stderr.write(
    `sdg:classify: ${count} texts in ${seconds.toFixed(2)} s (model loaded in ${((loadedAt - started) / 1000).toFixed(2)} s), ${Math.round(rate)} texts/s, from ${process.env.SDG_CLASSIFY_FROM ?? 'sources'}\n`,
  );
});
