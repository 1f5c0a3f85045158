// npm run bench:overlaps [-- --seed N --base N --planted N] [-- --scale --sizes N,N]: the
// overlap index's quality on a labelled set, and with --scale its build time and query
// latency at 10,000 and 100,000 (smaller with --sizes).
import { parseArgs } from 'node:util';
import { runQualityBench } from './quality.js';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const { values } = parseArgs({
  options: {
    scale: { type: 'boolean', default: false },
    seed: { type: 'string', default: '2026' },
    base: { type: 'string', default: '1000' },
    // Duplicates planted, and as many overlaps; at most a sixth of --base each.
    planted: { type: 'string', default: '60' },
    sizes: { type: 'string', default: '10000,100000' },
  },
});

if (values.scale) {
  const { runScaleBench } = await import('./scale.js');
  await runScaleBench({ sizes: values.sizes!.split(',').map(Number) });
} else {
  await runQualityBench({ seed: Number(values.seed), base: Number(values.base), duplicates: Number(values.planted), overlaps: Number(values.planted) });
}
