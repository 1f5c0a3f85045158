// npm run bench:overlaps [-- --scale] [-- --seed N]: the overlap index's quality on a
// labelled set, and with --scale its build time and query latency at 10,000 and 100,000.
import { parseArgs } from 'node:util';
import { runQualityBench } from './quality.js';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const { values } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    seed: { type: 'string', default: '2026' },
    base: { type: 'string', default: '1000' },
    sizes: { type: 'string', default: '10000,100000' },
  },
});

if (values.scale) {
  const { runScaleBench } = await import('./scale.js');
  await runScaleBench({ sizes: values.sizes!.split(',').map(Number) });
} else {
  await runQualityBench({ seed: Number(values.seed), base: Number(values.base), duplicates: 60, overlaps: 60 });
}
