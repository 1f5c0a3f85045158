// How long one health check takes, on a mix of phases and signals: `npm run bench` here.
import { evaluateHealth, type HealthSignals } from '../src/index.js';
import { healthySignals, inPhase } from '../test/signal-builder.js';

const WARM_UP = 5_000;
const RUNS = 50_000;

const mix: HealthSignals[] = [
  healthySignals(),
  inPhase('DESIGN', { registry: { mouSignedOn: null, secretariat: { hostRecorded: false, staff: null } } }),
  inPhase('INITIATION', { sdg: null, overlaps: null, selfScores: {} }),
  inPhase('FURTHER_DEVELOPMENT', { registry: { lastEvaluatedOn: null, progressReportOverdue: false }, learning: null }),
];

for (let i = 0; i < WARM_UP; i++) evaluateHealth(mix[i % mix.length]!);
const durations: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  evaluateHealth(mix[i % mix.length]!);
  durations.push(performance.now() - start);
}
durations.sort((a, b) => a - b);
const at = (share: number) => (durations[Math.floor(share * (durations.length - 1))]! * 1000).toFixed(1);
const total = durations.reduce((sum, ms) => sum + ms, 0);
console.log(`evaluateHealth: ${RUNS} runs, mean ${((total / RUNS) * 1000).toFixed(1)} µs, p50 ${at(0.5)} µs, p95 ${at(0.95)} µs, p99 ${at(0.99)} µs`);
