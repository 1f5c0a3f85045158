// Kept only for gateway/bench/health until it moves to services/health; delete with that move.
export { benchClient, dataOrThrow, failureOf, type BenchGraphql, type BenchResponse } from '@msp-atlas/bench-harness';
