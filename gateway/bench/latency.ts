// Kept only for gateway/bench/health until it moves to services/health; delete with that move.
export { describeLatencies, percentile } from '@msp-atlas/bench-harness';
